package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Housing in the client's own network through the API (issue 20 §1; 002:L85–L87): the intervention is recorded on the
 * case ({@code POST casussen/{id}/netwerk}: with whom, from when, briefadres, kostendelersnorm), once, in Intake,
 * Zoeken or Aanbod; then the casemanager closes the case with the outcome {@code GEHUISVEST_NETWERK}, which the
 * report counts under its own key of {@code AFGESLOTEN_PER_UITKOMST} (with its drill-down) and not as a move. Every
 * transition's tasks close. On a team of its own.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetwerkApiTest {

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

    String netwerk(String bij, boolean briefadres) {
        return "{\"bij\":\"" + bij + "\",\"datum\":\"" + LocalDate.now() + "\",\"briefadres\":" + briefadres
                + ",\"kostendelersnormUit\":true}";
    }

    List<String> openTaken(long id) {
        return jdbc.sql("select soort from vhb_taak where casus_id = ? and afgerond_op is null order by soort")
                .param(id).query(String.class).list();
    }

    @Test
    void gehuisvest_in_het_eigen_netwerk_is_een_eigen_uitkomst_met_een_eigen_sleutel_in_de_rapportage() {
        long id = t.inZoekenMet(Testteam.melding("Netwerk Zus", 0));
        // closing as housed in the network needs the intervention first
        JsonNode p = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\","
                + "\"reden\":\"woont bij zus\",\"uitkomst\":\"GEHUISVEST_NETWERK\"}").probleem(409);
        assertThat(namen(p)).containsExactly("netwerk");

        JsonNode c = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/netwerk",
                netwerk(" bij zus in Zoetermeer ", true)).json(200);
        assertThat(c.path("netwerk").path("bij").asString()).isEqualTo("bij zus in Zoetermeer");
        assertThat(c.path("netwerk").path("briefadres").asBoolean()).isTrue();
        assertThat(c.path("netwerk").path("kostendelersnormUit").asBoolean()).isTrue();
        assertThat(c.path("status").asString()).isEqualTo("ZOEKEN");
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_NETWERK' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single())
                .startsWith("Huisvesting in het eigen netwerk bij bij zus in Zoetermeer per ")
                .endsWith("briefadres ja, kostendelersnorm buiten toepassing");
        // once
        assertThat(namen(t.api.als(t.coordinator).post(A + "/casussen/" + id + "/netwerk", netwerk("oom", false))
                .probleem(409))).containsExactly("netwerk");
        // the coordinator does not close after housing (the casemanager does, as after a move); no destination code
        t.api.als(t.coordinator).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":"
                + "\"x\",\"uitkomst\":\"GEHUISVEST_NETWERK\"}").probleem(403);
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":"
                + "\"AFGESLOTEN\",\"reden\":\"x\",\"uitkomst\":\"GEHUISVEST_NETWERK\",\"bestemmingCode\":\"GM0637\"}")
                .probleem(409))).containsExactly("bestemmingCode");

        c = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":\"AFGESLOTEN\",\"reden\":"
                + "\"woont bij zus\",\"uitkomst\":\"GEHUISVEST_NETWERK\"}").json(200);
        assertThat(c.path("status").asString()).isEqualTo("AFGESLOTEN");
        assertThat(c.path("uitkomst").asString()).isEqualTo("GEHUISVEST_NETWERK");
        assertThat(c.path("gehuisvestOp").asString()).isEqualTo(LocalDate.now().toString());
        // every task of the search is closed, and no aftercare of a move is planned
        assertThat(openTaken(id)).isEmpty();

        String periode = "?van=" + LocalDate.now().withDayOfYear(1) + "&tot=" + LocalDate.now();
        JsonNode r = t.api.als(t.coordinator).get(A + "/rapportage" + periode).json();
        List<String> delen = new ArrayList<>();
        Integer gehuisvest = null;
        for (JsonNode x : r.path("cijfers")) {
            if (x.path("code").asString().equals("AFGESLOTEN_PER_UITKOMST")) {
                x.path("delen").forEach(d -> delen.add(d.path("sleutel").asString() + "=" + d.path("waarde").asInt()
                        + " " + d.path("label").asString()));
            }
            if (x.path("code").asString().equals("GEHUISVEST")) {
                gehuisvest = x.path("waarde").asInt();
            }
        }
        assertThat(delen).containsExactly("GEHUISVEST_NETWERK=1 gehuisvest in het eigen netwerk");
        assertThat(gehuisvest).isZero();
        JsonNode d = t.api.als(t.coordinator).get(A + "/rapportage/AFGESLOTEN_PER_UITKOMST/casussen" + periode
                + "&sleutel=GEHUISVEST_NETWERK").json();
        assertThat(d.path("casussen")).hasSize(1);
        assertThat(d.path("casussen").get(0).path("casus").asLong()).isEqualTo(id);
        for (JsonNode k : r.path("controles")) {
            assertThat(k.path("klopt").asBoolean()).as(k.path("code").asString()).isTrue();
        }
    }

    @Test
    void buiten_intake_zoeken_of_aanbod_wordt_geen_netwerk_vastgelegd() {
        long id = t.meld("Netwerk Wachtlijst");
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        t.api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + t.casemanager
                + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/netwerk", netwerk("tante", false))
                .probleem(409))).containsExactly("status");
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/overgangen", "{\"naar\":"
                + "\"AFGESLOTEN\",\"reden\":\"x\",\"uitkomst\":\"GEHUISVEST_NETWERK\"}").probleem(409)))
                .containsExactly("uitkomst");
        t.api.als(t.administratief).post(A + "/casussen/" + id + "/netwerk", netwerk("tante", false)).probleem(403);
        // a case left on the waiting list would stand before the next test's case: it stops
        t.overgang(t.coordinator, id, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"ANDERS\"", 200);
    }

    long inZoeken;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leeg                  | {}                                                                                   | bij datum briefadres kostendelersnormUit
            bij leeg              | {"bij":" ","datum":"0","briefadres":true,"kostendelersnormUit":false}               | bij
            bij te lang           | {"bij":"LANG","datum":"0","briefadres":true,"kostendelersnormUit":false}            | bij
            datum in de toekomst  | {"bij":"zus","datum":"+1","briefadres":true,"kostendelersnormUit":false}            | datum
            datum voor aanmelding | {"bij":"zus","datum":"-30","briefadres":true,"kostendelersnormUit":false}           | datum
            geen keuzes           | {"bij":"zus","datum":"0"}                                                            | briefadres kostendelersnormUit
            """)
    void een_ongeldig_netwerk_noemt_elk_ongeldig_veld(String geval, String json, String velden) {
        long id = inZoeken == 0 ? (inZoeken = t.inZoekenMet(Testteam.melding("Netwerk Ongeldig", 0))) : inZoeken;
        String body = json.replace("\"LANG\"", "\"" + "x".repeat(201) + "\"");
        for (String dagen : List.of("+1", "-30", "0")) {
            body = body.replace("\"" + dagen + "\"", "\"" + LocalDate.now().plusDays(Integer.parseInt(dagen)) + "\"");
        }
        assertThat(namen(t.api.als(t.casemanager).post(A + "/casussen/" + id + "/netwerk", body).probleem(400)))
                .as(geval).containsExactlyInAnyOrder(velden.split(" "));
    }
}
