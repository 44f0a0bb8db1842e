package nl.woonregie.verhuisbox.traject.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The intake appointments of a case ({@code vhb_intakeafspraak}) and the e-mails each planning or move placed in the
 * outbox ({@code vhb_intakebericht}).
 */
@Repository
public class AfspraakRepository {

    private final JdbcClient jdbc;

    AfspraakRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An appointment as stored. */
    public record Rij(long id, long casus, LocalDate datum, LocalTime tijd, String plaats, String notitie,
            String aanmelderEmail, String uitkomst, String uitkomstDoor, OffsetDateTime uitkomstOp, int versie,
            String geplandDoor, OffsetDateTime geplandOp) {
    }

    /** An e-mail about an appointment: to whom (CLIENT, AANMELDER), why (GEPLAND, GEWIJZIGD), its outbox message. */
    public record Berichtrij(long id, long afspraak, String aan, String soort, String email, long post,
            OffsetDateTime geplaatstOp) {
    }

    private static final String KOLOMMEN = """
            id, casus_id, datum, tijd, plaats, notitie, aanmelder_email, uitkomst, uitkomst_door, uitkomst_op, versie,
            gepland_door, gepland_op""";

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalTime.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class), rs.getInt(11), rs.getString(12),
                rs.getObject(13, OffsetDateTime.class));
    }

    public long voegToe(long casus, LocalDate datum, LocalTime tijd, String plaats, String notitie,
            String aanmelderEmail, String door) {
        return jdbc.sql("""
                insert into vhb_intakeafspraak (casus_id, datum, tijd, plaats, notitie, aanmelder_email, gepland_door,
                    gewijzigd_door) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, datum, tijd, plaats, notitie, aanmelderEmail, door, door).query(Long.class).single();
    }

    /** Moves an appointment without an outcome at this version; false when it changed meanwhile (or has one). */
    public boolean verplaats(long afspraak, int versie, LocalDate datum, LocalTime tijd, String plaats, String notitie,
            String aanmelderEmail, String door) {
        return jdbc.sql("""
                update vhb_intakeafspraak set datum = ?, tijd = ?, plaats = ?, notitie = ?, aanmelder_email = ?,
                    versie = versie + 1, gewijzigd_door = ?, gewijzigd_op = now(), herinnerd_op = null
                where id = ? and versie = ? and uitkomst is null""")
                .params(datum, tijd, plaats, notitie, aanmelderEmail, door, afspraak, versie).update() == 1;
    }

    /** Records the outcome of an appointment without one at this version; false when it changed meanwhile. */
    public boolean legUitkomst(long afspraak, int versie, String uitkomst, String door) {
        return jdbc.sql("""
                update vhb_intakeafspraak set uitkomst = ?, uitkomst_door = ?, uitkomst_op = now(), versie = versie + 1,
                    gewijzigd_door = ?, gewijzigd_op = now()
                where id = ? and versie = ? and uitkomst is null""")
                .params(uitkomst, door, door, afspraak, versie).update() == 1;
    }

    /** The appointment of this case, locked for the change. */
    public Optional<Rij> lees(long casus, long afspraak) {
        return jdbc.sql("select " + KOLOMMEN + " from vhb_intakeafspraak where id = ? and casus_id = ? for update")
                .params(afspraak, casus).query((rs, i) -> rij(rs)).optional();
    }

    /** The appointments of a case, oldest first. */
    public List<Rij> vanCasus(long casus) {
        return jdbc.sql("select " + KOLOMMEN + " from vhb_intakeafspraak where casus_id = ? order by id").param(casus)
                .query((rs, i) -> rij(rs)).list();
    }

    /** Locks the case's row, so that two plannings of one case wait for each other. */
    public void vergrendelCasus(long casus) {
        jdbc.sql("select id from vhb_casus where id = ? for update").param(casus).query(Long.class).single();
    }

    public void voegBerichtToe(long afspraak, String aan, String soort, String email, long post) {
        jdbc.sql("insert into vhb_intakebericht (afspraak_id, aan, soort, email, post_id) values (?, ?, ?, ?, ?)")
                .params(afspraak, aan, soort, email, post).update();
    }

    /** The e-mails about the appointments of a case, oldest first. */
    public List<Berichtrij> berichten(long casus) {
        return jdbc.sql("""
                select b.id, b.afspraak_id, b.aan, b.soort, b.email, b.post_id, b.geplaatst_op
                from vhb_intakebericht b join vhb_intakeafspraak a on a.id = b.afspraak_id
                where a.casus_id = ? order by b.id""").param(casus)
                .query((rs, i) -> new Berichtrij(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getObject(7, OffsetDateTime.class))).list();
    }

    /** An appointment to remind: its id, case and day. */
    public record TeHerinneren(long id, long casus, LocalDate datum, LocalTime tijd, String plaats) {
    }

    /** Open appointments of cases in Intake dated after {@code na} up to {@code tot}, not reminded yet. */
    public List<TeHerinneren> teHerinneren(LocalDate na, LocalDate tot) {
        return jdbc.sql("""
                select a.id, a.casus_id, a.datum, a.tijd, a.plaats from vhb_intakeafspraak a
                join vhb_casus c on c.id = a.casus_id
                where a.uitkomst is null and a.herinnerd_op is null and a.datum > ? and a.datum <= ?
                  and c.status = 'INTAKE' order by a.id""").params(na, tot)
                .query((rs, i) -> new TeHerinneren(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalTime.class), rs.getString(5))).list();
    }

    /** Claims the reminder of an appointment for this day; false when it was reminded, moved or decided meanwhile. */
    public boolean claimHerinnering(long afspraak, LocalDate datum) {
        return jdbc.sql("""
                update vhb_intakeafspraak set herinnerd_op = now()
                where id = ? and datum = ? and uitkomst is null and herinnerd_op is null""")
                .params(afspraak, datum).update() == 1;
    }
}
