package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Haarlem's programme over the API: its begroting with every total from the lines (the multi-year lines as
 * {vanJaar, totJaar, bedrag}), the programme manager and controller granted by the administrator naming the real
 * programme, writes with If-Match (missing: 400 naming it; stale: 409), problem+json naming every invalid field.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammaApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammaService programmas;

    Api api;
    Accounts accounts;
    long id;
    String manager;
    String controller;

    @BeforeAll
    void opzet() throws Exception {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        id = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test").id();
        manager = accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + id);
        controller = accounts.maak("CONTROLLER", "\"programma\":" + id);
    }

    @Test
    void de_begroting_van_haarlem_over_de_api() throws Exception {
        // a programme of its own: the other tests change theirs
        long eigen = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test",
                "test").id();
        JsonNode b = api.als(Api.BEHEERDER).get("/api/v1/programmas/" + eigen + "/begroting").json(200);
        assertThat(b.path("totaal").path("bedrag").decimalValue()).isEqualByComparingTo("5621184");
        assertThat(Api.velden(b.path("perThema"), "naam")).containsExactly("Preventie", "Vernieuwing van de opvang",
                "Wonen met begeleiding");
        assertThat(b.path("perThema").get(2).path("bedrag").decimalValue()).isEqualByComparingTo("3596184");
        assertThat(b.path("perJaar").get(0).path("jaar").asInt()).isEqualTo(2020);
        assertThat(b.path("perJaar").get(0).path("bedrag").decimalValue()).isEqualByComparingTo("3346184");
        assertThat(b.path("perJaar").get(1).path("bedrag").decimalValue()).isEqualByComparingTo("900000");
        JsonNode schiphol = b.path("meerjarig").get(1);
        assertThat(schiphol.path("vanJaar").asInt()).isEqualTo(2021);
        assertThat(schiphol.path("totJaar").asInt()).isEqualTo(2022);
        assertThat(schiphol.path("bedrag").decimalValue()).isEqualByComparingTo("475000");
        assertThat(b.path("perBron").get(0).path("bedrag").decimalValue()).isEqualByComparingTo("5621184");
        assertThat(b.path("bevindingen").get(0).path("soort").asString()).isEqualTo("BUITEN_PLANPERIODE");
    }

    @Test
    void de_lijst_en_het_programma_met_zijn_versie_als_etag() {
        JsonNode lijst = api.als(controller).get("/api/v1/programmas").json(200);
        assertThat(Api.ids(lijst.path("programmas"))).containsExactly(id);
        Api.Antwoord a = api.als(controller).get("/api/v1/programmas/" + id);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("ETag")).matches("\"\\d+\"");
        assertThat(a.json().path("plan").path("projecten").size()).isEqualTo(13);
        String leiden = accounts.gemeente("GM0546");
        assertThat(api.als(leiden).get("/api/v1/programmas").json(200).path("programmas").size()).isZero();
        api.als(leiden).get("/api/v1/programmas/" + id).probleem(404);
    }

    @Test
    void een_project_wijzigen_vraagt_if_match_en_weigert_een_oude_versie() {
        String etag = api.als(manager).get("/api/v1/programmas/" + id).header("ETag");
        String project = """
                {"doel": 4, "naam": "Pilot verbeteren trajectbegeleiding", "soort": "NIEUW", "status": "IN_UITVOERING",
                 "planning": "2021", "reden": "Gestart"}""";
        assertThat(api.als(manager).put("/api/v1/programmas/" + id + "/projecten/5", project).probleem(400)
                .toString()).contains("If-Match");
        Api.Antwoord a = api.als(manager).put("/api/v1/programmas/" + id + "/projecten/5", project, etag);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("ETag")).isNotEqualTo(etag);
        api.als(manager).put("/api/v1/programmas/" + id + "/projecten/5", project, etag).probleem(409);
        api.als(manager).put("/api/v1/programmas/" + id + "/begrotingsregels/5", "{}", a.header("ETag"))
                .probleem(403);
    }

    @Test
    void elk_ongeldig_veld_van_een_begrotingsregel_staat_in_het_probleem() {
        String etag = api.als(controller).get("/api/v1/programmas/" + id).header("ETag");
        JsonNode p = api.als(controller).put("/api/v1/programmas/" + id + "/begrotingsregels/20", """
                {"omschrijving": "", "bedrag": 12.345, "vanJaar": 2021, "totJaar": 2020, "kostensoort": "INCIDENTEEL",
                 "financieringsbron": "Rijk", "projecten": [5, 77], "reden": "test"}""", etag).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("omschrijving", "bedrag", "totJaar", "projecten[1]");
        JsonNode ok = api.als(controller).put("/api/v1/programmas/" + id + "/begrotingsregels/20", """
                {"omschrijving": "Evaluatie", "bedrag": 10000.00, "vanJaar": 2021, "totJaar": 2021,
                 "kostensoort": "INCIDENTEEL", "financieringsbron": "Gemeente Haarlem", "thema": 2,
                 "reden": "Evaluatie door een bureau"}""", etag).json(200);
        assertThat(ok.path("versies").get(0).path("wat").asString()).isEqualTo("Begrotingsregel 20 toegevoegd");
        JsonNode b = api.als(controller).get("/api/v1/programmas/" + id + "/begroting").json(200);
        assertThat(b.path("totaal").path("bedrag").decimalValue()).isEqualByComparingTo("5631184");
    }

    @Test
    void de_beheerder_maakt_een_programma_met_het_hele_plan_elk_ongeldig_veld_genoemd() {
        JsonNode p = api.als(Api.BEHEERDER).post("/api/v1/programmas", """
                {"naam": "Proef", "eigenaar": "GM0392", "vanJaar": 2022, "totJaar": 2021,
                 "themas": [{"nummer": 1, "naam": "Wonen"}],
                 "doelen": [{"nummer": 1, "thema": 2, "omschrijving": "Meer plekken", "soort": "EIGEN"}],
                 "reden": "proef"}""").probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("totJaar", "doelen[0].thema");
        JsonNode nieuw = api.als(Api.BEHEERDER).post("/api/v1/programmas", """
                {"naam": "Proef", "eigenaar": "GM0392", "partnergemeenten": ["GM0473"], "vanJaar": 2022,
                 "totJaar": 2023, "themas": [{"nummer": 1, "naam": "Wonen"}],
                 "regels": [{"nummer": 1, "omschrijving": "Onderzoek", "bedrag": 1000.00, "vanJaar": 2022,
                             "totJaar": 2022, "kostensoort": "INCIDENTEEL", "financieringsbron": "Gemeente",
                             "thema": 1}],
                 "reden": "proef"}""").json(201);
        assertThat(nieuw.path("versie").asInt()).isEqualTo(1);
        api.als(manager).post("/api/v1/programmas", "{}").probleem(403);
    }

    @Test
    void de_begroting_als_spreadsheet() {
        Api.Antwoord a = api.als(manager).get("/api/v1/programmas/" + id + "/begroting.xlsx").status(200);
        assertThat(a.contentType()).startsWith(Api.XLSX);
        assertThat(a.bytes().length).isGreaterThan(1000);
    }
}
