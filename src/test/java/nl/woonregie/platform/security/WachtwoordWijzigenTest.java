package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Changing one's password: the rules for a new password, and the account's other sessions end. */
@IntegratieTest
class WachtwoordWijzigenTest {

    static final String NIEUW = "Tulpen-langs-de-Vliet-88";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie inloggen(String naam, String wachtwoord) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/inloggen").param("username", naam)
                .param("password", wachtwoord).with(csrf())).andReturn().getResponse();
        assertThat(r.getRedirectedUrl()).as("aangemeld als " + naam).doesNotContain("/inloggen");
        return r.getCookie(BeveiligingskoppenTest.SESSIE);
    }

    MockHttpServletResponse wijzig(Cookie sessie, String huidig, String nieuw) throws Exception {
        return mvc.perform(post("/account/wachtwoord").cookie(sessie).with(csrf()).param("huidig", huidig)
                .param("nieuw", nieuw).param("herhaling", nieuw)).andReturn().getResponse();
    }

    @Test
    void een_wachtwoordwijziging_beeindigt_de_andere_sessies_van_het_account() throws Exception {
        String naam = new Accounts(mvc).gemeente("GM0518");
        Cookie hier = inloggen(naam, Accounts.WACHTWOORD);
        Cookie elders = inloggen(naam, Accounts.WACHTWOORD);
        assertThat(mvc.perform(get("/account").accept(org.springframework.http.MediaType.TEXT_HTML).cookie(elders)).andReturn().getResponse().getStatus()).isEqualTo(200);

        assertThat(wijzig(hier, Accounts.WACHTWOORD, NIEUW).getRedirectedUrl()).isEqualTo("/account");

        MockHttpServletResponse daar = mvc.perform(get("/account").accept(org.springframework.http.MediaType.TEXT_HTML).cookie(elders)).andReturn().getResponse();
        assertThat(daar.getStatus()).isEqualTo(302);
        assertThat(daar.getRedirectedUrl()).contains("/inloggen");
        assertThat(mvc.perform(get("/account").accept(org.springframework.http.MediaType.TEXT_HTML).cookie(hier)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select nieuwe_waarde->>'andereSessiesBeeindigd' from audit_log where actie = 'WACHTWOORD_GEWIJZIGD' "
                + "and object_id = ?").param(naam).query(String.class).single()).isEqualTo("1");
        assertThat(new Api(mvc).als(naam).get("/api/v1/provincies").status()).as("oud wachtwoord").isEqualTo(401);
    }

    @Test
    void een_veelgebruikt_nieuw_wachtwoord_wordt_geweigerd_en_het_oude_blijft() throws Exception {
        String naam = new Accounts(mvc).gemeente("GM0518");
        Cookie sessie = inloggen(naam, Accounts.WACHTWOORD);
        for (String zwak : new String[] {"Welkom123456", "aaaaaaaaaaaa", "123456789012", "            "}) {
            MockHttpServletResponse r = wijzig(sessie, Accounts.WACHTWOORD, zwak);
            assertThat(r.getStatus()).as(zwak).isEqualTo(200);
            assertThat(r.getContentAsString()).contains("Het wachtwoord is niet gewijzigd");
        }
        assertThat(new Api(mvc).als(naam).get("/api/v1/provincies").status()).isEqualTo(200);
    }
}
