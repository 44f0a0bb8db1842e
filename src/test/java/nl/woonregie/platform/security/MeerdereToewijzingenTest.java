package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * One person, several assignments: a municipality's policy officer who is also a casemanager of a Verhuisbox team has
 * the rights of both, lands on a choice of the two and sees both in the menu; the administrator gives the Verhuisbox
 * role only through the coordinator, takes it at once, and deactivates and activates the account under the same rule.
 */
@IntegratieTest
class MeerdereToewijzingenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Accounts accounts;
    long team;
    String coordinator;

    @BeforeEach
    void team() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
        team = jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, 'GM0518') returning id")
                .param("Meerdere rollen " + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        coordinator = accounts.team("COORDINATOR", team);
    }

    /** Approves an account request as the team's coordinator. */
    void keurGoed(JsonNode verzoek) {
        api.als(coordinator).post("/api/v1/accountverzoeken/" + verzoek.path("id").asLong() + "/goedkeuring", "{}")
                .status(200);
    }

    String gemeenteMetCasemanager() {
        String naam = accounts.gemeente("GM0518");
        JsonNode verzoek = api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + naam, """
                {"toewijzingen": [{"rol": "GEMEENTE", "gemeente": "GM0518"}, {"rol": "CASEMANAGER", "team": %d}]}"""
                .formatted(team)).json(202);
        assertThat(verzoek.path("soort").asString()).isEqualTo("TOEWIJZING");
        assertThat(Api.velden(verzoek.path("toewijzingen"), "rol")).containsExactly("CASEMANAGER");
        // until the coordinator decides, the account is a municipality's only
        api.als(naam).get("/api/v1/verhuisbox/werklijst").status(403);
        keurGoed(verzoek);
        return naam;
    }

    @Test
    void gemeente_en_casemanager_heeft_de_rechten_van_allebei_en_kiest_waar_te_beginnen() throws Exception {
        String naam = gemeenteMetCasemanager();
        api.als(naam).get("/api/v1/gemeenten/GM0518/toezicht").status(200);
        api.als(naam).get("/api/v1/gemeenten/GM0599/toezicht").status(403);
        api.als(naam).get("/api/v1/verhuisbox/werklijst").status(200);
        api.als(naam).get("/api/v1/verhuisbox/wachtlijst").status(403);
        JsonNode account = api.als(Api.BEHEERDER).get("/api/v1/gebruikers/" + naam).json(200);
        assertThat(Api.velden(account.path("toewijzingen"), "rol")).containsExactly("GEMEENTE", "CASEMANAGER");

        MockHttpServletResponse inloggen = mvc.perform(MockMvcRequestBuilders.post("/inloggen")
                .param("username", naam).param("password", Accounts.WACHTWOORD).with(csrf())).andReturn().getResponse();
        Cookie sessie = inloggen.getCookie(BeveiligingskoppenTest.SESSIE);
        MockHttpServletResponse start = mvc.perform(MockMvcRequestBuilders.get("/start").cookie(sessie)
                .accept(MediaType.TEXT_HTML)).andReturn().getResponse();
        assertThat(start.getStatus()).isEqualTo(200);
        String html = start.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("Waar wilt u beginnen?").contains("href=\"/gemeenten/GM0518\"")
                .contains("href=\"/verhuisbox\"").contains(">Mijn gemeente<").contains(">Verhuisbox<");
    }

    @Test
    void de_beheerder_neemt_de_verhuisbox_rol_direct_weg_en_deactiveert_en_activeert_onder_de_goedkeuringsregel() {
        String naam = gemeenteMetCasemanager();
        JsonNode zonder = api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + naam,
                "{\"toewijzingen\": [{\"rol\": \"GEMEENTE\", \"gemeente\": \"GM0518\"}]}").json(200);
        assertThat(Api.velden(zonder.path("toewijzingen"), "rol")).containsExactly("GEMEENTE");
        api.als(naam).get("/api/v1/verhuisbox/werklijst").status(403);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'TOEWIJZINGEN_GEWIJZIGD' and object_id = ?")
                .param(naam).query(Long.class).single()).isEqualTo(2);

        // without a Verhuisbox role: deactivated and activated again at once
        api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + naam, "{\"actief\": false}").json(200);
        api.als(naam).get("/api/v1/provincies").status(401);
        api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + naam, "{\"actief\": true}").json(200);
        api.als(naam).get("/api/v1/provincies").status(200);

        // with one: deactivated at once, active again only when the coordinator approves
        String casemanager = accounts.team("CASEMANAGER", team);
        api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + casemanager, "{\"actief\": false}").json(200);
        api.als(casemanager).get("/api/v1/verhuisbox/werklijst").status(401);
        JsonNode verzoek = api.als(Api.BEHEERDER).put("/api/v1/gebruikers/" + casemanager, "{\"actief\": true}")
                .json(202);
        assertThat(verzoek.path("soort").asString()).isEqualTo("HERACTIVERING");
        api.als(casemanager).get("/api/v1/verhuisbox/werklijst").status(401);
        keurGoed(verzoek);
        api.als(casemanager).get("/api/v1/verhuisbox/werklijst").status(200);
        assertThat(jdbc.sql("select actor from audit_log where actie = 'GEBRUIKER_GEACTIVEERD' and object_id = ?")
                .param(casemanager).query(String.class).single()).isEqualTo(coordinator);
    }

    @Test
    void een_account_heeft_zijn_verhuisbox_rollen_in_een_team_en_geen_rol_zonder_bestaande_scope() {
        long ander = jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, 'GM0599') returning id")
                .param("Ander team " + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        JsonNode probleem = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", """
                {"gebruikersnaam": "twee-teams-%s", "toewijzingen": [{"rol": "CASEMANAGER", "team": %d},
                 {"rol": "CONSULENT", "team": %d}]}""".formatted(UUID.randomUUID().toString().substring(0, 8), team,
                ander)).probleem(400);
        assertThat(Api.reden(probleem, "toewijzingen[1].team")).contains("één team");

        probleem = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", """
                {"gebruikersnaam": "programma-%s", "wachtwoord": "%s", "toewijzingen": [
                 {"rol": "PROGRAMMAMANAGER", "programma": 999999999}, {"rol": "BESTUUR"},
                 {"rol": "TOEZICHTHOUDER", "provincie": "PV28", "gemeente": "GM0518"}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), Accounts.WACHTWOORD)).probleem(400);
        assertThat(Api.reden(probleem, "toewijzingen[0].programma")).isEqualTo("onbekend");
        assertThat(Api.reden(probleem, "toewijzingen[1].gemeente")).contains("verplicht voor de rol bestuur");
        assertThat(Api.reden(probleem, "toewijzingen[2].gemeente")).contains("niet toegestaan");

        // the roles of the coming modules whose scope exists can be given now
        String naam = "nieuwe-rollen-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode account = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", """
                {"gebruikersnaam": "%s", "wachtwoord": "%s", "toewijzingen": [{"rol": "RIJK"},
                 {"rol": "BELEIDSMEDEWERKER", "provincie": "PV28"}, {"rol": "BESTUUR", "gemeente": "GM0518"}]}"""
                .formatted(naam, Accounts.WACHTWOORD)).json(201);
        assertThat(Api.velden(account.path("toewijzingen"), "rol")).containsExactly("RIJK", "BELEIDSMEDEWERKER",
                "BESTUUR");
        // they see no supervision data (their modules come later)
        api.als(naam).get("/api/v1/gemeenten/GM0518/toezicht").status(403);
        assertThat(List.of(api.als(naam).get("/api/v1/provincies").status())).containsExactly(200);
    }
}
