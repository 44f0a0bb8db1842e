package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.woonregie.toezicht.VastgelegdeBrieven;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The frozen letters of a municipality ({@code brief}, owned by brieven), for its page in toezicht.
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
}
