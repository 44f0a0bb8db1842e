package nl.woonregie.toezicht.ronde;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Regelversie;
import nl.woonregie.toezicht.regels.Trede;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.BevindingRecord;
import nl.woonregie.toezicht.DossierRecord;

/**
 * The stored municipalities of the rounds ({@code ronde_gemeente}): the one place that reads and writes their typed
 * records as JSON (schema version {@value RondeGemeente#SCHEMA_VERSIE}). A row of another version is refused: a
 * migration converts stored rows before the application reads them.
 */
@Component
class RondeOpslag {

    private static final TypeReference<List<BevindingRecord>> BEVINDINGEN = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEKSTEN = new TypeReference<>() {
    };

    private static final String KOLOMMEN = "rg.gemeente_code, rg.trede_voor, rg.trede_na, rg.conclusie, "
            + "rg.uitkomst::text, rg.bevindingen::text, rg.ontbrekend::text, rg.invoer::text, rg.schema_versie";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RondeOpslag(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The mapper of the stored JSON: periods and steps as their codes, unknown fields refused. */
    static final JsonMapper JSON = JsonMapper.builder()
            .addModule(alsCode(alsCode(new SimpleModule("woonregie-ronde"), Periode.class, Periode::code,
                    Periode::vanCode),
                    Trede.class, Trede::code, Trede::new)
                    .addKeyDeserializer(LocalDate.class, new tools.jackson.databind.KeyDeserializer() {
                        @Override
                        public Object deserializeKey(String key, DeserializationContext c) {
                            return LocalDate.parse(key);
                        }
                    }))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Writes and reads a value as its code (a JSON string). */
    private static <T> SimpleModule alsCode(SimpleModule module, Class<T> type, Function<T, String> code,
            Function<String, T> uitCode) {
        return module.addSerializer(type, new StdSerializer<>(type) {
            @Override
            public void serialize(T waarde, JsonGenerator g, SerializationContext c) {
                g.writeString(code.apply(waarde));
            }
        }).addDeserializer(type, new StdDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext c) {
                return uitCode.apply(p.getString());
            }
        });
    }

    /** Every municipality of a round, in no particular order. */
    List<RondeGemeente> vanRonde(long ronde) {
        return jdbc.sql("select " + KOLOMMEN + " from ronde_gemeente rg where rg.ronde_id = ?").param(ronde)
                .query((rs, n) -> rij(rs)).list();
    }

    /** One municipality of a round. */
    Optional<RondeGemeente> van(long ronde, String gemeente) {
        return jdbc.sql("select " + KOLOMMEN + " from ronde_gemeente rg where rg.ronde_id = ? and rg.gemeente_code = ?")
                .params(ronde, gemeente).query((rs, n) -> rij(rs)).optional();
    }

    /** A stored municipality with the round it belongs to. */
    record InRonde(long ronde, LocalDate peildatum, String status, RondeGemeente gemeente) {
    }

    /** Every round of a municipality, by peildatum. */
    List<InRonde> vanGemeente(String gemeente) {
        return jdbc.sql("select o.id, o.peildatum, o.status, " + KOLOMMEN + """
                 from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id
                where rg.gemeente_code = ? order by o.peildatum""").param(gemeente)
                .query((rs, n) -> new InRonde(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rij(rs)))
                .list();
    }

    /** Per municipality, its judged outcome in the latest round of the province before the peildatum. */
    Map<String, InRonde> vorigeRonde(String provincie, LocalDate peildatum) {
        Map<String, InRonde> result = new HashMap<>();
        jdbc.sql("select distinct on (rg.gemeente_code) o.id, o.peildatum, o.status, " + KOLOMMEN + """
                 from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id
                where o.provincie_code = ? and o.peildatum < ? and rg.uitkomst is not null
                order by rg.gemeente_code, o.peildatum desc""").params(provincie, peildatum)
                .query(rs -> {
                    RondeGemeente g = rij(rs);
                    result.put(g.gemeente(), new InRonde(rs.getLong(1), rs.getObject(2, LocalDate.class),
                            rs.getString(3), g));
                });
        return result;
    }

    /**
     * The CONCEPT rounds in which a municipality's judgment was computed with older rules of the engine than
     * {@code versie} (its stored input records the version), by id.
     */
    List<Long> conceptRondesMetOudereRegels(Regelversie versie) {
        return jdbc.sql("""
                select distinct rg.ronde_id from ronde_gemeente rg join beoordelingsronde o on o.id = rg.ronde_id
                where o.status = 'CONCEPT' and rg.invoer is not null and (rg.invoer ->> 'regelversie')::int < ?
                order by rg.ronde_id""").param(versie.nummer()).query(Long.class).list();
    }

    /** The oldest rule version a judgment of the round was computed with (empty when no municipality has one). */
    Optional<Integer> oudsteRegelversie(long ronde) {
        return Optional.ofNullable(jdbc.sql("""
                select min((invoer ->> 'regelversie')::int) from ronde_gemeente
                where ronde_id = ? and invoer is not null""").param(ronde).query(Integer.class).single());
    }

    /** Writes the municipalities of a round: inserted for a new round, replaced on a recomputation. */
    void schrijf(long ronde, List<RondeGemeente> rijen, boolean nieuw) {
        String sql = nieuw
                ? """
                insert into ronde_gemeente (invoer, uitkomst, bevindingen, ontbrekend, trede_voor, trede_na, conclusie,
                    schema_versie, ronde_id, gemeente_code)
                values (cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?)"""
                : """
                update ronde_gemeente set invoer = cast(? as jsonb), uitkomst = cast(? as jsonb),
                    bevindingen = cast(? as jsonb), ontbrekend = cast(? as jsonb), trede_voor = ?, trede_na = ?,
                    conclusie = ?, schema_versie = ?
                where ronde_id = ? and gemeente_code = ?""";
        List<Object[]> args = new ArrayList<>();
        for (RondeGemeente g : rijen) {
            args.add(new Object[] {g.invoer() == null ? null : JSON.writeValueAsString(g.invoer()),
                g.beoordeling() == null ? null : JSON.writeValueAsString(g.beoordeling()),
                JSON.writeValueAsString(g.bevindingen()), JSON.writeValueAsString(g.ontbrekend()), g.tredeVoor(),
                g.tredeNa(), g.conclusie() == null ? null : g.conclusie().name(), RondeGemeente.SCHEMA_VERSIE, ronde,
                g.gemeente()});
        }
        template.batchUpdate(sql, args);
    }

    private static RondeGemeente rij(ResultSet rs) throws SQLException {
        int versie = rs.getInt("schema_versie");
        if (versie != RondeGemeente.SCHEMA_VERSIE) {
            throw new IllegalStateException("ronde_gemeente " + rs.getString("gemeente_code") + " heeft schemaversie "
                    + versie + "; deze versie van Woonregie leest versie " + RondeGemeente.SCHEMA_VERSIE
                    + " (de migratie is niet gedraaid)");
        }
        String uitkomst = rs.getString("uitkomst");
        String invoer = rs.getString("invoer");
        String conclusie = rs.getString("conclusie");
        return new RondeGemeente(rs.getString("gemeente_code"), rs.getString("trede_voor"), rs.getString("trede_na"),
                conclusie == null ? null : BeoordelingRecord.Conclusie.valueOf(conclusie),
                uitkomst == null ? null : JSON.readValue(uitkomst, BeoordelingRecord.class),
                JSON.readValue(rs.getString("bevindingen"), BEVINDINGEN),
                JSON.readValue(rs.getString("ontbrekend"), TEKSTEN),
                invoer == null ? null : JSON.readValue(invoer, DossierRecord.class));
    }
}
