package nl.woonregie.verhuisbox;

import static nl.woonregie.support.Api.namen;
import static nl.woonregie.verhuisbox.Testteam.A;
import static nl.woonregie.verhuisbox.Testteam.toets;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The self-finder's route (issue 20 (a), ADR 0043) through the API, on a new team of its own: a referral with
 * {@code route} ALLEEN_GELD goes from the ICP-toets to Alleen geld — never the waiting list or the intake, with this
 * year's capacity used up (0 places) and changing no category's capacity or started count — and from there, assigned
 * by the coordinator, through the recorded home (a refused offer back to Alleen geld), the accepted offer, a grant with
 * four eyes and closing as Verhuisd; the report counts it as screened and started on its day and as housed under
 * ALLEEN_GELD, each number equal to its drill-down.
 */
@IntegratieTest
class AlleenGeldApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam t;
    Api api;
    int jaar;

    @BeforeEach
    void team() {
        t = new Testteam(mvc, jdbc);
        api = t.api;
        jaar = LocalDate.now().getYear();
        // this year's capacity is used up: no place in either category
        t.capaciteit(jaar, "HUISHOUDEN", 0);
        t.capaciteit(jaar, "JONGERE", 0);
    }

    String status(long id) {
        return jdbc.sql("select status from vhb_casus where id = ?").param(id).query(String.class).single();
    }

    String aanbod(String adres) {
        return "{\"gemeente\":\"Heerlen\",\"corporatie\":\"Vincio Wonen\",\"adres\":\"" + adres + "\",\"huur\":612.50,"
                + "\"deadline\":\"" + LocalDate.now().plusDays(3) + "\"}";
    }

    long bied(long id, String adres) {
        return api.als(t.casemanager).post(A + "/casussen/" + id + "/aanbiedingen", aanbod(adres)).json(201)
                .path("aanbiedingen").get(0).path("id").asLong();
    }

    @Test
    void een_zelfvinder_gaat_van_melding_naar_verhuizing_zonder_wachtlijst_en_capaciteit() {
        t.geldjaar(jaar, "220000.00");
        JsonNode wachtlijstVoor = api.als(t.coordinator).get(A + "/wachtlijst").json();
        JsonNode m = api.als(t.aanmelder).post(A + "/meldingen",
                Testteam.alleenGeld(Testteam.melding("Zelfvinder Route", 1))).json(201);
        long id = m.path("id").asLong();
        assertThat(m.path("status").asString()).isEqualTo("MELDING");

        // the ICP screens as today; every hard criterion met → Alleen geld, not the waiting list
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        JsonNode toets = api.als(t.icp).post(A + "/casussen/" + id + "/toets", toets("VOLDAAN")).json();
        assertThat(toets.path("besluit").asString()).isEqualTo("ALLEEN_GELD");
        assertThat(toets.path("status").asString()).isEqualTo("ALLEEN_GELD");
        JsonNode casus = api.als(t.coordinator).get(A + "/casussen/" + id).json();
        assertThat(casus.path("status").asString()).isEqualTo("ALLEEN_GELD");
        assertThat(casus.path("route").asString()).isEqualTo("ALLEEN_GELD");
        assertThat(api.als(t.aanmelder).get(A + "/meldingen/" + id).json().path("wachtlijstPositie").isNumber())
                .isFalse();

        // the waiting list untouched: not among the places, capacity and started unchanged
        JsonNode wachtlijst = api.als(t.coordinator).get(A + "/wachtlijst").json();
        assertThat(wachtlijst.toString()).doesNotContain("\"casus\":" + id + ",");
        for (String categorie : List.of("HUISHOUDEN", "JONGERE")) {
            assertThat(wachtlijst.path(categorie).path("plaatsen").size()).isZero();
            assertThat(wachtlijst.path(categorie).path("capaciteit"))
                    .isEqualTo(wachtlijstVoor.path(categorie).path("capaciteit"));
            assertThat(wachtlijst.path(categorie).path("gestart"))
                    .isEqualTo(wachtlijstVoor.path(categorie).path("gestart"));
        }
        // no step of the regular route applies
        assertThat(namen(api.als(t.coordinator).post(A + "/casussen/" + id + "/overgangen",
                "{\"naar\":\"INTAKE\",\"reden\":\"x\"}").probleem(409))).containsExactly("naar");

        // the home is recorded once a casemanager is assigned (by the coordinator)
        assertThat(namen(api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\""
                + t.icp + "\"}").probleem(400))).containsExactly("casemanager");
        api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + t.casemanager
                + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        long eerste = bied(id, "Akerstraat 1");
        assertThat(status(id)).isEqualTo("AANBOD");
        // a refused offer goes back to Alleen geld, never to searching
        api.als(t.casemanager).post(A + "/aanbiedingen/" + eerste + "/besluit", "{\"besluit\":\"GEWEIGERD_CLIENT\"}")
                .status(200);
        assertThat(status(id)).isEqualTo("ALLEEN_GELD");
        // the administratief records the next home, the casemanager decides
        long tweede = api.als(t.administratief).post(A + "/casussen/" + id + "/aanbiedingen", aanbod("Akerstraat 3"))
                .json(201).path("aanbiedingen").get(0).path("id").asLong();
        t.vinkAlles(t.casemanager, id, "AANBOD");
        api.als(t.casemanager).post(A + "/aanbiedingen/" + tweede + "/besluit", "{\"besluit\":\"AANVAARD\"}")
                .status(200);
        assertThat(status(id)).isEqualTo("VERHUIZING");

        // a grant with four eyes, as today
        long v = api.als(t.casemanager).post(A + "/casussen/" + id + "/verstrekkingen",
                "{\"soort\":\"INRICHTING\",\"woonoppervlakte\":64,\"bedrag\":900.00,\"toelichting\":\"inrichting\"}").json(201).path("id")
                .asLong();
        api.als(t.consulent).post(A + "/verstrekkingen/" + v + "/goedkeuring", "{}").status(200);
        assertThat(jdbc.sql("select status from vhb_verstrekking where id = ?").param(v).query(String.class)
                .single()).isEqualTo("GOEDGEKEURD");

        t.vinkAlles(t.casemanager, id, "VERHUIZING");
        t.overgang(t.casemanager, id, "AFGESLOTEN", ",\"uitkomst\":\"VERHUISD\",\"bestemmingCode\":\"GM0917\"", 200);
        assertThat(jdbc.sql("select string_agg(naar, ',' order by id) from vhb_statuswijziging where casus_id = ?")
                .param(id).query(String.class).single())
                .isEqualTo("MELDING,ICP_TOETS,ALLEEN_GELD,AANBOD,ALLEEN_GELD,AANBOD,VERHUIZING,AFGESLOTEN");
        String tijdlijn = api.als(t.casemanager).get(A + "/casussen/" + id + "/tijdlijn").json().toString();
        assertThat(tijdlijn).contains("ICP-toets → Alleen geld").doesNotContain("Wachtlijst", "Intake");

        // the report: screened and started today, housed under ALLEEN_GELD; each number = its drill-down
        String vandaag = LocalDate.now().toString();
        JsonNode r = api.als(t.coordinator).get(A + "/rapportage?van=" + vandaag + "&tot=" + vandaag).json();
        for (String code : List.of("GESCREEND", "GESTART", "GEHUISVEST")) {
            JsonNode c = cijfer(r, code);
            assertThat(c.path("waarde").asInt()).as(code).isEqualTo(1);
            assertThat(drilldown(c)).as(code).containsExactly(id);
        }
        assertThat(cijfer(r, "WACHTTIJD_TOT_INTAKE_DAGEN").path("casussen").asInt()).isEqualTo(1);
        JsonNode dienst = cijfer(r, "GEHUISVEST_PER_DIENSTVERLENING");
        assertThat(dienst.path("delen").size()).isEqualTo(1);
        JsonNode deel = dienst.path("delen").get(0);
        assertThat(deel.path("sleutel").asString()).isEqualTo("ALLEEN_GELD");
        assertThat(deel.path("waarde").asInt()).isEqualTo(1);
        assertThat(drilldown(deel)).containsExactly(id);
    }

    static JsonNode cijfer(JsonNode rapport, String code) {
        for (JsonNode c : rapport.path("cijfers")) {
            if (c.path("code").asString().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("geen cijfer " + code);
    }

    List<Long> drilldown(JsonNode cijfer) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode c : api.als(t.coordinator).get(cijfer.path("casussenUrl").asString()).json().path("casussen")) {
            ids.add(c.path("casus").asLong());
        }
        return ids;
    }

    @Test
    void een_geweigerde_zelfvinder_blijft_geweigerd_en_een_zelfvinder_kan_stoppen() {
        long geweigerd = t.meldAlleenGeld("Zelfvinder Geweigerd");
        t.overgang(t.icp, geweigerd, "ICP_TOETS", "", 200);
        assertThat(api.als(t.icp).post(A + "/casussen/" + geweigerd + "/toets", toets("NIET_VOLDAAN")).json()
                .path("besluit").asString()).isEqualTo("GEWEIGERD");
        assertThat(status(geweigerd)).isEqualTo("GEWEIGERD");

        long gestopt = t.meldAlleenGeld("Zelfvinder Gestopt");
        t.overgang(t.icp, gestopt, "ICP_TOETS", "", 200);
        api.als(t.icp).post(A + "/casussen/" + gestopt + "/toets", toets("VOLDAAN")).status(200);
        t.overgang(t.coordinator, gestopt, "AFGESLOTEN", ",\"uitkomst\":\"GESTOPT\",\"stopreden\":\"NIET_GEMOTIVEERD\"",
                200);
        assertThat(status(gestopt)).isEqualTo("AFGESLOTEN");
    }

    @Test
    void de_route_is_regulier_of_alleen_geld_en_elke_andere_waarde_is_een_fout() {
        long regulier = t.meld("Zonder Route");
        assertThat(api.als(t.coordinator).get(A + "/casussen/" + regulier).json().path("route").asString())
                .isEqualTo("REGULIER");
        String melding = Testteam.melding("Foute Route", 1);
        String fout = melding.substring(0, melding.lastIndexOf('}')) + ",\"route\":\"SNEL\",\"volwassenen\":0}";
        fout = fout.replace("\"volwassenen\":1,", "");
        assertThat(api.als(t.aanmelder).post(A + "/meldingen", fout).ongeldigeVelden())
                .containsExactlyInAnyOrder("route", "volwassenen");
    }
}
