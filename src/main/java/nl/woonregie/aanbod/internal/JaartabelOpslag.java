package nl.woonregie.aanbod.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.EigenJaartabel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code aanbod_jaartabel}: every version of a gemeente's own year table
 * ({@link EigenJaartabel.Regel} list, schema version 1, as JSON) with where it came from. A version is written only
 * when the table is still at the version its author saw.
 */
@Repository
public class JaartabelOpslag {

    public static final int SCHEMA_VERSIE = 1;

    /** The current version as stored. */
    public record Stand(int versie, List<EigenJaartabel.Regel> regels, EigenJaartabel.Herkomst herkomst,
            String bestand, String door, OffsetDateTime op, String reden) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public JaartabelOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current version, empty when none was recorded. */
    public Optional<Stand> huidig(String gemeente) {
        return jdbc.sql("""
                select versie, schema_versie, regels::text, herkomst, bestand, door, op, reden from aanbod_jaartabel
                where gemeente_code = ? order by versie desc limit 1""")
                .param(gemeente)
                .query((rs, i) -> new Stand(rs.getInt(1), regels(rs.getInt(2), rs.getString(3)),
                        EigenJaartabel.Herkomst.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8)))
                .optional();
    }

    /** Writes version {@code van + 1} when the current version is {@code van} (0: none); false otherwise. */
    public boolean schrijf(String gemeente, int van, List<EigenJaartabel.Regel> regels,
            EigenJaartabel.Herkomst herkomst, String bestand, String reden, String door) {
        return jdbc.sql("""
                insert into aanbod_jaartabel (gemeente_code, versie, schema_versie, regels, herkomst, bestand, reden,
                                              door)
                select ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?
                where coalesce((select max(versie) from aanbod_jaartabel where gemeente_code = ?), 0) = ?
                on conflict do nothing""")
                .params(gemeente, van + 1, SCHEMA_VERSIE, json.writeValueAsString(regels), herkomst.name(), bestand,
                        reden, door, gemeente, van)
                .update() == 1;
    }

    private List<EigenJaartabel.Regel> regels(int schemaVersie, String tekst) {
        if (schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("aanbod_jaartabel: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(tekst, new TypeReference<List<EigenJaartabel.Regel>>() { });
    }
}
