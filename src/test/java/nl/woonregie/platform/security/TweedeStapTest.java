package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.util.UUID;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import nl.woonregie.support.TotpContext;
import nl.woonregie.support.TweeStappen;
import nl.woonregie.support.TweeStappen.Sessie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The second step (TOTP) as shipped: required for the administrator and the Verhuisbox roles, set up at the first
 * sign-in, a code at every next one (once per code), throttled and audited like passwords, HTTP Basic refused for
 * such an account (tokens only), and taken away only under the approval rule. Accounts sign in as people do, with
 * codes computed here from the secret the page shows ({@link TweeStappen}).
 */
@TotpContext
class TweedeStapTest {

    static final String WACHTWOORD = "een-lang-test-wachtwoord-9";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    TweeStappen stappen() {
        return new TweeStappen(mvc, klok);
    }

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    long audit(String actie, String naam) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_id = ?").params(actie, naam)
                .query(Long.class).single();
    }

    /** The administrator of this context, signed in with both steps (setting up the second at its first sign-in). */
    Sessie beheerder() {
        return stappen().aanmelden("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD);
    }

    /** A new account made by the administrator (not a Verhuisbox role: made at once), with {@link #WACHTWOORD}. */
    String account(Sessie beheerder, String rol, String scope) {
        String naam = ("t2-" + rol + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        MockHttpServletResponse r = beheerder.post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"wachtwoord\":\"" + WACHTWOORD + "\",\"rol\":\"" + rol + "\"" + (scope == null ? "" : "," + scope)
                + "}");
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(201);
        return naam;
    }

    @Test
    void de_instelling_noemt_rollen_of_verhuisbox_en_een_onbekende_rol_stopt_de_start() {
        assertThat(TweedeStap.rollen("BEHEERDER,VERHUISBOX")).containsExactlyInAnyOrder(Rol.BEHEERDER, Rol.AANMELDER,
                Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        assertThat(TweedeStap.rollen(" toezichthouder , ")).containsExactly(Rol.TOEZICHTHOUDER);
        assertThat(TweedeStap.rollen("")).isEmpty();
        assertThatThrownBy(() -> TweedeStap.rollen("BEHEERDER,BEHEERDERS")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("BEHEERDERS");
    }

    @Test
    void een_beheerder_stelt_bij_de_eerste_aanmelding_de_tweede_stap_in_en_geeft_daarna_elke_keer_een_code() {
        Sessie b = beheerder();
        String naam = account(b, "BEHEERDER", null);

        Sessie half = stappen().wachtwoord(naam, WACHTWOORD);
        // halfway nothing is reachable: no page, no API
        assertThat(half.get("/start").getRedirectedUrl()).isEqualTo("/inloggen/code");
        assertThat(half.get("/beheer/gebruikers").getRedirectedUrl()).isEqualTo("/inloggen/code");
        assertThat(half.doe(MockMvcRequestBuilders.get("/api/v1/provincies")).getStatus()).isEqualTo(401);
        assertThat(half.get("/inloggen/code").getRedirectedUrl()).isEqualTo("/inloggen/instellen");
        String pagina = TweeStappen.tekst(half.get("/inloggen/instellen"));
        String geheim = TweeStappen.geheimOp(pagina);
        assertThat(pagina).contains("otpauth://totp/Woonregie%3A" + naam + "?secret=" + geheim
                + "&amp;issuer=Woonregie").contains("data:image/svg+xml;base64,");
        assertThat(geheim).hasSize(32);

        MockHttpServletResponse fout = half.formulier("/inloggen/instellen", "code", "000000");
        assertThat(fout.getStatus()).isEqualTo(200);
        assertThat(TweeStappen.tekst(fout)).contains("De code klopt niet");
        assertThat(audit("AANMELDEN_MISLUKT", naam)).isEqualTo(1);
        assertThat(TweeStappen.geheimOp(TweeStappen.tekst(fout))).as("hetzelfde geheim").isEqualTo(geheim);

        String voor = half.cookie().getValue();
        MockHttpServletResponse goed = half.formulier("/inloggen/instellen", "code", stappen().volgendeCode(geheim));
        assertThat(goed.getRedirectedUrl()).isEqualTo("/start");
        assertThat(half.cookie().getValue()).as("een nieuwe sessie").isNotEqualTo(voor);
        assertThat(half.get("/beheer/gebruikers").getStatus()).isEqualTo(200);
        assertThat(audit("TOTP_INGESTELD", naam)).isEqualTo(1);
        assertThat(audit("AANGEMELD", naam)).isEqualTo(1);
        assertThat(jdbc.sql("select totp_geheim from gebruiker where gebruikersnaam = ?").param(naam)
                .query(String.class).single()).isEqualTo(geheim);
        TweeStappen.onthoud(naam, geheim);

        // the next sign-in asks the code; the same code a second time is refused (a code counts once)
        Sessie weer = stappen().wachtwoord(naam, WACHTWOORD);
        String code = stappen().volgendeCode(geheim);
        assertThat(weer.formulier("/inloggen/code", "code", code).getRedirectedUrl()).isEqualTo("/start");
        Sessie nogEens = stappen().wachtwoord(naam, WACHTWOORD);
        MockHttpServletResponse herhaald = nogEens.formulier("/inloggen/code", "code", code);
        assertThat(herhaald.getStatus()).isEqualTo(200);
        assertThat(TweeStappen.tekst(herhaald)).contains("De code klopt niet");
        assertThat(jdbc.sql("select nieuwe_waarde->>'reden' from audit_log where actie = 'AANMELDEN_MISLUKT' "
                + "and object_id = ? order by id desc limit 1").param(naam).query(String.class).single())
                .isEqualTo("code al gebruikt (tweede stap)");
        assertThat(nogEens.formulier("/inloggen/code", "code", "123 " + "456").getStatus()).isEqualTo(200);
        assertThat(nogEens.formulier("/inloggen/code", "code", stappen().volgendeCode(geheim)).getRedirectedUrl())
                .isEqualTo("/start");
    }

    @Test
    void http_basic_van_een_account_met_tweede_stap_wordt_geweigerd_een_eigen_token_werkt() throws Exception {
        Sessie b = beheerder();
        MockHttpServletResponse basic = mvc.perform(MockMvcRequestBuilders.get("/api/v1/gebruikers")
                .with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn().getResponse();
        assertThat(basic.getStatus()).isEqualTo(401);
        assertThat(basic.getHeader("WWW-Authenticate")).startsWith("Bearer");
        assertThat(Api.JSON.readTree(TweeStappen.tekst(basic)).path("title").asString())
                .isEqualTo("Alleen met een API-token");
        // a wrong password is the ordinary refusal: nothing tells that the account has a second step
        MockHttpServletResponse fout = mvc.perform(MockMvcRequestBuilders.get("/api/v1/gebruikers")
                .with(httpBasic("beheerder", "fout-wachtwoord-xyz"))).andReturn().getResponse();
        assertThat(Api.JSON.readTree(TweeStappen.tekst(fout)).path("title").asString()).isEqualTo("Niet aangemeld");

        // an account of a role that needs none (GEMEENTE) keeps Basic until it sets one up itself
        String gemeente = account(b, "GEMEENTE", "\"gemeente\":\"GM0518\"");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/provincies").with(httpBasic(gemeente, WACHTWOORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        MockHttpServletResponse zonder = mvc.perform(MockMvcRequestBuilders.post("/inloggen")
                .param("username", gemeente).param("password", WACHTWOORD)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn().getResponse();
        assertThat(zonder.getRedirectedUrl()).as("zonder tweede stap meteen binnen").isEqualTo("/start");
        Sessie g = stappen().sessie(zonder.getCookie(TweeStappen.SESSIE));
        String geheim = TweeStappen.geheimOp(TweeStappen.tekst(g.get("/account/tweede-stap")));
        assertThat(g.formulier("/account/tweede-stap", "code", stappen().volgendeCode(geheim)).getRedirectedUrl())
                .isEqualTo("/account");
        TweeStappen.onthoud(gemeente, geheim);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/provincies").with(httpBasic(gemeente, WACHTWOORD)))
                .andReturn().getResponse().getStatus()).as("nu ook geen Basic meer").isEqualTo(401);
        assertThat(stappen().aanmelden(gemeente, WACHTWOORD).get("/gemeenten/GM0518").getStatus()).isEqualTo(200);

        // a token, made while signed in with both steps, works for the API
        MockHttpServletResponse t = b.post("/api/v1/api-tokens", "{\"naam\":\"script\"}");
        assertThat(t.getStatus()).as(TweeStappen.tekst(t)).isEqualTo(201);
        String token = Api.JSON.readTree(TweeStappen.tekst(t)).path("token").asString();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/api/v1/gebruikers").header("Authorization",
                "Bearer " + token)).andReturn().getResponse().getStatus()).isEqualTo(200);
        // and the page of one's account makes one too
        String pagina = TweeStappen.tekst(b.formulier("/account/api-tokens", "naam", "ander script"));
        assertThat(pagina).contains("id=\"nieuw-token\"").contains("wr_");
    }

    @Test
    void verkeerde_codes_tellen_als_mislukte_aanmeldingen_en_het_goede_wachtwoord_wist_de_telling_niet() {
        Sessie b = beheerder();
        String naam = account(b, "BEHEERDER", null);
        stappen().aanmelden(naam, WACHTWOORD);
        String geheim = TweeStappen.geheim(naam);
        // four wrong codes, then the right password again: the count of the wrong codes stays
        Sessie half = stappen().wachtwoord(naam, WACHTWOORD);
        for (int i = 0; i < 4; i++) {
            assertThat(TweeStappen.tekst(half.formulier("/inloggen/code", "code", "00000" + i)))
                    .contains("De code klopt niet");
        }
        Sessie opnieuw = stappen().wachtwoord(naam, WACHTWOORD);
        String geblokkeerd = TweeStappen.tekst(opnieuw.formulier("/inloggen/code", "code", "999999"));
        assertThat(geblokkeerd).contains("Er is te vaak een verkeerde code of wachtwoord gegeven");
        assertThat(audit("AANMELDEN_GEBLOKKEERD", naam)).isEqualTo(1);
        // while blocked the right code is not judged, nor the password
        assertThat(TweeStappen.tekst(opnieuw.formulier("/inloggen/code", "code", stappen().volgendeCode(geheim))))
                .contains("Er is te vaak");
        assertThat(opnieuw.get("/start").getRedirectedUrl()).isEqualTo("/inloggen/code");
        assertThat(audit("AANMELDEN_MISLUKT", naam)).isEqualTo(5);

        klok.zet(klok.instant().plus(Duration.ofSeconds(61)));
        assertThat(opnieuw.formulier("/inloggen/code", "code", stappen().volgendeCode(geheim)).getRedirectedUrl())
                .isEqualTo("/start");
        assertThat(jdbc.sql("select count(*) from aanmeldpoging where sleutel = ?").param("account:" + naam)
                .query(Long.class).single()).as("de telling gewist na beide stappen").isZero();
    }

    @Test
    void de_beheerder_haalt_de_tweede_stap_van_een_verhuisbox_account_alleen_weg_met_de_coordinator() {
        Sessie b = beheerder();
        long team = jdbc.sql("select id from vhb_team where naam = 'Den Haag'").query(Long.class).single();
        // the team has no coordinator yet: a second administrator approves the first one
        String tweede = account(b, "BEHEERDER", null);
        Sessie b2 = stappen().aanmelden(tweede, WACHTWOORD);
        String coordinator = verhuisboxAccount(b, "COORDINATOR", team, b2);
        Sessie c = stappen().aanmelden(coordinator, WACHTWOORD);
        String casemanager = verhuisboxAccount(b, "CASEMANAGER", team, c);
        stappen().aanmelden(casemanager, WACHTWOORD);

        MockHttpServletResponse r = b.post("/api/v1/gebruikers/" + casemanager + "/totpherstel", "{}");
        assertThat(r.getStatus()).as(TweeStappen.tekst(r)).isEqualTo(202);
        long verzoek = json(r).path("id").asLong();
        assertThat(json(r).path("soort").asString()).isEqualTo("TOTP_HERSTEL");
        assertThat(stappen().wachtwoord(casemanager, WACHTWOORD).get("/inloggen/code").getStatus())
                .as("nog altijd de code").isEqualTo(200);
        // the administrator decides nothing of its own request; the coordinator does
        assertThat(b.post("/api/v1/accountverzoeken/" + verzoek + "/goedkeuring", "{}").getStatus()).isEqualTo(403);
        MockHttpServletResponse ok = c.post("/api/v1/accountverzoeken/" + verzoek + "/goedkeuring", "{}");
        assertThat(ok.getStatus()).as(TweeStappen.tekst(ok)).isEqualTo(200);
        assertThat(json(ok).path("link").isNull()).isTrue();
        assertThat(jdbc.sql("select actor from audit_log where actie = 'TOTP_HERSTELD' and object_id = ?")
                .param(casemanager).query(String.class).single()).isEqualTo(coordinator);
        TweeStappen.vergeet(casemanager);
        assertThat(stappen().wachtwoord(casemanager, WACHTWOORD).get("/inloggen/code").getRedirectedUrl())
                .as("een nieuwe instellen").isEqualTo("/inloggen/instellen");

        // an account without a Verhuisbox role: the administrator takes it away at once
        MockHttpServletResponse direct = b.post("/api/v1/gebruikers/" + tweede + "/totpherstel", "{}");
        assertThat(direct.getStatus()).as(TweeStappen.tekst(direct)).isEqualTo(200);
        assertThat(json(direct).path("totp").asBoolean()).isFalse();
        assertThat(b2.get("/beheer/gebruikers").getRedirectedUrl()).as("zijn sessies zijn beëindigd")
                .contains("/inloggen");
        assertThat(b.post("/api/v1/gebruikers/" + tweede + "/totpherstel", "{}").getStatus()).isEqualTo(409);
        TweeStappen.vergeet(tweede);
    }

    /** A Verhuisbox account: asked by the administrator, approved by {@code beslisser}, activated through its link. */
    String verhuisboxAccount(Sessie beheerder, String rol, long team, Sessie beslisser) {
        String naam = ("t2-" + rol + "-" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        MockHttpServletResponse v = beheerder.post("/api/v1/gebruikers", "{\"gebruikersnaam\":\"" + naam
                + "\",\"rol\":\"" + rol + "\",\"team\":" + team + "}");
        assertThat(v.getStatus()).as(TweeStappen.tekst(v)).isEqualTo(202);
        MockHttpServletResponse g = beslisser.post("/api/v1/accountverzoeken/" + json(v).path("id").asLong()
                + "/goedkeuring", "{}");
        assertThat(g.getStatus()).as(TweeStappen.tekst(g)).isEqualTo(200);
        String pad = json(g).path("link").path("pad").asString();
        try {
            assertThat(mvc.perform(MockMvcRequestBuilders.post("/api/v1/wachtwoordlinks/"
                    + pad.substring(pad.lastIndexOf('/') + 1)).contentType("application/json")
                    .content("{\"wachtwoord\":\"" + WACHTWOORD + "\",\"herhaling\":\"" + WACHTWOORD + "\"}"))
                    .andReturn().getResponse().getStatus()).isEqualTo(204);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return naam;
    }

    static JsonNode json(MockHttpServletResponse r) {
        return Api.JSON.readTree(TweeStappen.tekst(r));
    }
}
