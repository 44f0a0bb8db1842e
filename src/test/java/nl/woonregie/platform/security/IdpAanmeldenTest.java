package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.woonregie.support.Identiteitsprovider;
import nl.woonregie.support.OidcContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a sign-in through an identity provider decides, asked of {@link IdpAanmelden} with the claims of an ID token
 * that Spring Security has checked (the browser test {@code IdpAanmeldenBrowserTest} goes through a real provider);
 * each test with a group mapping of its own, in the OIDC test context. And what stays as it was beside the provider:
 * the API and pages without a session, accounts without a password.
 */
@OidcContext
class IdpAanmeldenTest {

    static final Aanmelden.Herkomst HERKOMST = new Aanmelden.Herkomst("127.0.0.1", "test",
            AanmeldGebeurtenis.Via.IDP);
    static final String UITGEVER = "https://idp.organisatie.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Toewijzingen toewijzingen;
    @Autowired
    GebruikerDetailsService details;
    @Autowired
    ApplicationEventPublisher gebeurtenissen;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Sessies sessies;
    @Autowired
    Clock klok;
    @Autowired
    Gebruikers gebruikers;

    IdpAanmelden met(Map<String, String> instellingen) {
        return new IdpAanmelden(jdbc, toewijzingen, details, gebeurtenissen, tx, sessies, klok,
                GroepskoppelingTest.instellingen(instellingen));
    }

