package nl.woonregie.aanbod.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.Huishoudens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code aanbod_huishoudens}: every version of a gemeente's households by size
 * for a period ({@link Huishoudens.Invoer} list, schema version 1, as JSON). A version is written only when the
 * table is still at the version its author saw.
 */
@Repository
public class HuishoudensOpslag {

    public static final int SCHEMA_VERSIE = 1;

    /** The current version as stored. */
    public record Stand(int versie, List<Huishoudens.Invoer> regels, String door, OffsetDateTime op, String reden) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public HuishoudensOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version, empty when none was recorded. */
    public Optional<Stand> huidig(String gemeente, String periode) {
        return jdbc.sql("""
                select versie, schema_versie, regels::text, door, op, reden from aanbod_huishoudens
                where gemeente_code = ? and periode = ? order by versie desc limit 1""")
                .params(gemeente, periode)
                .query((rs, i) -> new Stand(rs.getInt(1), regels(rs.getInt(2), rs.getString(3)), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
                .optional();
    }

    /** Writes version {@code van + 1} when the current version is {@code van} (0: none); false otherwise. */
    public boolean schrijf(String gemeente, String periode, int van, List<Huishoudens.Invoer> regels, String reden,
            String door) {
        return jdbc.sql("""
                insert into aanbod_huishoudens (gemeente_code, periode, versie, schema_versie, regels, reden, door)
                select ?, ?, ?, ?, cast(? as jsonb), ?, ?
                where coalesce((select max(versie) from aanbod_huishoudens where gemeente_code = ? and periode = ?), 0)
                      = ?
                on conflict do nothing""")
                .params(gemeente, periode, van + 1, SCHEMA_VERSIE, json.writeValueAsString(regels), reden, door,
                        gemeente, periode, van)
                .update() == 1;
    }

    private List<Huishoudens.Invoer> regels(int schemaVersie, String tekst) {
        if (schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("aanbod_huishoudens: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(tekst, new TypeReference<List<Huishoudens.Invoer>>() { });
    }
}
