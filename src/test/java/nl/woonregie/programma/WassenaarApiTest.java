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
 * Wassenaar's budget of persons × rates over the API: the begroting answers its income and spending lines per year
 * with their derivation and the computed balance, and the plan's "–" for 2018's transfer as a finding; the
 * controller changes a line with If-Match (audited), every invalid field of the new kinds of line named.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WassenaarApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammaService programmas;

    @Autowired
    AuditTrail audit;

    Api api;
    long id;
    String controller;
    String manager;

    @BeforeAll
    void opzet() throws Exception {
        api = new Api(mvc);
        Accounts accounts = new Accounts(mvc);
        id = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, WassenaarBegrotingTest.wassenaar(), "test", "test")
                .id();
        controller = accounts.maak("CONTROLLER", "\"programma\":" + id);
        manager = accounts.maak("PROGRAMMAMANAGER", "\"programma\":" + id);
    }

    @Test
    void de_begroting_geeft_inkomsten_en_uitgaven_per_jaar_en_het_berekende_saldo() throws Exception {
        long eigen = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, WassenaarBegrotingTest.wassenaar(), "test",
                "test").id();
        JsonNode d = api.als(Api.BEHEERDER).get("/api/v1/programmas/" + eigen + "/begroting").json(200)
                .path("dekking");
        JsonNode j2017 = d.path("jaren").get(0);
        assertThat(j2017.path("jaar").asInt()).isEqualTo(2017);
        assertThat(j2017.path("totaalInkomsten").decimalValue()).isEqualByComparingTo("344926.00");
        assertThat(j2017.path("totaalUitgaven").decimalValue()).isEqualByComparingTo("282666");
        assertThat(j2017.path("saldo").decimalValue()).isEqualByComparingTo("62260.00");
        JsonNode rmba = j2017.path("inkomsten").get(2);
        assertThat(rmba.path("berekening").asString()).isEqualTo("AANTAL_MAAL_TARIEF");
        assertThat(rmba.path("aantal").asInt()).isEqualTo(22);
        assertThat(rmba.path("tarief").decimalValue()).isEqualByComparingTo("2370");
        assertThat(rmba.path("bedrag").decimalValue()).isEqualByComparingTo("52140");
        assertThat(j2017.path("inkomsten").get(4).path("afleiding").asString())
                .isEqualTo("-2/12 × regel 4 (€ 199.350,00) = € -33.225,00");
        assertThat(j2017.path("uitgaven").get(2).path("afleiding").asString())
                .isEqualTo("50 × € 450,00 (tarief van het plan) = € 22.500,00");
        JsonNode j2018 = d.path("jaren").get(1);
        assertThat(j2018.path("inkomstenZonderOverheveling").decimalValue()).isEqualByComparingTo("68775.00");
        assertThat(j2018.path("vermeldeInkomsten").decimalValue()).isEqualByComparingTo("68775.00");
        assertThat(j2018.path("totaalInkomsten").decimalValue()).isEqualByComparingTo("131035.00");
        assertThat(j2018.path("inkomsten").get(0).path("bedrag").decimalValue()).isEqualByComparingTo("62260.00");
        assertThat(j2018.path("inkomsten").get(0).path("vermeldBedrag").decimalValue()).isEqualByComparingTo("0");
        assertThat(Api.velden(d.path("bevindingen"), "soort")).containsExactly("VERMELD_BEDRAG_WIJKT_AF",
                "VERMELD_JAARTOTAAL_WIJKT_AF");
        Api.Antwoord x = api.als(Api.BEHEERDER).get("/api/v1/programmas/" + eigen + "/begroting.xlsx").status(200);
        assertThat(x.contentType()).startsWith(Api.XLSX);
    }

    @Test
    void elk_ongeldig_veld_van_een_regel_van_personen_maal_tarieven_staat_in_het_probleem() {
        String etag = api.als(controller).get("/api/v1/programmas/" + id).header("ETag");
        String pad = "/api/v1/programmas/" + id + "/dekkingsregels/30";
        JsonNode p = api.als(controller).put(pad, """
                {"jaar": 2019, "omschrijving": "", "berekening": "AANTAL_MAAL_TARIEF", "bedrag": 5.00, "aantal": 0,
                 "tarief": 10.00, "tariefsoort": "RMBA", "teller": 3, "reden": "test"}""", etag).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("jaar", "stroom", "omschrijving", "bedrag", "aantal",
                "tarief", "teller");
        p = api.als(controller).put(pad, """
                {"jaar": 2018, "stroom": "INKOMSTEN", "omschrijving": "Deel", "berekening": "DEEL_VAN_REGEL",
                 "deelVanRegel": 14, "teller": 0, "noemer": 0, "vermeldBedrag": 1.001, "reden": "test"}""", etag)
                .probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("deelVanRegel", "teller", "noemer", "vermeldBedrag");
        p = api.als(controller).put(pad, """
                {"jaar": 2017, "stroom": "UITGAVEN", "omschrijving": "Overheveling", "berekening": "OVERHEVELING",
                 "reden": "test"}""", etag).probleem(400);
        assertThat(Api.namen(p)).containsExactlyInAnyOrder("stroom", "berekening");
        p = api.als(controller).put(pad, """
                {"jaar": 2017, "stroom": "UITGAVEN", "omschrijving": "Taalmaatjes", "reden": "test"}""", etag)
                .probleem(400);
        assertThat(Api.namen(p)).containsExactly("berekening");
        api.als(controller).put(pad, "{\"jaar\": 2017, \"onbekend\": 1}", etag).probleem(400);
    }

    @Test
    void de_controller_wijzigt_het_aantal_personen_en_het_saldo_en_de_overheveling_volgen() throws Exception {
        long eigen = programmas.aanmaken(ProgrammaServiceTest.BEHEERDER, WassenaarBegrotingTest.wassenaar(), "test",
                "test").id();
        String ctrl = new Accounts(mvc).maak("CONTROLLER", "\"programma\":" + eigen);
        String pad = "/api/v1/programmas/" + eigen + "/dekkingsregels/3";
        String regel = """
                {"jaar": 2017, "stroom": "INKOMSTEN", "omschrijving": "RMBA middelen 2017",
                 "berekening": "AANTAL_MAAL_TARIEF", "aantal": 23, "tariefsoort": "RMBA", "vermeldBedrag": 52140.00,
                 "reden": "Een statushouder meer gehuisvest"}""";
        assertThat(api.als(ctrl).put(pad, regel).probleem(400).toString()).contains("If-Match");
        String etag = api.als(ctrl).get("/api/v1/programmas/" + eigen).header("ETag");
        Api.Antwoord a = api.als(ctrl).put(pad, regel, etag);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("versies").get(0).path("wat").asString())
                .isEqualTo("Regel 3 van inkomsten en uitgaven gewijzigd");
        api.als(ctrl).put(pad, regel, etag).probleem(409);
        JsonNode d = api.als(ctrl).get("/api/v1/programmas/" + eigen + "/begroting").json(200).path("dekking");
        assertThat(d.path("jaren").get(0).path("totaalInkomsten").decimalValue()).isEqualByComparingTo("347296.00");
        assertThat(d.path("jaren").get(0).path("saldo").decimalValue()).isEqualByComparingTo("64630.00");
        assertThat(d.path("jaren").get(1).path("inkomsten").get(0).path("bedrag").decimalValue())
                .isEqualByComparingTo("64630.00");
        assertThat(audit.vanObject("programma", Long.toString(eigen))).extracting(AuditTrail.Gebeurtenis::actie)
                .contains("PROGRAMMA_DEKKINGSREGEL_GEZET");
        // the programme manager changes the plan, not the money
        api.als(manager).put("/api/v1/programmas/" + id + "/dekkingsregels/3", regel,
                api.als(manager).get("/api/v1/programmas/" + id).header("ETag")).probleem(403);
    }
}
