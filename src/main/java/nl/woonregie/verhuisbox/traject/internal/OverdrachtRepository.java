package nl.woonregie.verhuisbox.traject.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hand-overs of a case to the receiving municipality ({@code vhb_overdracht}), with the outbox message of each. */
@Repository
public class OverdrachtRepository {

    private final JdbcClient jdbc;

    OverdrachtRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A hand-over as stored. */
    public record Rij(long id, long casus, String organisatie, String contactpersoon, String email,
            LocalDate overgedragenOp, String wat, long post, String vastgelegdDoor, OffsetDateTime vastgelegdOp) {
    }

    public long voegToe(long casus, String organisatie, String contactpersoon, String email, LocalDate op, String wat,
            long post, String door) {
        return jdbc.sql("""
                insert into vhb_overdracht (casus_id, organisatie, contactpersoon, email, overgedragen_op, wat, post_id,
                    vastgelegd_door) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, organisatie, contactpersoon, email, op, wat, post, door).query(Long.class).single();
    }

    /** The hand-overs of a case, oldest first. */
    public List<Rij> vanCasus(long casus) {
        return jdbc.sql("""
                select id, casus_id, organisatie, contactpersoon, email, overgedragen_op, wat, post_id, vastgelegd_door,
                       vastgelegd_op
                from vhb_overdracht where casus_id = ? order by id""").param(casus)
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8),
                        rs.getString(9), rs.getObject(10, OffsetDateTime.class))).list();
    }
}
