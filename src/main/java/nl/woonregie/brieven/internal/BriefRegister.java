package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.toezicht.VastgelegdeBrieven;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The frozen letters of a municipality and of a round ({@code brief}, owned by brieven), for their pages in
 * toezicht.
 */
@Component
class BriefRegister implements VastgelegdeBrieven {

    private final JdbcClient jdbc;
    private final RondeService rondes;

    BriefRegister(JdbcClient jdbc, RondeService rondes) {
        this.jdbc = jdbc;
        this.rondes = rondes;
    }

    private record Rij(long ronde, String kenmerk, LocalDate datum, String sha256) {
    }

    @Override
    public List<Vermelding> vanGemeente(String gemeente) {
        List<Rij> rijen = jdbc.sql("""
                select distinct on (ronde_id) ronde_id, kenmerk, datum, sha256 from brief
                where gemeente_code = ? order by ronde_id, ronde_versie desc""").param(gemeente)
                .query((rs, n) -> new Rij(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4)))
                .list();
        Map<Long, LocalDate> peildata = rondes.peildata(rijen.stream().map(Rij::ronde).toList());
        return rijen.stream()
                .map(r -> new Vermelding(r.ronde(), peildata.get(r.ronde()), r.kenmerk(), r.datum(), r.sha256()))
                .sorted(Comparator.comparing(Vermelding::peildatum).reversed())
                .toList();
    }

    @Override
    public Map<String, Vermelding> vanRonde(long ronde, int versie) {
        LocalDate peildatum = rondes.peildata(List.of(ronde)).get(ronde);
        Map<String, Vermelding> brieven = new HashMap<>();
        jdbc.sql("select gemeente_code, kenmerk, datum, sha256 from brief where ronde_id = ? and ronde_versie = ?")
                .params(ronde, versie)
                .query(rs -> {
                    brieven.put(rs.getString(1), new Vermelding(ronde, peildatum, rs.getString(2),
                            rs.getObject(3, LocalDate.class), rs.getString(4)));
                });
        return brieven;
    }
}
