package nl.woonregie.aanbod.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.aanbod.Bronfeiten;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code aanbod_bron} and {@code aanbod_bron_versie}: a source's identity and
 * current version, and every version's facts ({@link Bronfeiten} as JSON) with who, when and why. Schema version 2
 * (V135) added a project's optional {@code projectfeiten}; a version of schema 1 has the same shape without them and
 * still reads (V135 relabels the stored ones; the reader takes both).
 * A new version is written only when the source is still at the version its author saw (a guarded update), so of two
 * changes from the same version one is refused.
 */
@Repository
public class BronOpslag {

    public static final int SCHEMA_VERSIE = 2;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public BronOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new source at version 1; its id. */
    public long voegToe(String gemeente, Aanbodbron.Soort soort, Bronfeiten feiten, String reden, String door) {
        long id = jdbc.sql("insert into aanbod_bron (gemeente_code, soort, versie) values (?, ?, 1) returning id")
                .params(gemeente, soort.name()).query(Long.class).single();
        schrijfVersie(id, 1, feiten, false, reden, door);
        return id;
    }

    /**
     * Writes version {@code van + 1} of a source still at version {@code van} (and not removed); false when it is not
     * (another change came first).
     */
    public boolean schrijf(long id, int van, Bronfeiten feiten, boolean verwijderd, String reden, String door) {
        int n = jdbc.sql("update aanbod_bron set versie = versie + 1, verwijderd = ? where id = ? and versie = ? "
                        + "and not verwijderd")
                .params(verwijderd, id, van).update();
        if (n == 0) {
            return false;
        }
        schrijfVersie(id, van + 1, feiten, verwijderd, reden, door);
        return true;
    }

    private void schrijfVersie(long id, int versie, Bronfeiten feiten, boolean verwijderd, String reden, String door) {
        jdbc.sql("insert into aanbod_bron_versie (bron_id, versie, schema_versie, gegevens, verwijderd, reden, door) "
                        + "values (?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(id, versie, SCHEMA_VERSIE, json.writeValueAsString(feiten), verwijderd, reden, door)
                .update();
    }

    /** The current sources of the gemeenten (not removed), in the order they were added. */
    public List<Aanbodbron> vanGemeenten(Collection<String> gemeenten) {
        return jdbc.sql("""
                select b.id, b.gemeente_code, b.soort, b.versie, v.schema_versie, v.gegevens::text, v.door, v.op,
                       v.reden
                from aanbod_bron b join aanbod_bron_versie v on v.bron_id = b.id and v.versie = b.versie
                where not b.verwijderd and b.gemeente_code = any(?) order by b.id""")
                .param(gemeenten.toArray(String[]::new))
                .query((rs, i) -> new Aanbodbron(rs.getLong(1), rs.getString(2), Aanbodbron.Soort.valueOf(
                        rs.getString(3)), rs.getInt(4), feiten(rs.getInt(5), rs.getString(6)), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9), null))
                .list();
    }

    /** One source with every version, the newest first; also a removed one. */
    public Optional<Aanbodbron> lees(long id) {
        List<Aanbodbron.Versie> versies = jdbc.sql("""
                select versie, door, op, reden, verwijderd, schema_versie, gegevens::text from aanbod_bron_versie
                where bron_id = ? order by versie desc""").param(id)
                .query((rs, i) -> new Aanbodbron.Versie(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getBoolean(5),
                        feiten(rs.getInt(6), rs.getString(7))))
                .list();
        if (versies.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select gemeente_code, soort, versie, verwijderd from aanbod_bron where id = ?").param(id)
                .query((rs, i) -> {
                    Aanbodbron.Versie laatste = versies.get(0);
                    return new Aanbodbron(id, rs.getString(1), Aanbodbron.Soort.valueOf(rs.getString(2)),
                            rs.getInt(3), laatste.feiten(), laatste.door(), laatste.op(), laatste.reden(), versies);
                }).optional();
    }

    /** Is the source removed? (only for a source that exists) */
    public boolean isVerwijderd(long id) {
        return jdbc.sql("select verwijderd from aanbod_bron where id = ?").param(id).query(Boolean.class).single();
    }

    /** The facts as a map for the audit trail (dates as JJJJ-MM-DD, no nulls). */
    public Map<String, Object> alsMap(Bronfeiten feiten) {
        if (feiten == null) {
            return new LinkedHashMap<>();
        }
        return new LinkedHashMap<>(json.convertValue(feiten, new TypeReference<Map<String, Object>>() { }));
    }

    private Bronfeiten feiten(int schemaVersie, String gegevens) {
        if (schemaVersie != 1 && schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("aanbod_bron_versie: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(gegevens, Bronfeiten.class);
    }

}
