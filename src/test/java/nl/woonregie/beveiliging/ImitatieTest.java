package nl.woonregie.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The administrator cannot become a case worker: no API token for someone else's account, no working account with a
 * Verhuisbox role and no new password of one without the team's coordinator's approval, never knowing a new
 * password — and every step in the audit trail under whoever took it.
 */
@IntegratieTest
class ImitatieTest {

    static final String NIEUW = "Tulpen-langs-de-Vliet-88";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    int basic(String naam, String wachtwoord) throws Exception {
        return mvc.perform(get("/api/v1/verhuisbox/criteria/2024").with(httpBasic(naam, wachtwoord))).andReturn()
                .getResponse().getStatus();
    }

    List<String> audit(String objectType, String objectId) {
        return jdbc.sql("select actie || ' door ' || actor from audit_log where object_type = ? and object_id = ? "
                + "order by id").params(objectType, objectId).query(String.class).list();
    }

    List<JsonNode> takenVan(Api api, String coordinator) {
        List<JsonNode> taken = new ArrayList<>();
        api.als(coordinator).get(Testteam.A + "/werklijst").json().path("taken").forEach(taken::add);
        return taken;
    }

    @Test
    void de_beheerder_maakt_geen_token_voor_een_casemanager_alleen_de_casemanager_zelf() {
        Testteam t = new Testteam(mvc, jdbc);
        Api api = t.api;
        api.als(Api.BEHEERDER).post("/api/v1/api-tokens", "{\"naam\":\"kluis\",\"gebruikersnaam\":\"" + t.casemanager
                + "\"}").probleem(403);
        api.als(t.coordinator).post("/api/v1/api-tokens", "{\"naam\":\"kluis\",\"gebruikersnaam\":\"" + t.casemanager
                + "\"}").probleem(403);
        assertThat(jdbc.sql("select count(*) from api_token a join gebruiker g on g.id = a.gebruiker_id "
                + "where g.gebruikersnaam = ?").param(t.casemanager).query(Long.class).single()).isZero();

        JsonNode eigen = api.als(t.casemanager).post("/api/v1/api-tokens", "{\"naam\":\"mijn script\"}").json(201);
        assertThat(eigen.path("gebruikersnaam").asString()).isEqualTo(t.casemanager);
        String token = eigen.path("token").asString();
        Api.Antwoord metToken = api.anoniem().doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get(Testteam.A + "/werklijst").header("Authorization", "Bearer " + token));
        assertThat(metToken.status()).isEqualTo(200);
        Api.Antwoord nogEen = api.anoniem().doe(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/v1/api-tokens").header("Authorization", "Bearer " + token)
                .contentType("application/json").content("{\"naam\":\"tweede\"}"));
        assertThat(nogEen.status()).as("een token maakt geen token").isEqualTo(403);
        assertThat(audit("api_token", eigen.path("id").asString())).containsExactly(
                "API_TOKEN_AANGEMAAKT door " + t.casemanager);
        assertThat(api.als(t.casemanager).get("/api/v1/api-tokens").json().path("apiTokens").toString())
                .contains("mijn script").doesNotContain("COA");
    }

    @Test
    void de_beheerder_maakt_wel_een_token_voor_een_systeemaccount_zonder_persoonsgegevens() {
        Api api = new Api(mvc);
        String coa = new Accounts(mvc).coa();
        JsonNode token = api.als(Api.BEHEERDER).post("/api/v1/api-tokens", "{\"naam\":\"aanlevering\","
                + "\"gebruikersnaam\":\"" + coa + "\"}").json(201);
        assertThat(audit("api_token", token.path("id").asString())).containsExactly("API_TOKEN_AANGEMAAKT door beheerder");
        String gemeente = new Accounts(mvc).gemeente("GM0518");
        api.als(Api.BEHEERDER).post("/api/v1/api-tokens", "{\"naam\":\"x\",\"gebruikersnaam\":\"" + gemeente + "\"}")
                .probleem(403);
    }

    @Test
    void een_verhuisboxaccount_van_de_beheerder_werkt_pas_na_goedkeuring_door_de_coordinator() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        Api api = t.api;
        String naam = "imitatie-" + t.team;
        // a password of the administrator's choosing is refused
        assertThat(api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"wachtwoord\":\"" + NIEUW + "\",\"rol\":\"COORDINATOR\",\"team\":" + t.team + "}")
                .ongeldigeVelden()).containsExactly("wachtwoord");
        JsonNode verzoek = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"rol\":\"COORDINATOR\",\"team\":" + t.team + "}").json(202);
        long id = verzoek.path("id").asLong();
        assertThat(verzoek.path("status").asString()).isEqualTo("INGEDIEND");
        assertThat(verzoek.path("beslisser").asString()).isEqualTo("COORDINATOR");
        assertThat(verzoek.toString()).doesNotContain("wachtwoord\"").doesNotContain("/wachtwoord/");
        assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam = ?").param(naam).query(Long.class)
                .single()).as("nog geen account").isZero();
        assertThat(basic(naam, NIEUW)).isEqualTo(401);

        // a task on the coordinator's worklist, with the request
        assertThat(takenVan(api, t.coordinator)).anySatisfy(taak -> {
            assertThat(taak.path("soort").asString()).isEqualTo("ACCOUNTVERZOEK");
            assertThat(taak.path("accountverzoek").asLong()).isEqualTo(id);
            assertThat(taak.path("omschrijving").asString()).contains(naam);
        });
        // neither the administrator who asked nor another one decides
        api.als(Api.BEHEERDER).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(403);
        api.als(t.accounts.beheerder()).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(403);
        api.als(t.casemanager).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(403);
        api.als(t.anderAccount("COORDINATOR")).get("/api/v1/accountverzoeken/" + id).probleem(403);

        JsonNode goed = api.als(t.coordinator).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").json();
        assertThat(goed.path("verzoek").path("status").asString()).isEqualTo("GOEDGEKEURD");
        assertThat(takenVan(api, t.coordinator)).noneSatisfy(taak ->
                assertThat(taak.path("accountverzoek").asLong()).isEqualTo(id));
        api.als(t.coordinator).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(409);
        assertThat(basic(naam, NIEUW)).as("nog niet geactiveerd").isEqualTo(401);

        t.accounts.activeer(goed.path("link").path("pad").asString(), NIEUW);
        assertThat(basic(naam, NIEUW)).isEqualTo(200);
        api.anoniem().post("/api/v1/wachtwoordlinks/" + goed.path("link").path("pad").asString()
                .replace("/wachtwoord/", ""), "{\"wachtwoord\":\"Nog-een-ander-wachtwoord-7\",\"herhaling\":"
                + "\"Nog-een-ander-wachtwoord-7\"}").probleem(404);

        assertThat(audit("accountverzoek", String.valueOf(id))).containsExactly(
                "ACCOUNTVERZOEK_INGEDIEND door beheerder", "ACCOUNTVERZOEK_GOEDGEKEURD door " + t.coordinator);
        // the tries to sign in before activation are in the trail too
        assertThat(audit("gebruiker", naam)).containsExactly("AANMELDEN_MISLUKT door anoniem",
                "GEBRUIKER_AANGEMAAKT door " + t.coordinator, "WACHTWOORDLINK_GEMAAKT door " + t.coordinator,
                "AANMELDEN_MISLUKT door anoniem", "WACHTWOORD_INGESTELD door " + naam + " (wachtwoordlink)",
                "AANGEMELD door " + naam);
    }

    @Test
    void een_geweigerd_verzoek_maakt_geen_account_en_sluit_de_taak() {
        Testteam t = new Testteam(mvc, jdbc);
        String naam = "geweigerd-" + t.team;
        long id = t.api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"rol\":\"CASEMANAGER\",\"team\":" + t.team + "}").json(202).path("id").asLong();
        assertThat(t.api.als(t.coordinator).post("/api/v1/accountverzoeken/" + id + "/weigering", "{}")
                .ongeldigeVelden()).containsExactly("reden");
        assertThat(t.api.als(t.coordinator).post("/api/v1/accountverzoeken/" + id + "/weigering",
                "{\"reden\":\"Niet bekend in het team\"}").json().path("status").asString()).isEqualTo("GEWEIGERD");
        assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam = ?").param(naam).query(Long.class)
                .single()).isZero();
        assertThat(takenVan(t.api, t.coordinator)).noneSatisfy(taak ->
                assertThat(taak.path("accountverzoek").asLong()).isEqualTo(id));
        assertThat(audit("accountverzoek", String.valueOf(id))).containsExactly(
                "ACCOUNTVERZOEK_INGEDIEND door beheerder", "ACCOUNTVERZOEK_GEWEIGERD door " + t.coordinator);
    }

    @Test
    void de_beheerder_leert_een_nieuw_wachtwoord_van_een_casemanager_nooit() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        Api.Antwoord herstel = t.api.als(Api.BEHEERDER).post("/api/v1/gebruikers/" + t.casemanager
                + "/wachtwoordherstel", "{}");
        JsonNode verzoek = herstel.json(202);
        assertThat(herstel.tekst()).doesNotContain("/wachtwoord/").doesNotContain("pad");
        assertThat(basic(t.casemanager, Accounts.WACHTWOORD)).as("het oude werkt tot het nieuwe gekozen is")
                .isEqualTo(200);
        long id = verzoek.path("id").asLong();
        t.api.als(Api.BEHEERDER).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(403);
        t.api.als(t.casemanager).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(403);
        String pad = t.api.als(t.coordinator).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").json()
                .path("link").path("pad").asString();
        t.accounts.activeer(pad, NIEUW);
        assertThat(basic(t.casemanager, Accounts.WACHTWOORD)).isEqualTo(401);
        assertThat(basic(t.casemanager, NIEUW)).isEqualTo(200);
        assertThat(audit("accountverzoek", String.valueOf(id))).containsExactly(
                "ACCOUNTVERZOEK_INGEDIEND door beheerder", "ACCOUNTVERZOEK_GOEDGEKEURD door " + t.coordinator);
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'WACHTWOORDLINK_GEMAAKT' and actor = "
                + "'beheerder' and object_id = ?").param(t.casemanager).query(Long.class).single()).isZero();
    }

    @Test
    void een_nieuw_wachtwoord_voor_een_ander_account_is_een_eenmalige_link_die_de_gebruiker_zelf_gebruikt()
            throws Exception {
        Api api = new Api(mvc);
        String gemeente = new Accounts(mvc).gemeente("GM0518");
        Api.Antwoord herstel = api.als(Api.BEHEERDER).post("/api/v1/gebruikers/" + gemeente + "/wachtwoordherstel", "{}");
        JsonNode link = herstel.json(201);
        assertThat(link.path("doel").asString()).isEqualTo("HERSTELLEN");
        assertThat(basic(gemeente, Accounts.WACHTWOORD)).isNotEqualTo(401);
        String geheim = link.path("pad").asString().replace("/wachtwoord/", "");
        assertThat(api.anoniem().post("/api/v1/wachtwoordlinks/" + geheim, "{\"wachtwoord\":\"Welkom123456\","
                + "\"herhaling\":\"Welkom123456\"}").ongeldigeVelden()).containsExactly("wachtwoord");
        new Accounts(mvc).activeer(link.path("pad").asString(), NIEUW);
        assertThat(basic(gemeente, NIEUW)).isNotEqualTo(401);
        assertThat(basic(gemeente, Accounts.WACHTWOORD)).isEqualTo(401);
        assertThat(audit("gebruiker", gemeente)).contains("WACHTWOORDLINK_GEMAAKT door beheerder",
                "WACHTWOORD_INGESTELD door " + gemeente + " (wachtwoordlink)");
    }

    @Test
    void een_team_zonder_coordinator_krijgt_zijn_eerste_coordinator_van_een_tweede_beheerder() {
        Api api = new Api(mvc);
        long team = jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, 'GM0518') returning id")
                .param("Zonder coördinator " + System.nanoTime()).query(Long.class).single();
        JsonNode verzoek = api.als(Api.BEHEERDER).post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"eerste-" + team
                + "\",\"rol\":\"COORDINATOR\",\"team\":" + team + "}").json(202);
        assertThat(verzoek.path("beslisser").asString()).isEqualTo("BEHEERDER");
        long id = verzoek.path("id").asLong();
        api.als(Api.BEHEERDER).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").probleem(403);
        String tweede = new Accounts(mvc).beheerder();
        api.als(tweede).post("/api/v1/accountverzoeken/" + id + "/goedkeuring", "{}").json(200);
        assertThat(audit("accountverzoek", String.valueOf(id))).containsExactly(
                "ACCOUNTVERZOEK_INGEDIEND door beheerder", "ACCOUNTVERZOEK_GOEDGEKEURD door " + tweede);
    }
}
