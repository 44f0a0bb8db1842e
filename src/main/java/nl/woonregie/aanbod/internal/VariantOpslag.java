package nl.woonregie.aanbod.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.Variant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The only code that reads and writes {@code aanbod_variant}: a variant's changes as JSON (schema version 1). */
@Repository
public class VariantOpslag {

    private static final TypeReference<List<Variant.Aanpassing>> LIJST = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public VariantOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Is there a current variant of this name (case aside)? */
    public boolean bestaat(String gemeente, String naam) {
        return jdbc.sql("select count(*) from aanbod_variant where gemeente_code = ? and lower(naam) = lower(?) "
                + "and verwijderd_op is null").params(gemeente, naam).query(Long.class).single() > 0;
    }

    public long voegToe(String gemeente, String naam, List<Variant.Aanpassing> aanpassingen, String reden,
            String door) {
        return jdbc.sql("insert into aanbod_variant (gemeente_code, naam, schema_versie, aanpassingen, reden, door) "
                        + "values (?, ?, 1, cast(? as jsonb), ?, ?) returning id")
                .params(gemeente, naam, json.writeValueAsString(aanpassingen), reden, door).query(Long.class)
                .single();
    }

    /** Removes a current variant; false when it is not current (removed already). */
    public boolean verwijder(long id, String reden, String door) {
        return jdbc.sql("update aanbod_variant set verwijderd_op = now(), verwijderd_door = ?, verwijder_reden = ? "
                + "where id = ? and verwijderd_op is null").params(door, reden, id).update() == 1;
    }

    /** The current variants of a gemeente, in the order they were added. */
    public List<Variant> vanGemeente(String gemeente) {
        return jdbc.sql("select id, gemeente_code, naam, schema_versie, aanpassingen::text, door, op, reden "
                        + "from aanbod_variant where gemeente_code = ? and verwijderd_op is null order by id")
                .param(gemeente).query((rs, i) -> variant(rs)).list();
    }

    /** A current variant. */
    public Optional<Variant> lees(long id) {
        return jdbc.sql("select id, gemeente_code, naam, schema_versie, aanpassingen::text, door, op, reden "
                        + "from aanbod_variant where id = ? and verwijderd_op is null")
                .param(id).query((rs, i) -> variant(rs)).optional();
    }

    private Variant variant(java.sql.ResultSet rs) throws java.sql.SQLException {
        if (rs.getInt(4) != 1) {
            throw new IllegalStateException("aanbod_variant: onbekende schemaversie " + rs.getInt(4));
        }
        return new Variant(rs.getLong(1), rs.getString(2), rs.getString(3), json.readValue(rs.getString(5), LIJST),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8));
    }

    /** The changes as JSON-ready values for the audit trail. */
    public Object alsWaarden(List<Variant.Aanpassing> aanpassingen) {
        return json.convertValue(aanpassingen, new TypeReference<List<Object>>() { });
    }
}
