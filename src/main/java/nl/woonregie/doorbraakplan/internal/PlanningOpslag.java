package nl.woonregie.doorbraakplan.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only code that reads and writes a tranche's planning ({@code dbp_mijlpaal}); a change is guarded by the
 * milestone's version.
 */
@Component
public class PlanningOpslag {

    private final JdbcClient jdbc;

    PlanningOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored milestone as it is. */
    public record Rij(long id, long tranche, LocalDate van, LocalDate tot, String wat, String wie, String toelichting,
            LocalDate gedaanOp, String bron, int versie, String door, OffsetDateTime op) {
    }

    private static final String KOLOMMEN = "select id, tranche_id, van, tot, wat, wie, toelichting, gedaan_op, bron, "
            + "versie, door, op from dbp_mijlpaal";

    public List<Rij> vanTranche(long tranche) {
        return jdbc.sql(KOLOMMEN + " where tranche_id = ? order by van, coalesce(tot, van), id").param(tranche)
                .query((rs, i) -> rij(rs)).list();
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql(KOLOMMEN + " where id = ?").param(id).query((rs, i) -> rij(rs)).optional();
    }

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getObject(8, LocalDate.class), rs.getString(9), rs.getInt(10), rs.getString(11),
                rs.getObject(12, OffsetDateTime.class));
    }

    public long voegToe(long tranche, LocalDate van, LocalDate tot, String wat, String wie, String toelichting,
            LocalDate gedaanOp, String bron, String door) {
        return jdbc.sql("insert into dbp_mijlpaal (tranche_id, van, tot, wat, wie, toelichting, gedaan_op, bron, door) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(tranche, van, tot, wat, wie, toelichting, gedaanOp, bron, door).query(Long.class).single();
    }

    /** Changes a milestone when it is still at {@code versie}; false otherwise. */
    public boolean wijzig(long id, int versie, LocalDate van, LocalDate tot, String wat, String wie,
            String toelichting, LocalDate gedaanOp, String door) {
        return jdbc.sql("update dbp_mijlpaal set van = ?, tot = ?, wat = ?, wie = ?, toelichting = ?, gedaan_op = ?, "
                + "versie = versie + 1, door = ?, op = now() where id = ? and versie = ?")
                .params(van, tot, wat, wie, toelichting, gedaanOp, door, id, versie).update() == 1;
    }
}
