package nl.woonregie.verhuisbox.geld.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The confirmations of the agreements after the intake ({@code vhb_intakebevestiging}), with their outbox message. */
@Repository
public class BevestigingRepository {

    private final JdbcClient jdbc;

    BevestigingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Rij(long id, LocalDate gesprekOp, String email, String onderwerp, String tekst, long post,
            String verstuurdDoor, OffsetDateTime verstuurdOp) {
    }

    public long voegToe(long casus, LocalDate gesprek, String email, String onderwerp, String tekst, long post,
            String door) {
        return jdbc.sql("""
                insert into vhb_intakebevestiging (casus_id, gesprek_op, email, onderwerp, tekst, post_id,
                    verstuurd_door) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, gesprek, email, onderwerp, tekst, post, door).query(Long.class).single();
    }

    /** The confirmations of a case, oldest first. */
    public List<Rij> vanCasus(long casus) {
        return jdbc.sql("""
                select id, gesprek_op, email, onderwerp, tekst, post_id, verstuurd_door, verstuurd_op
                from vhb_intakebevestiging where casus_id = ? order by id""").param(casus)
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class))).list();
    }

    /** Anonymisation: the text (about the client) and the address go; day and sender stay. */
    public void anonimiseer(Long[] casussen, String vervanging) {
        jdbc.sql("update vhb_intakebevestiging set tekst = ?, email = ? where casus_id = any(?)")
                .params(vervanging, vervanging, casussen).update();
    }

    public List<Map<String, Object>> avg(long casus) {
        return jdbc.sql("""
                select gesprek_op, email, onderwerp, tekst, verstuurd_door, verstuurd_op from vhb_intakebevestiging
                where casus_id = ? order by id""").param(casus).query().listOfRows();
    }
}
