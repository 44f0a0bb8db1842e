package nl.woonregie.verhuisbox.traject;

import static nl.woonregie.support.Api.ids;
import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.BrowserTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Long lists: the worklist and the list of cases are searched, filtered and paged by the server (name or case
 * number, state, kind of task, overdue), and show exactly the cases a role may read — the same rule that decides for
 * one case. On a team of its own with 42 referrals: twelve "Lijstcliënt" (seven in Melding, three taken up, two on
 * the waiting list) and then thirty "Bladercliënt" in Melding.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LijstenTest {

    static final String A = Testteam.A;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Testteam t;
    final List<Long> casussen = new ArrayList<>();
    long wachtend;

    @BeforeAll
    void team() {
        t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        for (int i = 1; i <= 12; i++) {
            casussen.add(t.meld((i == 5 ? "Zeldzaam_Naam%" : "Lijstcliënt ") + i));
        }
        for (int i = 7; i < 12; i++) {
            t.overgang(t.icp, casussen.get(i), "ICP_TOETS", "", 200);
        }
        for (int i = 10; i < 12; i++) {
            t.api.als(t.icp).post(A + "/casussen/" + casussen.get(i) + "/toets", Testteam.toets("VOLDAAN")).status(200);
        }
        wachtend = casussen.get(10);
        for (int i = 0; i < 30; i++) {
            casussen.add(t.meld("Bladercliënt " + i));
        }
        // the ICP's task of the first referral is overdue
        jdbc.sql("update vhb_taak set deadline = ? where casus_id = ? and soort = 'MELDING_BEOORDELEN'")
                .params(LocalDate.now().minusDays(3), casussen.get(0)).update();
    }

    JsonNode casussen(String wie, String query) {
        return t.api.als(wie).get(A + "/casussen" + query).json();
    }

    JsonNode taken(String wie, String query) {
        return t.api.als(wie).get(A + "/werklijst" + query).json();
    }

    @Test
    void de_casussen_worden_per_pagina_getoond_op_kenmerk() {
        JsonNode p1 = casussen(t.coordinator, "?paginaGrootte=5");
        assertThat(p1.path("totaalAantal").asLong()).isEqualTo(42);
        assertThat(ids(p1.path("casussen"))).containsExactlyElementsOf(casussen.subList(0, 5));
        JsonNode p3 = casussen(t.coordinator, "?paginaGrootte=5&pagina=3");
        assertThat(p3.path("pagina").asInt()).isEqualTo(3);
        assertThat(ids(p3.path("casussen"))).containsExactlyElementsOf(casussen.subList(10, 15));
        // beyond the last page: the last page
        JsonNode laatste = casussen(t.coordinator, "?paginaGrootte=5&pagina=99");
        assertThat(laatste.path("pagina").asInt()).isEqualTo(9);
        assertThat(ids(laatste.path("casussen"))).containsExactlyElementsOf(casussen.subList(40, 42));
    }

    @Test
    void zoeken_op_naam_of_kenmerk() {
        assertThat(ids(casussen(t.coordinator, "?zoek=lijstcliënt 1").path("casussen")))
                .containsExactly(casussen.get(0), casussen.get(9), casussen.get(10), casussen.get(11));
        assertThat(ids(casussen(t.coordinator, "?zoek=VHB-" + casussen.get(3)).path("casussen")))
                .containsExactly(casussen.get(3));
        assertThat(ids(casussen(t.coordinator, "?zoek=" + casussen.get(3)).path("casussen")))
                .containsExactly(casussen.get(3));
        // the characters of a LIKE pattern are searched as themselves
        assertThat(ids(casussen(t.coordinator, "?zoek=naam%").path("casussen"))).containsExactly(casussen.get(4));
        assertThat(casussen(t.coordinator, "?zoek=%").path("totaalAantal").asLong()).isEqualTo(1);
        assertThat(casussen(t.coordinator, "?zoek=_").path("totaalAantal").asLong()).isEqualTo(1);
    }

    @Test
    void filteren_op_status_soort_taak_en_te_laat() {
        assertThat(ids(casussen(t.coordinator, "?status=ICP_TOETS").path("casussen")))
                .containsExactlyElementsOf(casussen.subList(7, 10));
        assertThat(ids(casussen(t.coordinator, "?status=wachtlijst").path("casussen")))
                .containsExactlyElementsOf(casussen.subList(10, 12));
        assertThat(ids(casussen(t.coordinator, "?taak=BASIS_OP_ORDE").path("casussen")))
                .containsExactlyElementsOf(casussen.subList(10, 12));
        assertThat(ids(casussen(t.coordinator, "?teLaat=true").path("casussen"))).containsExactly(casussen.get(0));
        JsonNode eerste = casussen(t.coordinator, "?teLaat=ja").path("casussen").get(0);
        assertThat(eerste.path("openTaken").asInt()).isEqualTo(1);
        assertThat(eerste.path("teLaat").asInt()).isEqualTo(1);

        JsonNode icp = taken(t.icp, "?paginaGrootte=4");
        assertThat(icp.path("totaalAantal").asLong()).isEqualTo(40);
        // earliest deadline first: the overdue one
        assertThat(icp.path("taken").get(0).path("casus").asLong()).isEqualTo(casussen.get(0));
        assertThat(icp.path("taken").get(0).path("teLaat").asBoolean()).isTrue();
        assertThat(taken(t.icp, "?teLaat=true").path("totaalAantal").asLong()).isEqualTo(1);
        assertThat(taken(t.icp, "?status=ICP_TOETS").path("totaalAantal").asLong()).isEqualTo(3);
        assertThat(taken(t.icp, "?taak=INTAKE").path("totaalAantal").asLong()).isZero();
        assertThat(ids(taken(t.icp, "?zoek=Zeldzaam").path("taken"))).hasSize(1);
        assertThat(taken(t.icp, "?zoek=Zeldzaam").path("taken").get(0).path("casus").asLong())
                .isEqualTo(casussen.get(4));
        JsonNode basis = taken(t.consulent, "?taak=BASIS_OP_ORDE");
        List<Long> vanCasussen = new ArrayList<>();
        basis.path("taken").forEach(x -> vanCasussen.add(x.path("casus").asLong()));
        assertThat(vanCasussen).isNotEmpty().allMatch(c -> c.equals(casussen.get(10)) || c.equals(casussen.get(11)));
        assertThat(vanCasussen).containsAll(casussen.subList(10, 12));
    }

    @Test
    void een_ongeldige_zoekvraag_noemt_elk_ongeldig_deel() {
        JsonNode p = t.api.als(t.coordinator).get(A + "/casussen?status=KLAAR&taak=X&teLaat=misschien&pagina=0"
                + "&paginaGrootte=5000&zoek=" + "x".repeat(101)).probleem(400);
        assertThat(namen(p)).containsExactlyInAnyOrder("status", "taak", "teLaat", "pagina", "paginaGrootte", "zoek");
        assertThat(namen(t.api.als(t.icp).get(A + "/werklijst?taak=NIETS").probleem(400))).containsExactly("taak");
    }

    @Test
    void elke_rol_ziet_in_de_lijst_precies_de_casussen_die_zij_mag_openen() {
        long toegewezen = casussen.get(11);
        t.api.als(t.coordinator).put(A + "/casussen/" + toegewezen + "/toewijzing", "{\"casemanager\":\""
                + t.casemanager + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        for (String wie : List.of(t.icp, t.casemanager, t.administratief, t.consulent, t.coordinator,
                t.account("CASEMANAGER"))) {
            List<Long> inLijst = ids(casussen(wie, "?paginaGrootte=1000").path("casussen"));
            List<Long> teOpenen = jdbc.sql("select id from vhb_casus where team_id = ? order by id").param(t.team)
                    .query(Long.class).list().stream()
                    .filter(id -> t.api.als(wie).get(A + "/casussen/" + id).status() == 200).toList();
            assertThat(inLijst).as(wie).containsExactlyElementsOf(teOpenen);
        }
        assertThat(ids(casussen(t.casemanager, "").path("casussen"))).containsExactly(toegewezen);
        assertThat(ids(casussen(t.consulent, "").path("casussen"))).containsExactly(casussen.get(10), toegewezen);
        t.api.als(t.aanmelder).get(A + "/casussen").probleem(403);
        t.api.als(t.anderAccount("COORDINATOR")).get(A + "/casussen").json().path("casussen").forEach(c ->
                assertThat(casussen).doesNotContain(c.path("id").asLong()));
    }

    @Test
    void de_paginas_tonen_zoekvraag_en_bladeren_met_de_zoekvraag_in_het_adres() {
        String html = t.api.als(t.coordinator).get("/verhuisbox/casussen?zoek=Lijstcliënt&pagina=1").tekst();
        // 11 of 12 match; one page of 25
        assertThat(html).contains("11 casussen voldoen aan de zoekvraag").contains("value=\"Lijstcli&euml;nt\"")
                .doesNotContain("Zeldzaam_Naam");
        html = t.api.als(t.coordinator).get("/verhuisbox/casussen?zoek=Bladercliënt&status=MELDING").tekst();
        assertThat(html).contains("Pagina 1 van 2").contains("rel=\"next\"")
                .contains("?zoek=Bladercli%C3%ABnt&amp;status=MELDING&amp;pagina=2");
        html = t.api.als(t.coordinator).get("/verhuisbox/casussen?zoek=Bladercliënt&status=MELDING&pagina=2").tekst();
        assertThat(html).contains("Pagina 2 van 2").contains("rel=\"prev\"").contains("26 tot en met 30");
        html = t.api.als(t.icp).get("/verhuisbox?teLaat=ja").tekst();
        assertThat(html).contains("1 open taak voldoet aan de zoekvraag").contains("Lijstcliënt 1");
        // a search that cannot be read is named at its field, and the list is shown without it
        html = t.api.als(t.coordinator).get("/verhuisbox/casussen?status=KLAAR").tekst();
        assertThat(html).contains("id=\"filter-status-fout\"").contains("42 casussen; 1 tot en met 25");
    }
}
