package nl.woonregie.toezicht.ronde;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The drafts the province shared with a municipality ({@code ronde_deling}): the one place that reads and writes
 * them. A share holds for the draft it was made for: only shares made after the round's last reopening count (a
 * reopened round is a new draft), and only while the round is CONCEPT (a vastgestelde round is visible anyway).
 */
@Component
class RondeDelingen {

    /** The shares that hold: of a CONCEPT round, made after its last reopening; the latest per municipality last. */
    private static final String GELDIG = """
            select d.ronde_id, d.gemeente_code, d.door, d.op, d.reden, d.ronde_versie
            from ronde_deling d join beoordelingsronde o on o.id = d.ronde_id
            where o.status = 'CONCEPT'
              and d.op > coalesce((select max(h.op) from ronde_heropening h where h.ronde_id = d.ronde_id),
                                  '-infinity'::timestamptz)
            """;

    private final JdbcClient jdbc;

    RondeDelingen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shares that hold in a round, per municipality. */
    Map<String, Ronde.Deling> vanRonde(long ronde) {
        Map<String, Ronde.Deling> result = new HashMap<>();
        jdbc.sql(GELDIG + " and d.ronde_id = ? order by d.op, d.id").param(ronde)
                .query(rs -> {
                    result.put(rs.getString(2), new Ronde.Deling(rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                            rs.getString(5), rs.getInt(6)));
                });
        return result;
    }

    /** The shares that hold for a municipality, per round. */
    Map<Long, Ronde.Deling> vanGemeente(String gemeente) {
        Map<Long, Ronde.Deling> result = new HashMap<>();
        jdbc.sql(GELDIG + " and d.gemeente_code = ? order by d.op, d.id").param(gemeente)
                .query(rs -> {
                    result.put(rs.getLong(1), new Ronde.Deling(rs.getString(3), rs.getObject(4, OffsetDateTime.class),
                            rs.getString(5), rs.getInt(6)));
                });
        return result;
    }

    /** Records a share (the caller checked the round, its status and that no share holds yet). */
    Ronde.Deling voegToe(long ronde, String gemeente, String reden, int rondeVersie, String door) {
        return jdbc.sql("""
                insert into ronde_deling (ronde_id, gemeente_code, reden, ronde_versie, door)
                values (?, ?, ?, ?, ?) returning door, op, reden, ronde_versie""")
                .params(ronde, gemeente, reden, rondeVersie, door)
                .query((rs, n) -> new Ronde.Deling(rs.getString(1), rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3), rs.getInt(4)))
                .single();
    }
}
