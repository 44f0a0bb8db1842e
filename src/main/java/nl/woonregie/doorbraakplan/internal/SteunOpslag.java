package nl.woonregie.doorbraakplan.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.doorbraakplan.Afdeling;
import nl.woonregie.doorbraakplan.Steundekking;
import nl.woonregie.doorbraakplan.Steunregel;
import nl.woonregie.doorbraakplan.ondersteuning.Tarief;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes {@code steun_afdeling}, {@code steun_tarief_versie}, {@code steun_plan} and
 * {@code steun_plan_versie}: the municipality's departments, its tariff table by version and its support plans by
 * version (lines and cover as JSON, schema version 1). A new version of a plan is written only when the plan is
 * still at the version its author saw (a guarded update); a tariff version's key is its number, so of two changes
 * from the same version one fails on the primary key and is answered 409 by the service.
 */
@Repository
public class SteunOpslag {

    public static final int SCHEMA_VERSIE = 1;

    /** The contents of a plan's version. */
    public record Inhoud(List<Steunregel> regels, List<Steundekking> dekking) {
        public Inhoud {
            regels = regels == null ? List.of() : List.copyOf(regels);
            dekking = dekking == null ? List.of() : List.copyOf(dekking);
        }
    }

    /** A version of a plan or of the tariff table: who, when, why. */
    public record Versie(int versie, String door, OffsetDateTime op, String reden) {
    }

    /** A stored plan in its current version; {@code project} null: the plan for all locations. */
    public record Plan(long id, String gemeente, Long project, int versie, Inhoud inhoud, Versie laatste) {
    }

    /** A version of the tariff table. */
    public record Tariefversie(int versie, List<Tarief> tarieven, Versie wie) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public SteunOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- departments

    public List<Afdeling> afdelingen(String gemeente) {
        return jdbc.sql("select code, naam from steun_afdeling where gemeente_code = ? order by code")
                .param(gemeente).query((rs, i) -> new Afdeling(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<Afdeling> afdeling(String gemeente, String code) {
        return jdbc.sql("select code, naam from steun_afdeling where gemeente_code = ? and code = ?")
                .params(gemeente, code).query((rs, i) -> new Afdeling(rs.getString(1), rs.getString(2))).optional();
    }

    /** Every department of every municipality, by municipality and code (for choosing a DIENST's scope). */
    public List<String[]> alleAfdelingen() {
        return jdbc.sql("select gemeente_code, code, naam from steun_afdeling order by gemeente_code, code")
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    }

    /** Adds the department or renames it; its previous name (empty when it is new). */
    public Optional<String> schrijfAfdeling(String gemeente, String code, String naam, String door) {
        Optional<String> vorige = afdeling(gemeente, code).map(Afdeling::naam);
        jdbc.sql("""
                insert into steun_afdeling (gemeente_code, code, naam, door) values (?, ?, ?, ?)
                on conflict (gemeente_code, code) do update set naam = excluded.naam, door = excluded.door, op = now()""")
                .params(gemeente, code, naam, door).update();
        return vorige;
    }

    // --- tariffs

    public Optional<Tariefversie> tarieven(String gemeente) {
        return jdbc.sql("""
                select versie, schema_versie, gegevens::text, door, op, reden from steun_tarief_versie
                where gemeente_code = ? order by versie desc limit 1""").param(gemeente)
                .query((rs, i) -> new Tariefversie(rs.getInt(1), tariefLijst(rs.getInt(2), rs.getString(3)),
                        new Versie(rs.getInt(1), rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                                rs.getString(6))))
                .optional();
    }

    public List<Versie> tariefversies(String gemeente) {
        return jdbc.sql("select versie, door, op, reden from steun_tarief_versie where gemeente_code = ? "
                        + "order by versie desc").param(gemeente)
                .query((rs, i) -> new Versie(rs.getInt(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4))).list();
    }

    /** Writes version {@code versie} of the table; false when it exists already (another change came first). */
    public boolean schrijfTarieven(String gemeente, int versie, List<Tarief> tarieven, String reden, String door) {
        return jdbc.sql("""
                insert into steun_tarief_versie (gemeente_code, versie, schema_versie, gegevens, reden, door)
                values (?, ?, ?, cast(? as jsonb), ?, ?) on conflict do nothing""")
                .params(gemeente, versie, SCHEMA_VERSIE, json.writeValueAsString(tarieven), reden, door)
                .update() == 1;
    }

    // --- plans

    public List<Plan> plannen(String gemeente) {
        return jdbc.sql("""
                select p.id, p.gemeente_code, p.project_id, p.versie, v.schema_versie, v.gegevens::text, v.door, v.op,
                       v.reden
                from steun_plan p join steun_plan_versie v on v.plan_id = p.id and v.versie = p.versie
                where p.gemeente_code = ? order by p.project_id nulls last, p.id""").param(gemeente)
                .query((rs, i) -> new Plan(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        rs.getInt(4), inhoud(rs.getInt(5), rs.getString(6)), new Versie(rs.getInt(4),
                        rs.getString(7), rs.getObject(8, OffsetDateTime.class), rs.getString(9))))
                .list();
    }

    public Optional<Plan> plan(String gemeente, Long project) {
        return plannen(gemeente).stream().filter(p -> java.util.Objects.equals(p.project(), project)).findFirst();
    }

    public List<Versie> planversies(long plan) {
        return jdbc.sql("select versie, door, op, reden from steun_plan_versie where plan_id = ? order by versie desc")
                .param(plan).query((rs, i) -> new Versie(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4))).list();
    }

    /** A new plan at version 1; empty when the project has one already (another change came first). */
    public Optional<Long> nieuwPlan(String gemeente, Long project, Inhoud inhoud, String reden, String door) {
        Optional<Long> id = jdbc.sql("""
                insert into steun_plan (gemeente_code, project_id, versie) values (?, ?, 1)
                on conflict do nothing returning id""").params(gemeente, project).query(Long.class).optional();
        id.ifPresent(i -> schrijfVersie(i, 1, inhoud, reden, door));
        return id;
    }

    /** Writes version {@code van + 1} of a plan still at {@code van}; false when it is not. */
    public boolean schrijfPlan(long id, int van, Inhoud inhoud, String reden, String door) {
        if (jdbc.sql("update steun_plan set versie = versie + 1 where id = ? and versie = ?").params(id, van)
                .update() == 0) {
            return false;
        }
        schrijfVersie(id, van + 1, inhoud, reden, door);
        return true;
    }

    private void schrijfVersie(long id, int versie, Inhoud inhoud, String reden, String door) {
        jdbc.sql("insert into steun_plan_versie (plan_id, versie, schema_versie, gegevens, reden, door) "
                        + "values (?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(id, versie, SCHEMA_VERSIE, json.writeValueAsString(inhoud), reden, door).update();
    }

    private Inhoud inhoud(int schemaVersie, String gegevens) {
        if (schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("steun_plan_versie: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(gegevens, Inhoud.class);
    }

    private List<Tarief> tariefLijst(int schemaVersie, String gegevens) {
        if (schemaVersie != SCHEMA_VERSIE) {
            throw new IllegalStateException("steun_tarief_versie: onbekende schemaversie " + schemaVersie);
        }
        return json.readValue(gegevens, new TypeReference<List<Tarief>>() { });
    }

    /** A value as a map for the audit trail. */
    public java.util.Map<String, Object> alsMap(Object waarde) {
        return json.convertValue(waarde, new TypeReference<java.util.Map<String, Object>>() { });
    }
}
