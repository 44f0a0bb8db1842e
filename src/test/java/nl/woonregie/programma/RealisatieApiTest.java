package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Spending on Haarlem's lines over the API (issue 18 §2, ADR 0045): the controller records a year's realisation
 * with If-Match (missing: 400 naming it; stale: 409) and a reason, audited; a line of "n.v.t.", a year outside the
 * line and every other invalid field named; the controller's split of a multi-year line must add up; the budget
 * answers exhaustion, forecast and transfer beside its unchanged fields. Partners read; the programme manager may
 * not write; another gemeente gets 404.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealisatieApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    Api api;
    Accounts accounts;
    long id;
    String manager;
    String controller;
    String pad;

    @BeforeAll
    void opzet() throws Exception {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        id = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test").id();
        manager = accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + id);
        controller = accounts.maak("CONTROLLER", "\"programma\":" + id);
        pad = "/api/v1/programmas/" + id + "/begrotingsregels/";
    }

    private String etag() {
        return api.als(controller).get("/api/v1/programmas/" + id).header("ETag");
    }

    @Test
    void de_controller_legt_de_realisatie_vast_en_de_begroting_toont_uitputting_prognose_en_overheveling() {
        String figuur = """
                {"bedrag": 420000.00, "totEnMetMaand": 12, "reden": "Jaarrekening 2020"}""";
        assertThat(api.als(controller).put(pad + "6/realisaties/2020", figuur).probleem(400).toString())
                .contains("If-Match");
        String etag = etag();
        Api.Antwoord a = api.als(controller).put(pad + "6/realisaties/2020", figuur, etag);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("versies").get(0).path("wat").asString())
                .isEqualTo("Realisatie van begrotingsregel 6 toegevoegd");
        api.als(controller).put(pad + "6/realisaties/2020", figuur, etag).probleem(409);
        api.als(controller).put(pad + "6/realisaties/2021", """
                {"bedrag": 180000.00, "totEnMetMaand": 6, "reden": "Halfjaar 2021"}""", a.header("ETag")).status(200);

        JsonNode b = api.als(controller).get("/api/v1/programmas/" + id + "/begroting").json(200);
        assertThat(b.path("totaal").path("bedrag").decimalValue()).as("the stable fields unchanged")
                .isEqualByComparingTo("5621184");
        JsonNode regel6 = regel(b.path("realisatie"), 6);
        assertThat(regel6.path("gerealiseerd").decimalValue()).isEqualByComparingTo("600000.00");
        assertThat(regel6.path("uitputting").decimalValue()).isEqualByComparingTo("67");
        assertThat(regel6.path("prognose").decimalValue()).isEqualByComparingTo("800000.00");
        assertThat(regel6.path("overheveling").path("bedrag").decimalValue()).isEqualByComparingTo("100000.00");
        assertThat(regel6.path("overheveling").path("definitief").asBoolean()).isFalse();
        assertThat(regel6.path("overheveling").path("bestemming").asString())
                .isEqualTo("Wat niet wordt uitgegeven, wordt toegevoegd aan de reserve MO/BW.");
        assertThat(b.path("realisatie").path("totaal").path("gerealiseerd").decimalValue())
                .isEqualByComparingTo("600000.00");
        assertThat(audit.vanObject("programma", Long.toString(id))).extracting(AuditTrail.Gebeurtenis::actie)
                .contains("PROGRAMMA_REALISATIE_GEZET");
    }

    @Test
    void een_regel_van_nvt_een_jaar_buiten_de_regel_en_elk_ongeldig_veld_worden_genoemd() {
        String etag = etag();
        JsonNode nvt = api.als(controller).put(pad + "1/realisaties/2020", """
                {"bedrag": 100.00, "reden": "test"}""", etag).probleem(400);
        assertThat(Api.namen(nvt)).containsExactly("regel");
        assertThat(Api.reden(nvt, "regel")).contains("n.v.t.");
        assertThat(Api.namen(api.als(controller).put(pad + "7/realisaties/2021", """
                {"bedrag": 100.00, "reden": "test"}""", etag).probleem(400))).containsExactly("jaar");
        assertThat(Api.namen(api.als(controller).put(pad + "7/realisaties/2020", """
                {"bedrag": -1.005, "totEnMetMaand": 13}""", etag).probleem(400)))
                .containsExactlyInAnyOrder("bedrag", "totEnMetMaand", "reden");
        api.als(controller).put(pad + "7/realisaties/2020", "{\"bedrag\": 1, \"onbekend\": 1}", etag).probleem(400);
        api.als(controller).put(pad + "99/realisaties/2020", "{\"bedrag\": 1, \"reden\": \"x\"}", etag).probleem(404);
    }

    @Test
    void de_verdeling_van_de_controller_moet_optellen_tot_de_regel_en_telt_per_jaar_gemarkeerd() {
        String etag = etag();
        JsonNode fout = api.als(controller).put(pad + "2/verdeling", """
                {"jaren": [{"jaar": 2021, "bedrag": 175000.00}, {"jaar": 2022, "bedrag": 200000.00}],
                 "reden": "Verdeling volgens de subsidiebeschikking"}""", etag).probleem(400);
        assertThat(Api.namen(fout)).containsExactly("jaren");
        assertThat(Api.reden(fout, "jaren")).contains("€ 375.000,00").contains("€ 475.000,00");
        assertThat(Api.namen(api.als(controller).put(pad + "7/verdeling", """
                {"jaren": [{"jaar": 2020, "bedrag": 800000.00}], "reden": "test"}""", etag).probleem(400)))
                .containsExactly("regel");
        assertThat(Api.namen(api.als(controller).put(pad + "2/verdeling", """
                {"jaren": [{"jaar": 2020, "bedrag": 475000.00}], "reden": "test"}""", etag).probleem(400)))
                .containsExactly("jaren[0].jaar");
        assertThat(Api.namen(api.als(controller).put(pad + "2/verdeling", "{\"reden\": \"test\"}", etag)
                .probleem(400))).containsExactly("jaren");
        Api.Antwoord ok = api.als(controller).put(pad + "2/verdeling", """
                {"jaren": [{"jaar": 2021, "bedrag": 175000.00}, {"jaar": 2022, "bedrag": 300000.00}],
                 "reden": "Verdeling volgens de subsidiebeschikking"}""", etag);
        assertThat(ok.status()).isEqualTo(200);
        JsonNode r = api.als(manager).get("/api/v1/programmas/" + id + "/begroting").json(200).path("realisatie");
        JsonNode j2022 = null;
        for (JsonNode j : r.path("perJaar")) {
            if (j.path("jaar").asInt() == 2022) {
                j2022 = j;
            }
        }
        assertThat(j2022).isNotNull();
        assertThat(j2022.path("verdeeldeRegels").get(0).asInt()).isEqualTo(2);
        assertThat(j2022.path("stand").path("begroot").decimalValue()).isEqualByComparingTo("300000.00");
        assertThat(regel(r, 2).path("verdeeld").asBoolean()).isTrue();
        // without years the split is gone and the line is a span again
        api.als(controller).put(pad + "2/verdeling", "{\"jaren\": [], \"reden\": \"toch niet\"}", ok.header("ETag"))
                .status(200);
        JsonNode weer = api.als(controller).get("/api/v1/programmas/" + id + "/begroting").json(200)
                .path("realisatie");
        assertThat(regel(weer, 2).path("verdeeld").asBoolean()).isFalse();
    }

    @Test
    void de_programmamanager_en_partners_lezen_alleen_en_een_andere_gemeente_ziet_niets() {
        String etag = etag();
        String figuur = "{\"bedrag\": 1000.00, \"reden\": \"test\"}";
        api.als(manager).put(pad + "7/realisaties/2020", figuur, etag).probleem(403);
        api.als(manager).put(pad + "2/verdeling", "{\"jaren\": [], \"reden\": \"x\"}", etag).probleem(403);
        String zandvoort = accounts.gemeente("GM0473");
        assertThat(api.als(zandvoort).get("/api/v1/programmas/" + id + "/begroting").json(200).has("realisatie"))
                .isTrue();
        api.als(zandvoort).put(pad + "7/realisaties/2020", figuur, etag).probleem(403);
        String leiden = accounts.gemeente("GM0546");
        api.als(leiden).put(pad + "7/realisaties/2020", figuur, etag).probleem(404);
        api.als(leiden).get("/api/v1/programmas/" + id + "/begroting").probleem(404);
    }

    private static JsonNode regel(JsonNode realisatie, int nummer) {
        for (JsonNode r : realisatie.path("regels")) {
            if (r.path("regel").asInt() == nummer) {
                return r;
            }
        }
        throw new AssertionError("regel " + nummer + " ontbreekt");
    }
}
