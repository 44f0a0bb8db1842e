package nl.woonregie.brieven.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL of sending about a toezichtgesprek ({@code gesprek_verzending}, owned by brieven): one row per talk, step,
 * version of the talk and contact, never a second one (ADR 0058).
 */
@Component
public class GesprekVerzendOpslag {

    private final JdbcClient jdbc;

    GesprekVerzendOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One sending as stored. */
    public record Rij(long id, long gesprek, String stap, int gesprekVersie, long contact, String naam, String adres,
            long postBericht, String door, OffsetDateTime op) {
    }

    /**
     * Records a sending to the contact, unless the contact already had this step at this version; answers whether it
     * was recorded (false: already sent, do not place it again). Serialised by the talk's row lock of the caller.
     */
    public boolean nieuw(long gesprek, String stap, int gesprekVersie, String gemeente, long contact,
            int contactVersie, String naam, String adres, long bericht, String door) {
        return jdbc.sql("""
                insert into gesprek_verzending (gesprek_id, stap, gesprek_versie, gemeente_code, contact_id,
                    contact_versie, naam, adres, post_bericht, verzonden_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (gesprek_id, stap, gesprek_versie, contact_id) do nothing""")
                .params(gesprek, stap, gesprekVersie, gemeente, contact, contactVersie, naam, adres, bericht, door)
                .update() == 1;
    }

    /** Whether the contact already had this step of the talk at this version. */
    public boolean verzonden(long gesprek, String stap, int gesprekVersie, long contact) {
        return jdbc.sql("""
                select exists (select 1 from gesprek_verzending where gesprek_id = ? and stap = ?
                               and gesprek_versie = ? and contact_id = ?)""")
                .params(gesprek, stap, gesprekVersie, contact).query(Boolean.class).single();
    }

    /** Every sending about the talk, oldest first. */
    public List<Rij> vanGesprek(long gesprek) {
        return jdbc.sql("""
                select id, gesprek_id, stap, gesprek_versie, contact_id, naam, adres, post_bericht, verzonden_door,
                       verzonden_op
                from gesprek_verzending where gesprek_id = ? order by id""").param(gesprek)
                .query((rs, n) -> new Rij(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    /** The contacts that received the invitation of the talk (any version), in the order they were first sent. */
    public List<Long> uitgenodigd(long gesprek) {
        return jdbc.sql("""
                select contact_id from gesprek_verzending where gesprek_id = ? and stap = 'UITNODIGING'
                group by contact_id order by min(id)""").param(gesprek).query(Long.class).list();
    }

    /** The contacts that received the concept-verslag of the talk, in the order they were first sent. */
    public List<Long> conceptOntvangers(long gesprek) {
        return jdbc.sql("""
                select contact_id from gesprek_verzending where gesprek_id = ? and stap = 'CONCEPTVERSLAG'
                group by contact_id order by min(id)""").param(gesprek).query(Long.class).list();
    }
}
