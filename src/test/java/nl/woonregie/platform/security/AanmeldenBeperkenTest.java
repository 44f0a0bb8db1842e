package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Guessing passwords is throttled per account and per address (the attacker's 60 wrong passwords, then the right one,
 * must not work), and every sign-in and failure is in the audit trail. Each test uses its own accounts and addresses.
 */
@IntegratieTest
class AanmeldenBeperkenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    MockHttpServletResponse basic(String naam, String wachtwoord, String adres) throws Exception {
        return mvc.perform(get("/api/v1/provincies").with(httpBasic(naam, wachtwoord))
                .with(BeveiligingskoppenTest.vanAf(adres))).andReturn().getResponse();
    }

    MockHttpServletResponse formulier(String naam, String wachtwoord, String adres) throws Exception {
        return mvc.perform(post("/inloggen").param("username", naam).param("password", wachtwoord).with(csrf())
                .with(BeveiligingskoppenTest.vanAf(adres))).andReturn().getResponse();
    }

    long audit(String actie, String naam) {
        return jdbc.sql("select count(*) from audit_log where actie = ? and object_id = ?").params(actie, naam)
                .query(Long.class).single();
    }

    @Test
    void zestig_verkeerde_wachtwoorden_via_basic_blokkeren_het_account_ook_voor_het_goede_wachtwoord() throws Exception {
        String naam = new Accounts(mvc).gemeente("GM0518");
        klok.zet(java.time.Instant.now());
        for (int i = 1; i <= 60; i++) {
            MockHttpServletResponse r = basic(naam, "geraden-wachtwoord-" + i, "10.20.0.1");
            assertThat(r.getStatus()).as("poging " + i).isEqualTo(i <= 5 ? 401 : 429);
            if (i > 5) {
                assertThat(r.getContentType()).startsWith("application/problem+json");
                assertThat(Long.parseLong(r.getHeader("Retry-After"))).isBetween(1L, 60L);
            }
        }
        assertThat(basic(naam, Accounts.WACHTWOORD, "10.20.0.1").getStatus()).as("het goede, meteen").isEqualTo(429);
        assertThat(basic(naam, Accounts.WACHTWOORD, "10.20.0.2").getStatus()).as("ook van elders").isEqualTo(429);
        assertThat(audit("AANMELDEN_MISLUKT", naam)).as("alleen beoordeelde pogingen").isEqualTo(5);
        assertThat(audit("AANMELDEN_GEBLOKKEERD", naam)).isEqualTo(1);
        assertThat(jdbc.sql("select actor from audit_log where actie = 'AANMELDEN_MISLUKT' and object_id = ? limit 1")
                .param(naam).query(String.class).single()).isEqualTo("anoniem");

        klok.zet(klok.instant().plus(Duration.ofSeconds(61)));
        assertThat(basic(naam, Accounts.WACHTWOORD, "10.20.0.1").getStatus()).as("na de blokkade").isEqualTo(200);
        assertThat(audit("AANGEMELD", naam)).isEqualTo(1);
        assertThat(basic(naam, "weer-fout-geraden", "10.20.0.1").getStatus()).as("telling begint opnieuw")
                .isEqualTo(401);
        assertThat(basic(naam, Accounts.WACHTWOORD, "10.20.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void de_blokkade_verdubbelt_bij_elke_volgende_fout() throws Exception {
        String naam = new Accounts(mvc).gemeente("GM0518");
        klok.zet(java.time.Instant.now());
        for (int i = 1; i <= 5; i++) {
            basic(naam, "fout-" + i, "10.20.1.1");
        }
        klok.zet(klok.instant().plus(Duration.ofSeconds(61)));
        assertThat(basic(naam, "fout-6", "10.20.1.1").getStatus()).isEqualTo(401);
        MockHttpServletResponse r = basic(naam, Accounts.WACHTWOORD, "10.20.1.1");
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(r.getHeader("Retry-After"))).isBetween(61L, 120L);
    }

    @Test
    void via_het_formulier_volgt_een_nederlandse_melding_en_ook_het_goede_wachtwoord_werkt_even_niet() throws Exception {
        String naam = new Accounts(mvc).gemeente("GM0518");
        for (int i = 1; i <= 5; i++) {
            assertThat(formulier(naam, "fout-" + i, "10.20.2.1").getRedirectedUrl()).isEqualTo("/inloggen?error");
        }
        MockHttpServletResponse r = formulier(naam, Accounts.WACHTWOORD, "10.20.2.1");
        assertThat(r.getRedirectedUrl()).isEqualTo("/inloggen?geblokkeerd=1");
        String pagina = mvc.perform(get("/inloggen?geblokkeerd=1").accept(MediaType.TEXT_HTML)).andReturn()
                .getResponse().getContentAsString();
        assertThat(pagina).contains("Er is te vaak een verkeerd wachtwoord gegeven voor dit account of vanaf dit adres."
                + " Probeer het over 1 minuut opnieuw.");
        assertThat(jdbc.sql("select nieuwe_waarde->>'via' from audit_log where actie = 'AANMELDEN_MISLUKT' "
                + "and object_id = ? limit 1").param(naam).query(String.class).single()).isEqualTo("FORMULIER");
    }

    @Test
    void een_adres_met_te_veel_mislukte_pogingen_wordt_geblokkeerd_ook_voor_een_ander_account() throws Exception {
        String ander = new Accounts(mvc).gemeente("GM0518");
        for (int i = 1; i <= 20; i++) {
            assertThat(basic("geraden-naam-" + i + "-" + ander, "wachtwoord-" + i, "10.20.3.1").getStatus())
                    .as("poging " + i).isEqualTo(401);
        }
        assertThat(basic(ander, Accounts.WACHTWOORD, "10.20.3.1").getStatus()).isEqualTo(429);
        assertThat(basic(ander, Accounts.WACHTWOORD, "10.20.3.2").getStatus()).as("van een ander adres")
                .isEqualTo(200);
    }

    @Test
    void een_geslaagde_aanmelding_komt_in_de_audittrail_met_het_adres() throws Exception {
        String naam = new Accounts(mvc).gemeente("GM0518");
        assertThat(formulier(naam, Accounts.WACHTWOORD, "10.20.4.1").getRedirectedUrl()).doesNotContain("/inloggen");
        assertThat(jdbc.sql("select actor || ' ' || client || ' ' || (nieuwe_waarde->>'via') from audit_log "
                + "where actie = 'AANGEMELD' and object_id = ?").param(naam).query(String.class).single())
                .isEqualTo(naam + " 10.20.4.1 FORMULIER");
        for (int i = 0; i < 3; i++) {
            assertThat(basic(naam, Accounts.WACHTWOORD, "10.20.4.1").getStatus()).isEqualTo(200);
        }
        assertThat(audit("AANGEMELD", naam)).as("Basic eenmaal per adres per sessieduur").isEqualTo(2);
    }
}
