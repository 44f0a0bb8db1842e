package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kenmerken (document references) of frozen letters: {@code PZH-2022-000123} = the province's prefix, the year of
 * the letter, and the next number of the province's series. A kenmerk is reserved once for one letter (round,
 * municipality, version of the round at vaststelling) and never handed out again; the database enforces both. The
 * kenmerken of a round are reserved inside the vaststelling's transaction (the letters themselves are made after the
 * commit, by a background job, with these kenmerken): a vaststelling that fails leaves no number behind, and the
 * series' row stays locked until it commits, so kenmerken follow the order of vaststelling.
 */
@Component
public class Kenmerken {

    private final JdbcClient jdbc;

    Kenmerken(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The kenmerk of this letter, reserving the next one of the province's series if it has none yet; only inside
     * the transaction that stores the letter.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String reserveer(String provincie, long ronde, int versie, String gemeente, LocalDate datum,
            String door) {
        Optional<String> bestaand = bestaand(ronde, versie, gemeente);
        if (bestaand.isPresent()) {
            return bestaand.get();
        }
        Object[] reeks = jdbc.sql("""
                update brief_kenmerkreeks set laatste = laatste + 1 where provincie_code = ?
                returning prefix, laatste""").param(provincie)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional()
                .orElseThrow(() -> new IllegalStateException("geen kenmerkreeks voor provincie " + provincie));
        String kenmerk = String.format("%s-%d-%06d", reeks[0], datum.getYear(), (long) reeks[1]);
        jdbc.sql("""
                insert into brief_kenmerk (kenmerk, provincie_code, volgnummer, ronde_id, ronde_versie, gemeente_code,
                    gereserveerd_door)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(kenmerk, provincie, reeks[1], ronde, versie, gemeente, door).update();
        return kenmerk;
    }

    /**
     * Locks the province's series until the transaction ends: whoever makes letters of the province first decides
     * which are still missing, and numbers them, while another waits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendel(String provincie) {
        jdbc.sql("select laatste from brief_kenmerkreeks where provincie_code = ? for update").param(provincie)
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("geen kenmerkreeks voor provincie " + provincie));
    }

    /** The kenmerken reserved for the letters of a round at this version, by municipality code. */
    public Map<String, String> vanRonde(long ronde, int versie) {
        Map<String, String> kenmerken = new HashMap<>();
        jdbc.sql("select gemeente_code, kenmerk from brief_kenmerk where ronde_id = ? and ronde_versie = ?")
                .params(ronde, versie).query(rs -> {
                    kenmerken.put(rs.getString(1), rs.getString(2));
                });
        return kenmerken;
    }

    private Optional<String> bestaand(long ronde, int versie, String gemeente) {
        return jdbc.sql("""
                select kenmerk from brief_kenmerk where ronde_id = ? and ronde_versie = ? and gemeente_code = ?""")
                .params(ronde, versie, gemeente).query(String.class).optional();
    }
}
