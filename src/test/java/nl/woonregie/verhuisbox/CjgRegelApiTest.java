package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.fouten;
import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The CJG rule through the API (issue 20 §1; 002:L7559–L7566): with minor children in the household the CJG
 * gezinscoach leads and a family talk is recorded ({@code POST casussen/{id}/gezinsgesprek}: day and gezinscoach)
 * before the search — Intake → Zoeken is a 409 naming {@code gezinsgesprek} until then; the task "Gezinsgesprek …"
 * closes itself when it is recorded; the recording is audited and happens once. On a team of its own.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CjgRegelApiTest {

    static final String A = Testteam.A;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam t;

    @BeforeAll
    void team() {
        t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
    }

    /** A referral with this many children taken into Intake, the intake and its checklist done. */
    long inIntake(String naam, int kinderen) {
        long id = t.api.als(t.aanmelder).post(A + "/meldingen", Testteam.melding(naam, kinderen)).json(201)
                .path("id").asLong();
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        t.api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + t.casemanager
                + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        t.overgang(t.coordinator, id, "INTAKE", "", 200);
        t.api.als(t.casemanager).put(A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true}]}").status(200);
        t.vinkAlles(t.casemanager, id, "INTAKE");
        return id;
    }

    List<String> openTaken(long id) {
        return jdbc.sql("select soort from vhb_taak where casus_id = ? and afgerond_op is null order by soort")
                .param(id).query(String.class).list();
    }

    JsonNode zoeken(long id, int verwacht) {
        var a = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overgangen",
                "{\"naar\":\"ZOEKEN\",\"reden\":\"intake klaar\"}");
        return verwacht == 200 ? a.json(200) : a.probleem(verwacht);
    }

    @Test
    void met_een_kind_gaat_het_zoeken_pas_na_het_vastgelegde_gezinsgesprek() {
        long id = inIntake("CJG Gezin", 2);
        assertThat(openTaken(id)).contains("GEZINSGESPREK", "INTAKE");
        JsonNode casus = t.api.als(t.casemanager).get(A + "/casussen/" + id).json();
        assertThat(casus.path("gezinsgesprek").isNull()).isTrue();

        JsonNode p = zoeken(id, 409);
        assertThat(fouten(p)).containsExactly("gezinsgesprek: met minderjarige kinderen in het huishouden leidt de "
                + "gezinscoach van het CJG: leg eerst het gezinsgesprek vast (datum en gezinscoach) voordat het zoeken "
                + "begint");

        JsonNode c = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/gezinsgesprek", "{\"datum\":\""
                + LocalDate.now() + "\",\"gezinscoach\":\" A. Jansen (CJG Den Haag) \"}").json(200);
        assertThat(c.path("gezinsgesprek").path("datum").asString()).isEqualTo(LocalDate.now()
                .toString());
        assertThat(c.path("gezinsgesprek").path("gezinscoach").asString()).isEqualTo("A. Jansen (CJG Den Haag)");
        assertThat(c.path("gezinsgesprek").path("vastgelegdDoor").asString()).isNotBlank();
        // the task closed itself; the intake's own task stays until the search starts
        assertThat(openTaken(id)).doesNotContain("GEZINSGESPREK").contains("INTAKE");
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_GEZINSGESPREK' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).list()).singleElement().asString()
                .startsWith("Gezinsgesprek gevoerd door de gezinscoach van het CJG (A. Jansen (CJG Den Haag)) op ");

        // once: a second recording is refused and changes nothing
        p = t.api.als(t.coordinator).post(A + "/casussen/" + id + "/gezinsgesprek", "{\"datum\":\"" + LocalDate.now()
                + "\",\"gezinscoach\":\"B. Bakker\"}").probleem(409);
        assertThat(namen(p)).containsExactly("gezinsgesprek");

        zoeken(id, 200);
        assertThat(openTaken(id)).doesNotContain("GEZINSGESPREK", "INTAKE");
        // after the intake the talk cannot be recorded any more (409 naming the state: here, it is already there)
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/gezinsgesprek", "{\"datum\":\""
                + LocalDate.now() + "\",\"gezinscoach\":\"B. Bakker\"}").probleem(409))).containsExactly(
                        "gezinsgesprek");
    }

    @Test
    void zonder_kinderen_geldt_de_regel_niet() {
        long id = inIntake("CJG Alleen", 0);
        assertThat(openTaken(id)).doesNotContain("GEZINSGESPREK");
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/gezinsgesprek", "{\"datum\":\""
                + LocalDate.now() + "\",\"gezinscoach\":\"B. Bakker\"}").probleem(409))).containsExactly("kinderen");
        zoeken(id, 200);
    }

    @Test
    void stoppen_in_de_intake_rondt_de_taak_af() {
        long id = inIntake("CJG Stopt", 1);
        assertThat(openTaken(id)).contains("GEZINSGESPREK");
        t.overgang(t.coordinator, id, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"GEEN_CONTACT\"", 200);
        assertThat(openTaken(id)).doesNotContain("GEZINSGESPREK");
        assertThat(namen(t.api.als(t.coordinator).post(A + "/casussen/" + id + "/gezinsgesprek", "{\"datum\":\""
                + LocalDate.now() + "\",\"gezinscoach\":\"B. Bakker\"}").probleem(409))).containsExactly("status");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leeg                     | {}                                                    | datum gezinscoach
            datum in de toekomst     | {"datum":"+1","gezinscoach":"A. Jansen"}              | datum
            datum voor de aanmelding | {"datum":"-30","gezinscoach":"A. Jansen"}             | datum
            gezinscoach leeg         | {"datum":"0","gezinscoach":"  "}                      | gezinscoach
            gezinscoach te lang      | {"datum":"0","gezinscoach":"LANG"}                    | gezinscoach
            geen datum               | {"datum":"gisteren","gezinscoach":"A. Jansen"}        | datum
            onbekend veld            | {"datum":"0","gezinscoach":"A. Jansen","kind":"Piet"} | kind
            """)
    void een_ongeldig_gezinsgesprek_noemt_elk_ongeldig_veld(String geval, String json, String velden) {
        long id = ongeldig == 0 ? (ongeldig = inIntake("CJG Ongeldig", 1)) : ongeldig;
        String body = json.replace("\"LANG\"", "\"" + "x".repeat(201) + "\"");
        for (String dagen : List.of("+1", "-30", "0")) {
            body = body.replace("\"" + dagen + "\"", "\"" + LocalDate.now().plusDays(Integer.parseInt(dagen)) + "\"");
        }
        JsonNode p = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/gezinsgesprek", body).probleem(400);
        assertThat(namen(p)).as(geval).containsExactlyInAnyOrder(velden.split(" "));
        assertThat(openTaken(id)).contains("GEZINSGESPREK");
    }

    long ongeldig;

    @Test
    void alleen_de_toegewezen_casemanager_en_de_coordinator_leggen_het_vast() {
        long id = inIntake("CJG Toegang", 1);
        String body = "{\"datum\":\"" + LocalDate.now() + "\",\"gezinscoach\":\"A. Jansen\"}";
        t.api.als(t.administratief).post(A + "/casussen/" + id + "/gezinsgesprek", body).probleem(403);
        t.api.als(t.consulent).post(A + "/casussen/" + id + "/gezinsgesprek", body).probleem(403);
        t.api.als(t.accounts.team("CASEMANAGER", t.team)).post(A + "/casussen/" + id + "/gezinsgesprek", body)
                .probleem(403);
        t.api.als(t.anderAccount("COORDINATOR")).post(A + "/casussen/" + id + "/gezinsgesprek", body).probleem(403);
        t.api.als(t.coordinator).post(A + "/casussen/" + id + "/gezinsgesprek", body).status(200);
    }
}
