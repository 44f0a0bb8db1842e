package nl.woonregie.verdeling;

import static nl.woonregie.support.Api.BEHEERDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * A distribution against an imported circulaire table and stored as the period's taakstellingen through toezicht's
 * import: differences per gemeente, never replaced silently, versioned and audited, with its inputs. The periods
 * 2025-I (every gemeente) and 2025-II (Zuid-Holland) are used by no other test. Its own database: it stores
 * taakstellingen for every gemeente, and {@code RondeFixture} needs gemeenten that never had figures.
 */
@IntegratieTest
@TestPropertySource(properties = "woonregie.test.database=verdeling-vastleggen")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerdelingVastleggenTest {

    static final String VERGELIJK = "/api/v1/taakstellingen/verdelingen/vergelijkingen";
    static final String VASTLEGGEN = "/api/v1/taakstellingen/vastgelegde-verdelingen";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    String thZh;
    String rijk;

    @BeforeAll
    void accounts() {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        thZh = accounts.toezichthouder("PV28");
        rijk = accounts.maak("RIJK", null);
    }

    @Test
    void een_afwijkende_circulaire_wordt_getoond_en_alleen_op_verzoek_vervangen() {
        String vraag = "\"periode\": \"2025-I\", \"landelijk\": 15000";
        Map<String, Long> berekend = taakstellingen(api.als(BEHEERDER).post("/api/v1/taakstellingen/verdelingen",
                "{" + vraag + "}").json(200));
        JsonNode leeg = api.als(rijk).post(VERGELIJK, "{" + vraag + "}").json(200);
        assertThat(leeg.path("zonderOpgeslagen").asInt()).isEqualTo(342);
        assertThat(leeg.path("provincie").isNull()).isTrue();

        // the circulaire's table, imported as toezicht imports it: one equal, two different
        api.als(BEHEERDER).postCsv("/api/v1/taakstellingen/import", "gemeente;periode;taakstelling;additioneleOpgave\n"
                + "GM0518;2025-I;" + berekend.get("GM0518") + ";7\n"
                + "GM0599;2025-I;" + (berekend.get("GM0599") + 2) + ";\n"
                + "GM0014;2025-I;" + (berekend.get("GM0014") - 1) + ";\n").json(201);
        JsonNode vergelijking = api.als(BEHEERDER).post(VERGELIJK, "{" + vraag + "}").json(200);
        assertThat(vergelijking.path("gelijk").asInt()).isEqualTo(1);
        assertThat(vergelijking.path("verschillend").asInt()).isEqualTo(2);
        assertThat(vergelijking.path("zonderOpgeslagen").asInt()).isEqualTo(339);
        JsonNode rotterdam = regel(vergelijking, "GM0599");
        assertThat(rotterdam.path("berekend").asLong()).isEqualTo(berekend.get("GM0599"));
        assertThat(rotterdam.path("opgeslagen").asLong()).isEqualTo(berekend.get("GM0599") + 2);
        assertThat(rotterdam.path("verschil").asLong()).isEqualTo(-2);
        assertThat(regel(vergelijking, "GM0014").path("verschil").asLong()).isEqualTo(1);
        assertThat(regel(vergelijking, "GM0363").path("opgeslagen").isNull()).isTrue();

        // not replaced silently: 409 naming both, nothing stored
        JsonNode geweigerd = api.als(BEHEERDER).post(VASTLEGGEN, "{" + vraag + "}").probleem(409);
        assertThat(geweigerd.path("detail").asString()).contains("2 gemeenten hebben", "2025-I");
        assertThat(geweigerd.path("bevindingen")).hasSize(2);
        assertThat(geweigerd.path("bevindingen").path(0).path("code").asString()).isEqualTo("GM0014");
        assertThat(geweigerd.path("bevindingen").path(1).path("opgeslagen").asLong())
                .isEqualTo(berekend.get("GM0599") + 2);
        assertThat(huidige("GM0599")).isEqualTo(berekend.get("GM0599") + 2);
        assertThat(jdbc.sql("select count(*) from verdeling where periode = '2025-I'").query(Long.class).single())
                .isZero();

        // on request: a new version of the two, the equal one unchanged, the others new; the history keeps the old
        Api.Antwoord antwoord = api.als(BEHEERDER).post(VASTLEGGEN, "{" + vraag
                + ", \"vervangen\": true, \"reden\": \"Circulaire eerste helft 2025\"}");
        JsonNode vastgelegd = antwoord.json(201);
        long id = vastgelegd.path("id").asLong();
        assertThat(antwoord.header("Location")).isEqualTo(VASTLEGGEN + "/" + id);
        assertThat(vastgelegd.path("nieuw").asInt()).isEqualTo(339);
        assertThat(vastgelegd.path("gewijzigd").asInt()).isEqualTo(2);
        assertThat(vastgelegd.path("ongewijzigd").asInt()).isEqualTo(1);
        assertThat(vastgelegd.path("som").asLong()).isEqualTo(sum(berekend));
        assertThat(vastgelegd.path("afronding").asString()).isEqualTo("OMHOOG");
        assertThat(vastgelegd.path("afrondingBron").asString()).contains("art. 29 lid 1");
        assertThat(vastgelegd.path("bevolkingInstantie").asString()).isEqualTo("CBS");
        assertThat(vastgelegd.path("peildatumBevolking").asString()).isEqualTo("2024-01-01");
        assertThat(vastgelegd.path("inwonersNederland").asLong()).isEqualTo(17_942_942L);
        assertThat(vastgelegd.path("gemeenten")).hasSize(342);
        JsonNode gm0599 = null;
        for (JsonNode g : vastgelegd.path("gemeenten")) {
            if (g.path("code").asString().equals("GM0599")) {
                gm0599 = g;
            }
        }
        assertThat(gm0599.path("eerder").asLong()).isEqualTo(berekend.get("GM0599") + 2);
        assertThat(gm0599.path("taakstelling").asLong()).isEqualTo(berekend.get("GM0599"));
        assertThat(gm0599.path("inwoners").asLong()).isEqualTo(670_610L);
        assertThat(huidige("GM0599")).isEqualTo(berekend.get("GM0599"));
        assertThat(jdbc.sql("select count(*) from taakstelling where gemeente_code = 'GM0599' and periode = '2025-I'")
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select reden from taakstelling where gemeente_code = 'GM0599' and periode = '2025-I' "
                + "and vervangen_op is null").query(String.class).single())
                .contains("Verdeling 2025-I", "vastgelegde verdeling " + id, "Circulaire eerste helft 2025");
        // the additional opgave of the circulaire's table is kept: the distribution sets only the taakstelling
        assertThat(jdbc.sql("select additionele_opgave from taakstelling where gemeente_code = 'GM0518' "
                + "and periode = '2025-I' and vervangen_op is null").query(Long.class).single()).isEqualTo(7L);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VERDELING_VASTGELEGD' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'CIJFERS_GEIMPORTEERD' and object_id = ?")
                .param(vastgelegd.path("import").asString()).query(Long.class).single()).isEqualTo(1);

        assertThat(api.als(BEHEERDER).post(VERGELIJK, "{" + vraag + "}").json(200).path("gelijk").asInt())
                .isEqualTo(342);
        // stored again: nothing changes, no import
        JsonNode opnieuw = api.als(BEHEERDER).post(VASTLEGGEN, "{" + vraag + "}").json(201);
        assertThat(opnieuw.path("import").isNull()).isTrue();
        assertThat(opnieuw.path("ongewijzigd").asInt()).isEqualTo(342);

        JsonNode lijst = api.als(thZh).get(VASTLEGGEN + "?periode=2025-I").json(200).path("verdelingen");
        assertThat(lijst).hasSize(2);
        assertThat(lijst.path(0).path("id").asLong()).isEqualTo(opnieuw.path("id").asLong());
        assertThat(lijst.path(1).has("gemeenten")).isFalse();
        assertThat(api.als(rijk).get(VASTLEGGEN + "/" + id).json(200).path("gemeenten")).hasSize(342);
        api.als(rijk).get(VASTLEGGEN + "/999999").status(404);
    }

    @Test
    void een_toezichthouder_vergelijkt_en_legt_vast_voor_de_eigen_provincie() {
        String vraag = "\"periode\": \"2025-II\", \"landelijk\": 12000";
        JsonNode vergelijking = api.als(thZh).post(VERGELIJK, "{" + vraag + "}").json(200);
        assertThat(vergelijking.path("provincie").asString()).isEqualTo("PV28");
        assertThat(vergelijking.path("gemeenten")).hasSize(50);
        api.als(thZh).post(VERGELIJK, "{" + vraag + ", \"provincie\": \"PV27\"}").status(403);
        api.als(thZh).post(VASTLEGGEN, "{" + vraag + ", \"provincie\": \"PV27\"}").status(403);
        api.als(rijk).post(VASTLEGGEN, "{" + vraag + "}").status(403);
        assertThat(api.als(rijk).post(VERGELIJK, "{" + vraag + "}").json(200).path("gemeenten")).hasSize(342);

        JsonNode vastgelegd = api.als(thZh).post(VASTLEGGEN, "{" + vraag + "}").json(201);
        assertThat(vastgelegd.path("provincie").asString()).isEqualTo("PV28");
        assertThat(vastgelegd.path("nieuw").asInt()).isEqualTo(50);
        assertThat(vastgelegd.path("gemeenten")).hasSize(50);
        assertThat(vastgelegd.path("som").asLong()).isEqualTo(vergelijking.path("somBerekend").asLong());
        assertThat(jdbc.sql("select count(*) from taakstelling where periode = '2025-II' and vervangen_op is null")
                .query(Long.class).single()).isEqualTo(50);
        assertThat(jdbc.sql("select count(*) from taakstelling t join gemeente g on g.code = t.gemeente_code "
                + "where t.periode = '2025-II' and g.provincie_code <> 'PV28'").query(Long.class).single()).isZero();
    }

    @Test
    void elk_ongeldig_veld_wordt_genoemd_en_niets_opgeslagen() {
        JsonNode p = api.als(BEHEERDER).post(VASTLEGGEN, "{\"periode\": \"2025\", \"landelijk\": 1.5, "
                + "\"provincie\": \"PV99\", \"reden\": \"" + "x".repeat(1501) + "\"}").probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("periode", "landelijk", "provincie", "reden");
        assertThat(Api.namen(api.als(BEHEERDER).post(VERGELIJK, "{\"periode\": \"2022-I\", \"landelijk\": 1}")
                .probleem(400))).containsExactly("periode");
        assertThat(jdbc.sql("select count(*) from verdeling where periode in ('2025', '2022-I')").query(Long.class)
                .single()).isZero();
    }

    long huidige(String gemeente) {
        return jdbc.sql("select taakstelling from taakstelling where gemeente_code = ? and periode = '2025-I' "
                + "and vervangen_op is null").param(gemeente).query(Long.class).single();
    }

    static Map<String, Long> taakstellingen(JsonNode verdeling) {
        Map<String, Long> m = new HashMap<>();
        verdeling.path("gemeenten").forEach(g -> m.put(g.path("code").asString(), g.path("taakstelling").asLong()));
        return m;
    }

    static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    static JsonNode regel(JsonNode vergelijking, String code) {
        for (JsonNode r : vergelijking.path("gemeenten")) {
            if (r.path("code").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError(code);
    }
}
