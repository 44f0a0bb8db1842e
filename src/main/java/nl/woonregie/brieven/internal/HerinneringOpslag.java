package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminders sent (table {@code herinnering}, V175): one row per kind, subject and contact; and the province's
 * settings of the reminders (table {@code herinnering_instelling}, V179).
 */
@Repository
public class HerinneringOpslag {

    private final JdbcClient jdbc;

    public HerinneringOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this reminder was sent to this contact. */
    public boolean verzonden(String soort, String onderwerp, long contact) {
        return jdbc.sql("select count(*) from herinnering where soort = ? and onderwerp = ? and contact_id = ?")
                .params(soort, onderwerp, contact).query(Long.class).single() > 0;
    }

    /**
     * Records the reminder unless it exists (another instance or an earlier run placed it): answers the new row's id,
     * or empty when it was there already. Takes a row lock on the key, so a concurrent insert waits and then finds it.
     */
    public Optional<Long> leg(String soort, String onderwerp, String provincie, String gemeente, long contact,
            int contactVersie, String aan, long bericht, LocalDate op, String door) {
        return jdbc.sql("""
                insert into herinnering (soort, onderwerp, provincie_code, gemeente_code, contact_id, contact_versie,
                                         aan, post_bericht, verzonden_op, geplaatst_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (soort, onderwerp, contact_id) do nothing
                returning id""").params(soort, onderwerp, provincie, gemeente, contact, contactVersie, aan, bericht,
                op, door).query(Long.class).optional();
    }

    /** A reminder sent, for the supervisor's list: with the outbox message's id to read its status there. */
    public record Verzonden(long id, String soort, String onderwerp, String gemeente, long contact, String aan,
            long bericht, LocalDate verzondenOp, OffsetDateTime geplaatstOp, String door) {
    }

    /** The reminders sent to the contacts of a province's municipalities, newest first, at most {@code max}. */
    public List<Verzonden> vanProvincie(String provincie, int max) {
        return jdbc.sql("""
                select id, soort, onderwerp, gemeente_code, contact_id, aan, post_bericht, verzonden_op, geplaatst_op,
                       geplaatst_door
                from herinnering where provincie_code = ? order by geplaatst_op desc, id desc limit ?""")
                .params(provincie, max).query((rs, n) -> new Verzonden(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getLong(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9, OffsetDateTime.class), rs.getString(10)))
                .list();
    }

    /** A province's settings as stored: empty when it never changed them (the defaults hold, version 0). */
    public record Instelling(int dagenVoorPeildata, int versie, OffsetDateTime gewijzigdOp, String gewijzigdDoor) {
    }

    public Optional<Instelling> instelling(String provincie) {
        return jdbc.sql("select dagen_voor_peildatum, versie, gewijzigd_op, gewijzigd_door from herinnering_instelling "
                + "where provincie_code = ?").param(provincie).query((rs, n) -> new Instelling(rs.getInt(1),
                        rs.getInt(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4))).optional();
    }

    /**
     * Stores the settings at the version read ({@code van}; 0: none stored yet): answers false when another change
     * came first (a stale version).
     */
    public boolean wijzigInstelling(String provincie, int van, int dagenVoorPeildata, String door) {
        if (van == 0) {
            return jdbc.sql("""
                    insert into herinnering_instelling (provincie_code, dagen_voor_peildatum, versie, gewijzigd_door)
                    values (?, ?, 1, ?) on conflict (provincie_code) do nothing""")
                    .params(provincie, dagenVoorPeildata, door).update() == 1;
        }
        return jdbc.sql("""
                update herinnering_instelling set dagen_voor_peildatum = ?, versie = versie + 1, gewijzigd_op = now(),
                    gewijzigd_door = ?
                where provincie_code = ? and versie = ?""").params(dagenVoorPeildata, door, provincie, van)
                .update() == 1;
    }
}
