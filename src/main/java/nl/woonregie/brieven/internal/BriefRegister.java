package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Taakstatus;
import nl.woonregie.toezicht.VastgelegdeBrieven;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The frozen letters of a municipality and of a round ({@code brief}, owned by brieven), and the background job that
 * makes a vastgestelde round's letters, for their pages in toezicht.
 */
@Component
public class BriefRegister implements VastgelegdeBrieven {

    /** The kind of background job that makes the letters of a vastgestelde round. */
    public static final String VASTLEGGEN = "brieven-vastleggen";

    private final JdbcClient jdbc;
    private final RondeService rondes;
    private final Achtergrondtaken taken;

    BriefRegister(JdbcClient jdbc, RondeService rondes, Achtergrondtaken taken) {
        this.jdbc = jdbc;
        this.rondes = rondes;
        this.taken = taken;
    }

    /** The key of that job: the round and the version that was vastgesteld. */
    public static String sleutel(long ronde, int versie) {
        return ronde + "/" + versie;
    }

    @Override
    public Optional<Aanmaak> aanmaak(long ronde, int versie) {
        // the counts are the stored letters of the reserved kenmerken: exact whatever the job last reported
        return taken.taak(VASTLEGGEN, sleutel(ronde, versie)).filter(t -> t.status() != Taakstatus.KLAAR)
                .map(t -> new Aanmaak(t.status() == Taakstatus.MISLUKT,
                        tel("select count(*) from brief where ronde_id = ? and ronde_versie = ?", ronde, versie),
                        tel("select count(*) from brief_kenmerk where ronde_id = ? and ronde_versie = ?", ronde, versie),
                        t.laatsteFout(), t.status() == Taakstatus.GEPLAND ? t.volgendeOp() : null));
    }

    private int tel(String sql, long ronde, int versie) {
        return jdbc.sql(sql).params(ronde, versie).query(Integer.class).single();
    }

    private record Rij(long ronde, String kenmerk, LocalDate datum, String sha256, OffsetDateTime verzonden) {
    }

    @Override
    public List<Vermelding> vanGemeente(String gemeente) {
        // when the letter was first sent (brief_verzending, issue 19 §2): the first addressee it was placed for
        List<Rij> rijen = jdbc.sql("""
                select distinct on (b.ronde_id) b.ronde_id, b.kenmerk, b.datum, b.sha256,
                    (select min(v.aangemaakt_op) from brief_verzending v where v.ronde_id = b.ronde_id
                        and v.ronde_versie = b.ronde_versie and v.gemeente_code = b.gemeente_code)
                from brief b where b.gemeente_code = ? order by b.ronde_id, b.ronde_versie desc""").param(gemeente)
                .query((rs, n) -> new Rij(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .list();
        Map<Long, LocalDate> peildata = rondes.peildata(rijen.stream().map(Rij::ronde).toList());
        return rijen.stream()
                .map(r -> new Vermelding(r.ronde(), peildata.get(r.ronde()), r.kenmerk(), r.datum(), r.sha256(),
                        r.verzonden()))
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
