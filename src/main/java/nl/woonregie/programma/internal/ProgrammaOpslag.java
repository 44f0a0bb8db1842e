package nl.woonregie.programma.internal;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.programma.Programma;
import nl.woonregie.programma.Programmaplan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code programma} and {@code programma_versie}: a programme's identity, owner,
 * readers and current version, and every version's facts ({@link Programmaplan}, schema version 1, as JSON) with
 * what changed, who, when and why. A new version is written only when the programme is still at the version its
 * author saw (a guarded update), so of two changes from the same version one is refused.
 */
@Repository
public class ProgrammaOpslag {

    public static final int SCHEMA_VERSIE = 1;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public ProgrammaOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new programme at version 1; its id. */
    public long voegToe(Programmaplan plan, String wat, String reden, String door) {
        long id = jdbc.sql("insert into programma (eigenaar_gemeente, partnergemeenten, versie) values (?, ?, 1) "
                        + "returning id")
                .params(plan.eigenaar(), plan.partnergemeenten().toArray(String[]::new)).query(Long.class).single();
        schrijfVersie(id, 1, plan, wat, reden, door);
        return id;
    }

    /** Writes version {@code van + 1} of a programme still at version {@code van}; false when it is not. */
    public boolean schrijf(long id, int van, Programmaplan plan, String wat, String reden, String door) {
        int n = jdbc.sql("update programma set versie = versie + 1, partnergemeenten = ? where id = ? and versie = ?")
                .params(plan.partnergemeenten().toArray(String[]::new), id, van).update();
        if (n == 0) {
            return false;
        }
        schrijfVersie(id, van + 1, plan, wat, reden, door);
        return true;
    }

    private void schrijfVersie(long id, int versie, Programmaplan plan, String wat, String reden, String door) {
        jdbc.sql("insert into programma_versie (programma_id, versie, schema_versie, gegevens, wat, reden, door) "
                        + "values (?, ?, ?, cast(? as jsonb), ?, ?, ?)")
                .params(id, versie, SCHEMA_VERSIE, json.writeValueAsString(plan), wat, reden, door).update();
    }

    /**
     * Every programme ({@code alle}), or those of which one of these gemeenten is owner or partner or whose id is one
     * of {@code ids}; at their current version, without history, in the order they were made.
     */
    public List<Programma> lijst(boolean alle, Collection<String> gemeenten, Collection<Long> ids) {
        String[] codes = gemeenten.toArray(String[]::new);
        return jdbc.sql("""
                select p.id, p.versie, v.schema_versie, v.gegevens::text, v.door, v.op, v.reden
                from programma p join programma_versie v on v.programma_id = p.id and v.versie = p.versie
                where ? or p.eigenaar_gemeente = any(?) or p.partnergemeenten && cast(? as varchar[])
                   or p.id = any(?)
                order by p.id""")
                .params(alle, codes, codes, ids.toArray(Long[]::new))
                .query((rs, i) -> new Programma(rs.getLong(1), rs.getInt(2), plan(rs.getInt(3), rs.getString(4)),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7), null))
                .list();
    }

    /** One programme at its current version with every version (newest first). */
    public Optional<Programma> lees(long id) {
        List<Programma.Versie> versies = jdbc.sql("""
                select versie, wat, door, op, reden from programma_versie where programma_id = ? order by versie desc""")
                .param(id)
                .query((rs, i) -> new Programma.Versie(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5)))
                .list();
        return jdbc.sql("""
                select p.versie, v.schema_versie, v.gegevens::text, v.door, v.op, v.reden
                from programma p join programma_versie v on v.programma_id = p.id and v.versie = p.versie
                where p.id = ?""").param(id)
                .query((rs, i) -> new Programma(id, rs.getInt(1), plan(rs.getInt(2), rs.getString(3)),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6), versies))
                .optional();
    }

    /** One version of a programme: its number, when, who, why and its plan (for the progress report). */
    public record Stand(int versie, OffsetDateTime op, String door, String reden, Programmaplan plan) {
    }

    /** Every version of a programme with its plan, oldest first. */
    public List<Stand> standen(long id) {
        return jdbc.sql("""
                select versie, op, door, reden, schema_versie, gegevens::text from programma_versie
                where programma_id = ? order by versie""").param(id)
                .query((rs, i) -> new Stand(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), plan(rs.getInt(5), rs.getString(6))))
                .list();
    }

    /** Does the programme exist? */
    public boolean bestaat(long id) {
        return jdbc.sql("select count(*) from programma where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** The facts as a map for the audit trail. */
    public Map<String, Object> alsMap(Object feiten) {
        if (feiten == null) {
            return new LinkedHashMap<>();
        }
        return new LinkedHashMap<>(json.convertValue(feiten, new TypeReference<Map<String, Object>>() { }));
    }

    private Programmaplan plan(int schemaVersie, String gegevens) {
        if (schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("programma_versie: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(gegevens, Programmaplan.class);
    }
}
