package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders sent (table {@code herinnering}, V175): one row per kind, subject and contact. */
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
}