    static Map<String, Object> token(String onderwerp, String naam, List<String> groepen, List<String> amr) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("iss", UITGEVER);
        t.put("sub", onderwerp);
        t.put("preferred_username", naam);
        t.put("groups", groepen);
        t.put("amr", amr);
        return t;
    }

    static IdpAanmelden.Uitslag meldAan(IdpAanmelden idp, Map<String, Object> token) {
        return idp.meldAan("idp", token, token, HERKOMST);
    }

    long team(String gemeente) {
        return jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, ?) returning id")
                .params("team-" + UUID.randomUUID(), gemeente).query(Long.class).single();
    }

    long mislukt(String naam) {
        return jdbc.sql("select count(*) from audit_log where actie = 'AANMELDEN_MISLUKT' and object_id = ?")
                .param(naam).query(Long.class).single();
    }

    static String naam() {
        return "mw-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void verhuisboxrollen_van_twee_teams_uit_de_groepen_weigeren_de_aanmelding() {
        long een = team("GM0518");
        long twee = team("GM0599");
        IdpAanmelden idp = met(Map.of("woonregie.oidc.groepskoppeling[vhb-een]", "CASEMANAGER:team=" + een,
                "woonregie.oidc.groepskoppeling[vhb-twee]", "ICP:team=" + twee));
        String naam = naam();
        IdpAanmelden.Uitslag u = meldAan(idp, token(naam, naam, List.of("vhb-een", "vhb-twee"), List.of("mfa")));
        assertThat(u).isEqualTo(new IdpAanmelden.Uitslag.Geweigerd(IdpAanmelden.Weigering.CONFLICT, naam));
        assertThat(details.vind("gebruikersnaam = ?", naam).orElseThrow().toewijzingen()).isEmpty();
        assertThat(mislukt(naam)).isOne();

        // one team: in, with the role of that team
        u = meldAan(idp, token(naam, naam, List.of("vhb-een"), List.of("mfa")));
        assertThat(u).isInstanceOf(IdpAanmelden.Uitslag.Aangemeld.class);
        assertThat(((IdpAanmelden.Uitslag.Aangemeld) u).gebruiker().toewijzingen())
                .containsExactly(Toewijzing.team(Rol.CASEMANAGER, een));
    }

    @Test
    void een_verhuisboxrol_vraagt_de_tweede_factor_bij_de_provider_tenzij_anders_ingesteld() {
        long een = team("GM0518");
        String naam = naam();
        IdpAanmelden standaard = met(Map.of("woonregie.oidc.groepskoppeling[vhb]", "AANMELDER:team=" + een));
        assertThat(meldAan(standaard, token(naam, naam, List.of("vhb"), List.of("pwd"))))
                .isEqualTo(new IdpAanmelden.Uitslag.Geweigerd(IdpAanmelden.Weigering.MFA, naam));
        assertThat(meldAan(standaard, token(naam, naam, List.of("vhb"), List.of("pwd", "otp"))))
                .isInstanceOf(IdpAanmelden.Uitslag.Aangemeld.class);

        // only the administrator needs it: the aanmelder signs in with a password alone
        IdpAanmelden alleenBeheer = met(Map.of("woonregie.oidc.groepskoppeling[vhb]", "AANMELDER:team=" + een,
                "woonregie.oidc.mfa-verplicht-voor", "BEHEERDER"));
        assertThat(meldAan(alleenBeheer, token(naam, naam, List.of("vhb"), List.of("pwd"))))
                .isInstanceOf(IdpAanmelden.Uitslag.Aangemeld.class);

        // acr as the organisation's provider says it (a configured value)
        IdpAanmelden metAcr = met(Map.of("woonregie.oidc.groepskoppeling[vhb]", "AANMELDER:team=" + een,
                "woonregie.oidc.mfa-acr", "urn:organisatie:loa:hoog"));
        Map<String, Object> t = token(naam, naam, List.of("vhb"), List.of("pwd"));
        t.put("acr", "urn:organisatie:loa:hoog");
        assertThat(meldAan(metAcr, t)).isInstanceOf(IdpAanmelden.Uitslag.Aangemeld.class);
    }

    @Test
    void een_rol_in_een_scope_die_niet_bestaat_wordt_overgeslagen() {
        IdpAanmelden idp = met(Map.of("woonregie.oidc.groepskoppeling[g]", "CASEMANAGER:team=987654321,GEMEENTE:GM0518",
                "woonregie.oidc.groepskoppeling[h]", "TOEZICHTHOUDER:PV99"));
        String naam = naam();
        IdpAanmelden.Uitslag u = meldAan(idp, token(naam, naam, List.of("g", "h"), List.of("pwd")));
        assertThat(((IdpAanmelden.Uitslag.Aangemeld) u).gebruiker().toewijzingen())
                .containsExactly(Toewijzing.gemeente(Rol.GEMEENTE, "GM0518"));
    }

    @Test
    void een_gedeactiveerd_account_wordt_geweigerd_en_houdt_zijn_rollen() {
        IdpAanmelden idp = met(Map.of("woonregie.oidc.groepskoppeling[g]", "GEMEENTE:GM0518"));
        String naam = naam();
        meldAan(idp, token(naam, naam, List.of("g"), List.of("pwd")));
        Gebruiker beheerder = details.vind("gebruikersnaam = ?", "beheerder").orElseThrow();
        gebruikers.wijzig(naam, new Gebruikers.Wijziging(null, false), beheerder, "test");

        assertThat(meldAan(idp, token(naam, naam, List.of(), List.of("pwd"))))
                .isEqualTo(new IdpAanmelden.Uitslag.Geweigerd(IdpAanmelden.Weigering.INACTIEF, naam));
        assertThat(details.vind("gebruikersnaam = ?", naam).orElseThrow().toewijzingen())
                .containsExactly(Toewijzing.gemeente(Rol.GEMEENTE, "GM0518"));
    }

    @Test
    void een_account_hoort_bij_uitgever_en_onderwerp_niet_bij_een_naam() {
        IdpAanmelden idp = met(Map.of());
        String naam = naam();
        String onderwerp = UUID.randomUUID().toString();
        Gebruiker eerste = ((IdpAanmelden.Uitslag.Aangemeld) meldAan(idp, token(onderwerp, naam, List.of(),
                List.of()))).gebruiker();
        assertThat(eerste.gebruikersnaam()).isEqualTo(naam);
        // the provider renamed the user: the same account, its name kept
        Gebruiker weer = ((IdpAanmelden.Uitslag.Aangemeld) meldAan(idp, token(onderwerp, naam + "-nieuw",
                List.of(), List.of()))).gebruiker();
        assertThat(weer.id()).isEqualTo(eerste.id());
        assertThat(weer.gebruikersnaam()).isEqualTo(naam);
        // another identity with the same name (another subject, or the same subject of another issuer): its own
        Gebruiker ander = ((IdpAanmelden.Uitslag.Aangemeld) meldAan(idp, token(UUID.randomUUID().toString(), naam,
                List.of(), List.of()))).gebruiker();
        assertThat(ander.gebruikersnaam()).isEqualTo(naam + "-2");
        Map<String, Object> andereUitgever = token(onderwerp, naam, List.of(), List.of());
        andereUitgever.put("iss", "https://een-andere-idp.example");
        assertThat(((IdpAanmelden.Uitslag.Aangemeld) meldAan(idp, andereUitgever)).gebruiker().gebruikersnaam())
                .isEqualTo(naam + "-3");
    }

    @Test
    void een_account_van_de_provider_heeft_geen_wachtwoord_voor_het_formulier_of_http_basic() throws Exception {
        String naam = naam();
        meldAan(met(Map.of()), token(naam, naam, List.of(), List.of()));
        // two tries each (four failures: the fifth would block the name)
        for (String wachtwoord : List.of("", "wachtwoord-bij-de-organisatie")) {
            assertThat(mvc.perform(get("/api/v1/provincies").with(httpBasic(naam, wachtwoord))).andReturn()
                    .getResponse().getStatus()).isEqualTo(401);
            assertThat(mvc.perform(post("/inloggen").param("username", naam).param("password", wachtwoord)
                    .with(csrf())).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/inloggen?error");
        }
        assertThat(jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = ?").param(naam)
                .query(String.class).optional()).isEmpty();
    }

    @Test
    void zonder_sessie_antwoordt_de_api_met_401_en_leidt_een_pagina_naar_het_aanmeldscherm_met_de_provider()
            throws Exception {
        MockHttpServletResponse api = mvc.perform(get("/api/v1/provincies")).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(401);
        assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MockHttpServletResponse pagina = mvc.perform(get("/provincies").accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse();
        assertThat(pagina.getRedirectedUrl()).endsWith("/inloggen");

        MockHttpServletResponse inloggen = mvc.perform(get("/inloggen")).andReturn().getResponse();
        assertThat(inloggen.getContentAsString()).contains("href=\"/oauth2/authorization/idp\"")
                .contains("Inloggen via De Testorganisatie").contains("name=\"username\"");
        // logging out is a form whose redirect goes to the provider: its origin is in form-action
        assertThat(inloggen.getHeader("Content-Security-Policy"))
                .endsWith("form-action 'self' " + Identiteitsprovider.gedeeld().issuer());
        MockHttpServletResponse start = mvc.perform(get("/oauth2/authorization/idp")).andReturn().getResponse();
        assertThat(start.getRedirectedUrl()).startsWith(Identiteitsprovider.gedeeld().issuer() + "/oauth2/authorize?")
                .contains("client_id=" + Identiteitsprovider.CLIENT_ID).contains("scope=openid%20profile")
                .contains("nonce=");
    }
}
