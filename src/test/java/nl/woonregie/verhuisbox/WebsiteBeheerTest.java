package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import nl.woonregie.support.Api;
import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * The maintained list of housing sites, per team: a coordinator adds and changes the sites of its own team (a national
 * site gets the team's own version), with every invalid field named; another team's list stays as it is.
 */
@BrowserTest
class WebsiteBeheerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinator_voegt_een_website_toe_en_wijzigt_kosten_en_regels() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/verhuisbox/websites").contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"Woonnet Test\",\"regio\":\"Testregio\",\"provincies\":[\"Drenthe\"],"
                        + "\"kosten\":25.00,\"verlenging\":\"jaarlijks, 10 euro\"}")
                .with(httpBasic("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        long id = jdbc.sql("select id from vhb_website where naam = 'Woonnet Test'").query(Long.class).single();
        MvcResult w = mvc.perform(put("/api/v1/verhuisbox/websites/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"Woonnet Test\",\"kosten\":30,\"notities\":\"Corporatie X vraagt binding.\"}")
                .with(httpBasic("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(w.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select kosten from vhb_website where id = ?").param(id).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("30");
        assertThat(jdbc.sql("select count(*) from audit_log where actie like 'VHB_WEBSITE_%' and object_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
        MvcResult fout = mvc.perform(put("/api/v1/verhuisbox/websites/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\" \",\"kosten\":-1,\"provincies\":[\"\"]}")
                .with(httpBasic("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(fout.getResponse().getStatus()).isEqualTo(400);
        assertThat(fout.getResponse().getContentAsString()).contains("naam").contains("kosten").contains("provincies[0]");
        assertThat(mvc.perform(put("/api/v1/verhuisbox/websites/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"naam\":\"x\"}").with(httpBasic("vhb-casemanager", BrowserTest.DEMO_WACHTWOORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    JsonNode site(Testteam t, String coordinator, String naam) {
        for (JsonNode w : t.api.als(coordinator).get(Testteam.A + "/websites").json().path("websites")) {
            if (w.path("naam").asString().equals(naam)) {
                return w;
            }
        }
        return null;
    }

    @Test
    void een_coordinator_wijzigt_alleen_de_lijst_van_het_eigen_team() {
        Testteam t = new Testteam(mvc, jdbc);
        String a = t.coordinator;
        String b = t.anderAccount("COORDINATOR");
        long landelijk = jdbc.sql("select id from vhb_website where naam = 'Entree' and team_id is null")
                .query(Long.class).single();
        String entree = "{\"naam\":\"Entree\",\"kosten\":12.50,\"notities\":\"Team A: via de balie\"}";

        // changing a national site makes the team's own version; the national list and the other team keep theirs
        long versie = t.api.als(a).put(Testteam.A + "/websites/" + landelijk, entree).json().path("id").asLong();
        assertThat(versie).isNotEqualTo(landelijk);
        assertThat(site(t, a, "Entree").path("id").asLong()).isEqualTo(versie);
        assertThat(site(t, a, "Entree").path("kosten").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(site(t, b, "Entree").path("id").asLong()).isEqualTo(landelijk);
        assertThat(site(t, b, "Entree").path("notities").isNull()).isTrue();
        assertThat(jdbc.sql("select notities is null from vhb_website where id = ?").param(landelijk)
                .query(Boolean.class).single()).isTrue();
        // a second change changes that version, no new one
        assertThat(t.api.als(a).put(Testteam.A + "/websites/" + landelijk, entree).json().path("id").asLong())
                .isEqualTo(versie);
        assertThat(t.api.als(a).put(Testteam.A + "/websites/" + versie, entree).json().path("id").asLong())
                .isEqualTo(versie);
        // another team's site is not there for a coordinator
        t.api.als(b).put(Testteam.A + "/websites/" + versie, "{\"naam\":\"Overgenomen\"}").probleem(404);
        assertThat(site(t, a, "Entree").path("notities").asString()).isEqualTo("Team A: via de balie");

        // added sites: the team's own; names unique per team (also against the national list it sees)
        long eigen = t.api.als(a).post(Testteam.A + "/websites", "{\"naam\":\"Eigen site A\"}").json(201)
                .path("id").asLong();
        assertThat(site(t, b, "Eigen site A")).isNull();
        t.api.als(b).post(Testteam.A + "/websites", "{\"naam\":\"Eigen site A\"}").status(201);
        t.api.als(a).post(Testteam.A + "/websites", "{\"naam\":\"eigen site a\"}").probleem(409);
        t.api.als(a).post(Testteam.A + "/websites", "{\"naam\":\"Thuis in Limburg\"}").probleem(409);
        t.api.als(b).put(Testteam.A + "/websites/" + eigen, "{\"naam\":\"Eigen site A\"}").probleem(404);
        assertThat(jdbc.sql("select count(*) from audit_log where actie like 'VHB_WEBSITE_%' and object_id = ? and "
                + "actor = ?").params(String.valueOf(versie), a).query(Long.class).single()).isEqualTo(3);

        // a registration is made on a site of the case's team only
        t.capaciteit(java.time.LocalDate.now().getYear(), 50);
        long casus = t.inZoeken("Website Teamcliënt");
        long vanB = t.api.als(b).post(Testteam.A + "/websites", "{\"naam\":\"Alleen team B\"}").json(201)
                .path("id").asLong();
        JsonNode p = t.api.als(t.administratief).post(Testteam.A + "/casussen/" + casus + "/inschrijvingen",
                "{\"website\":" + vanB + ",\"datum\":\"" + java.time.LocalDate.now() + "\"}").probleem(400);
        assertThat(Api.namen(p)).containsExactly("website");
        t.api.als(t.administratief).post(Testteam.A + "/casussen/" + casus + "/inschrijvingen", "{\"website\":"
                + versie + ",\"datum\":\"" + java.time.LocalDate.now() + "\"}").status(201);

        // setting its version inactive takes the site off the team's list (and only the team's)
        t.api.als(a).put(Testteam.A + "/websites/" + versie, "{\"naam\":\"Entree\",\"actief\":false}").json();
        assertThat(site(t, a, "Entree")).isNull();
        assertThat(site(t, b, "Entree")).isNotNull();
    }
}
