package nl.woonregie.programma;

import static org.assertj.core.api.Assertions.assertThat;

import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The PROJECTLEIDER of a programme's project (issue 18, ADR 0049), over the API: assigned by the administrator naming
 * the programme and the project's number (an unknown project refused at {@code project}); reads its programme (and
 * no other: 404); brings its own project up to date — status, planning, expected result — with If-Match (missing:
 * 400, stale: 409) and a reason, as a new version in the audit trail; the other fields of the project are the
 * programme manager's (400 naming each); another project, the budget lines, the split of a line, themes and
 * indicators are refused (403).
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectleiderApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    Api api;
    Accounts accounts;
    long id;
    long ander;
    String pl;
    String pad;

    @BeforeAll
    void opzet() throws Exception {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        id = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test").id();
        ander = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, HaarlemBegrotingTest.haarlem(), "test", "test")
                .id();
        pl = accounts.maak("PROJECTLEIDER", "\"programma\":" + id + ",\"project\":10");
        pad = "/api/v1/programmas/" + id;
    }

    private String etag() {
        return api.als(pl).get(pad).header("ETag");
    }

    @Test
    void de_beheerder_wijst_alleen_een_bestaand_project_van_een_bestaand_programma_toe() {
        JsonNode p = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"pl-onbekend-" + id
                + "\",\"wachtwoord\":\"" + Accounts.WACHTWOORD + "\",\"rol\":\"PROJECTLEIDER\",\"programma\":" + id
                + ",\"project\":99}").probleem(400);
        assertThat(Api.namen(p)).containsExactly("project");
    }

    @Test
    void de_projectleider_leest_zijn_programma_en_geen_ander() {
        assertThat(Api.ids(api.als(pl).get("/api/v1/programmas").json(200).path("programmas"))).containsExactly(id);
        assertThat(api.als(pl).get(pad + "/begroting").json(200).path("totaal").path("bedrag").decimalValue())
                .isEqualByComparingTo("5621184");
        api.als(pl).get("/api/v1/programmas/" + ander).probleem(404);
    }

    @Test
    void de_projectleider_werkt_zijn_project_bij_met_if_match_en_reden_als_nieuwe_versie() {
        String bijwerken = """
                {"status": "AFGEROND", "planning": "2020 tot en met juni 2021",
                 "verwachtResultaat": "6 matches, 20 verhuurders", "reden": "Stand juni 2021"}""";
        assertThat(Api.namen(api.als(pl).put(pad + "/projecten/10", bijwerken).probleem(400))).contains("If-Match");
        String etag = etag();
        Api.Antwoord a = api.als(pl).put(pad + "/projecten/10", bijwerken, etag);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("versies").get(0).path("wat").asString()).isEqualTo("Project 10 gewijzigd");
        assertThat(a.json().path("versies").get(0).path("reden").asString()).isEqualTo("Stand juni 2021");
        JsonNode project = a.json().path("plan").path("projecten").get(9);
        assertThat(project.path("status").asString()).isEqualTo("AFGEROND");
        assertThat(project.path("planning").asString()).isEqualTo("2020 tot en met juni 2021");
        assertThat(project.path("verwachtResultaat").asString()).isEqualTo("6 matches, 20 verhuurders");
        assertThat(project.path("naam").asString()).as("the rest as it was").isEqualTo("Onder de Pannen");
        assertThat(project.path("doel").asInt()).isEqualTo(6);
        api.als(pl).put(pad + "/projecten/10", bijwerken, etag).probleem(409);
        assertThat(audit.vanObject("programma", Long.toString(id))).extracting(AuditTrail.Gebeurtenis::actie)
                .contains("PROGRAMMA_PROJECT_GEZET");
    }

    @Test
    void de_andere_velden_van_het_project_houdt_de_programmamanager_bij() {
        JsonNode p = api.als(pl).put(pad + "/projecten/10", """
                {"doel": 5, "naam": "Anders", "soort": "NIEUW", "eigenaar": "Iemand", "partners": ["X"],
                 "status": "IN_UITVOERING", "reden": "test"}""", etag()).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("doel", "naam", "soort", "eigenaar", "partners");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /projecten/9                 | {"status": "AFGEROND", "reden": "niet mijn project"}
            /projecten/14                | {"doel": 6, "naam": "Nieuw project", "reden": "een nieuw project"}
            /begrotingsregels/11         | {"omschrijving": "Onder de Pannen", "bedrag": 1.00, "vanJaar": 2020, "kostensoort": "INCIDENTEEL", "financieringsbron": "Rijk", "projecten": [10], "reden": "test"}
            /begrotingsregels/2/verdeling | {"jaren": [], "reden": "test"}
            /begrotingsregels/11/realisaties/2020 | {"bedrag": 1.00, "totEnMetMaand": 12, "reden": "test"}
            /themas/3                    | {"naam": "Wonen", "reden": "test"}
            /indicatoren/2               | {"naam": "Matches", "eenheid": "matches", "reden": "test"}
            """)
    void de_projectleider_mag_verder_niets_wijzigen(String deel, String body) {
        api.als(pl).put(pad + deel, body, etag()).probleem(403);
    }
}
