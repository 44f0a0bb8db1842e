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
 * A programme's own facts over the API ({@code PUT /programmas/{id}/gegevens}, issue 18): the programme manager
 * changes name, region, period, source and decision with If-Match (stale: 409) and a reason, a new version in the
 * audit trail, the owner and the rest of the plan unchanged; the partner gemeenten only BEHEERDER (the programme
 * manager's change named at {@code partnergemeenten}); every invalid field named; the controller refused (403).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammaGegevensApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    Api api;
    String manager;
    String controller;
    long id;
    String pad;

    @BeforeAll
    void opzet() throws Exception {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        id = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test").id();
        manager = accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + id);
        controller = accounts.maak("CONTROLLER", "\"programma\":" + id);
        pad = "/api/v1/programmas/" + id;
    }

    private String etag() {
        return api.als(manager).get(pad).header("ETag");
    }

    @Test
    void de_programmamanager_wijzigt_de_eigen_gegevens_als_nieuwe_versie() {
        String etag = etag();
        String partners = api.als(manager).get(pad).json().path("plan").path("partnergemeenten").toString();
        String gegevens = """
                {"naam": "Een (t)huis een toekomst 2020–2022", "regio": "Zuid-Kennemerland", "vanJaar": 2020,
                 "totJaar": 2022, "bronMiddelen": "Rijk en gemeente", "besluit": "B&W 2021/123",
                 "reden": "Verlengd tot en met 2022"}""";
        Api.Antwoord a = api.als(manager).put(pad + "/gegevens", gegevens, etag);
        assertThat(a.status()).isEqualTo(200);
        JsonNode plan = a.json().path("plan");
        assertThat(plan.path("naam").asString()).isEqualTo("Een (t)huis een toekomst 2020–2022");
        assertThat(plan.path("totJaar").asInt()).isEqualTo(2022);
        assertThat(plan.path("eigenaar").asString()).isEqualTo("GM0392");
        assertThat(plan.path("partnergemeenten").toString()).as("omitted: unchanged").isEqualTo(partners);
        assertThat(plan.path("projecten").size()).isEqualTo(13);
        assertThat(a.json().path("versies").get(0).path("wat").asString())
                .isEqualTo("Gegevens van het programma gewijzigd");
        api.als(manager).put(pad + "/gegevens", gegevens, etag).probleem(409);
        assertThat(audit.vanObject("programma", Long.toString(id))).extracting(AuditTrail.Gebeurtenis::actie)
                .contains("PROGRAMMA_GEGEVENS_GEZET");
        api.als(controller).put(pad + "/gegevens", gegevens, a.header("ETag")).probleem(403);
    }

    @Test
    void alleen_de_beheerder_wijzigt_de_partnergemeenten_en_elk_ongeldig_veld_wordt_genoemd() {
        JsonNode p = api.als(manager).put(pad + "/gegevens", """
                {"naam": "", "partnergemeenten": ["GM0473"], "vanJaar": 2020, "totJaar": 2019, "reden": "test"}""",
                etag()).probleem(400);
        assertThat(Api.namen(p)).contains("partnergemeenten");
        p = api.als(Api.BEHEERDER).put(pad + "/gegevens", """
                {"naam": "", "partnergemeenten": ["GM9999"], "vanJaar": 2020, "totJaar": 2019, "reden": "test"}""",
                etag()).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("naam", "partnergemeenten[0]", "totJaar");
        Api.Antwoord a = api.als(Api.BEHEERDER).put(pad + "/gegevens", """
                {"naam": "Brede aanpak", "partnergemeenten": ["GM0473"], "vanJaar": 2020, "totJaar": 2021,
                 "reden": "Alleen Zandvoort doet nog mee"}""", etag());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("plan").path("partnergemeenten").toString()).isEqualTo("[\"GM0473\"]");
    }
}
