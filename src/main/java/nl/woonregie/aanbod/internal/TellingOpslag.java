package nl.woonregie.aanbod.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.Eigentelling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code aanbod_telling} and {@code aanbod_telling_versie}: a gemeente's own
 * counts, one current count per date, each version's facts ({@link Eigentelling.Feiten}, schema version 1, as JSON)
 * with who, when and why. As {@link BronOpslag}: a new version only from the version its author saw.
 */
@Repository
public class TellingOpslag {

    public static final int SCHEMA_VERSIE = 1;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public TellingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new count at version 1; its id, or empty when the gemeente has a current count on that date. */
    public Optional<Long> voegToe(String gemeente, LocalDate datum, Eigentelling.Feiten feiten, String reden,
            String door) {
        Optional<Long> id = jdbc.sql("""
                insert into aanbod_telling (gemeente_code, datum, versie) values (?, ?, 1)
                on conflict (gemeente_code, datum) where not verwijderd do nothing returning id""")
                .params(gemeente, datum).query(Long.class).optional();
        id.ifPresent(i -> schrijfVersie(i, 1, feiten, false, reden, door));
        return id;
    }

    /** Writes version {@code van + 1} of a count still at {@code van} and not removed; false otherwise. */
    public boolean schrijf(long id, int van, Eigentelling.Feiten feiten, boolean verwijderd, String reden,
            String door) {
        int n = jdbc.sql("update aanbod_telling set versie = versie + 1, verwijderd = ? where id = ? and versie = ? "
                + "and not verwijderd").params(verwijderd, id, van).update();
        if (n == 0) {
            return false;
        }
        schrijfVersie(id, van + 1, feiten, verwijderd, reden, door);
        return true;
    }

    private void schrijfVersie(long id, int versie, Eigentelling.Feiten feiten, boolean verwijderd, String reden,
            String door) {
        jdbc.sql("insert into aanbod_telling_versie (telling_id, versie, schema_versie, gegevens, verwijderd, reden, "
                        + "door) values (?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(id, versie, SCHEMA_VERSIE, json.writeValueAsString(feiten), verwijderd, reden, door).update();
    }

    /** The gemeente's current counts (not removed), by date. */
    public List<Eigentelling> vanGemeente(String gemeente) {
        return jdbc.sql("""
                select t.id, t.gemeente_code, t.datum, t.versie, v.schema_versie, v.gegevens::text, v.door, v.op,
                       v.reden
                from aanbod_telling t join aanbod_telling_versie v on v.telling_id = t.id and v.versie = t.versie
                where not t.verwijderd and t.gemeente_code = ? order by t.datum, t.id""")
                .param(gemeente)
                .query((rs, i) -> new Eigentelling(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getInt(4), feiten(rs.getInt(5), rs.getString(6)), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9), null))
                .list();
    }

    /** One count with every version, the newest first; also a removed one. */
    public Optional<Eigentelling> lees(long id) {
        List<Eigentelling.Versie> versies = jdbc.sql("""
                select versie, door, op, reden, verwijderd, schema_versie, gegevens::text from aanbod_telling_versie
                where telling_id = ? order by versie desc""").param(id)
                .query((rs, i) -> new Eigentelling.Versie(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getBoolean(5),
                        feiten(rs.getInt(6), rs.getString(7))))
                .list();
        if (versies.isEmpty()) {
            return Optional.empty();
        }
        Eigentelling.Versie laatste = versies.get(0);
        return jdbc.sql("select gemeente_code, datum, versie from aanbod_telling where id = ?").param(id)
                .query((rs, i) -> new Eigentelling(id, rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getInt(3), laatste.feiten(), laatste.door(), laatste.op(), laatste.reden(), versies))
                .optional();
    }

    private Eigentelling.Feiten feiten(int schemaVersie, String gegevens) {
        if (schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("aanbod_telling_versie: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(gegevens, Eigentelling.Feiten.class);
    }
}
