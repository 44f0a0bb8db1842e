package nl.woonregie.brieven.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.brieven.Bijhouder;
import nl.woonregie.brieven.Contact;
import nl.woonregie.brieven.Contactgegevens;
import nl.woonregie.brieven.Organisatiesoort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code brief_contact} and {@code brief_contact_versie}: the contacts register,
 * every version of a contact with who, when and why, its facts as JSON (schema version 1). A new version is written
 * only when the contact is still at the version its author saw (a guarded update; the service answers 409 otherwise).
 */
@Repository
public class ContactOpslag {

    public static final int SCHEMA_VERSIE = 1;

    /** A stored contact at its current version (without the reader's rights). */
    public record Rij(long id, String provincie, String gemeente, Organisatiesoort organisatiesoort,
            String organisatie, Bijhouder bijgehoudenDoor, int versie, Contactgegevens gegevens, OffsetDateTime op,
            String door) {
    }

    private static final String SELECT = """
            select c.id, c.provincie_code, c.gemeente_code, c.organisatiesoort, c.organisatie, c.bijgehouden_door,
                   c.versie, v.gegevens::text, v.op, v.door
              from brief_contact c join brief_contact_versie v on v.contact_id = c.id and v.versie = c.versie
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ContactOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The municipality's contacts: active ones first, then by name. */
    public List<Rij> vanGemeente(String gemeente) {
        return jdbc.sql(SELECT + " where c.gemeente_code = ? order by c.id").param(gemeente).query(this::rij).list();
    }

    /** The contacts of every municipality, by municipality: for the daily reminders. */
    public List<Rij> vanAlleGemeenten() {
        return jdbc.sql(SELECT + " where c.gemeente_code is not null order by c.gemeente_code, c.id").query(this::rij)
                .list();
    }

    /** The province's own register (COA regions and corporations). */
    public List<Rij> vanProvincie(String provincie) {
        return jdbc.sql(SELECT + " where c.provincie_code = ? and c.organisatiesoort <> 'GEMEENTE' order by "
                + "c.organisatiesoort, c.organisatie, c.id").param(provincie).query(this::rij).list();
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::rij).optional();
    }

    /** Every version of the contact, newest first. */
    public List<Contact.Versie> versies(long id) {
        return jdbc.sql("select versie, op, door, reden, gegevens::text from brief_contact_versie where contact_id = ? "
                + "order by versie desc").param(id).query((rs, i) -> new Contact.Versie(rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
                        gegevens(rs.getString(5)))).list();
    }

    /** Adds a contact at version 1; its id. */
    public long voegToe(String provincie, String gemeente, Organisatiesoort soort, String organisatie,
            Bijhouder bijhouder, Contactgegevens g, String reden, String door) {
        long id = jdbc.sql("""
                insert into brief_contact (provincie_code, gemeente_code, organisatiesoort, organisatie,
                                           bijgehouden_door, versie)
                values (?, ?, ?, ?, ?, 1) returning id""")
                .params(provincie, gemeente, soort.name(), organisatie, bijhouder.name()).query(Long.class).single();
        schrijfVersie(id, 1, g, reden, door);
        return id;
    }

    /** Writes version {@code van + 1} when the contact is still at {@code van}; false when it changed meanwhile. */
    public boolean wijzig(long id, int van, String organisatie, Contactgegevens g, String reden, String door) {
        int n = jdbc.sql("update brief_contact set versie = versie + 1, organisatie = coalesce(?, organisatie) "
                + "where id = ? and versie = ?").params(organisatie, id, van).update();
        if (n == 0) {
            return false;
        }
        schrijfVersie(id, van + 1, g, reden, door);
        return true;
    }

    private void schrijfVersie(long id, int versie, Contactgegevens g, String reden, String door) {
        jdbc.sql("insert into brief_contact_versie (contact_id, versie, schema_versie, gegevens, reden, door) "
                + "values (?, ?, ?, ?::jsonb, ?, ?)").params(id, versie, SCHEMA_VERSIE, json.writeValueAsString(g),
                reden, door).update();
    }

    private Rij rij(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), rs.getString(2), rs.getString(3), Organisatiesoort.valueOf(rs.getString(4)),
                rs.getString(5), Bijhouder.valueOf(rs.getString(6)), rs.getInt(7), gegevens(rs.getString(8)),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10));
    }

    private Contactgegevens gegevens(String tekst) {
        return json.readValue(tekst, Contactgegevens.class);
    }
}
