package nl.woonregie.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Start page, health, authentication, the first administrator and the append-only audit trail. */
@IntegratieTest
class PlatformTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void startpagina_is_openbaar_en_nederlands() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"nl\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("vergunninghouders")));
    }

    @Test
    void health_is_up_als_de_database_bereikbaar_is() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void health_bevat_de_database_controle() throws Exception {
        // the db indicator is part of the health group: without a database the status would be DOWN
        mvc.perform(get("/actuator/health").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void openapi_document_en_api_pagina_zijn_bereikbaar() throws Exception {
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/toezicht/simulaties'].post").exists());
        String ui = mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        mvc.perform(get(ui)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("swagger")));
    }

    @Test
    void api_zonder_aanmelding_geeft_401_als_problem_json() throws Exception {
        mvc.perform(get("/api/v1/audit"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void verkeerd_wachtwoord_geeft_401() throws Exception {
        // a new account of its own: wrong passwords count towards blocking an account (not the shared beheerder)
        mvc.perform(get("/api/v1/audit").with(httpBasic(new nl.woonregie.support.Accounts(mvc).coa(), "fout")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void eerste_beheerder_is_aangemaakt_met_argon2_hash_en_geaudit() {
        String hash = jdbc.sql("select wachtwoord_hash from gebruiker where gebruikersnaam = 'beheerder'")
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}");
        assertThat(encoder.matches(IntegratieTest.BEHEERDER_WACHTWOORD, hash)).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'GEBRUIKER_AANGEMAAKT' and object_id = 'beheerder'")
                .query(Long.class).single()).isEqualTo(1);
    }

    /** The application's role may not; the table's owner meets the trigger (DatabaseToegangTest). */
    @Test
    void audit_log_kan_niet_worden_gewijzigd_of_gewist() {
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x'").update())
                .rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .rootCause().hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update())
                .rootCause().hasMessageContaining("permission denied for table audit_log");
    }

    @Test
    void zonder_demomodus_geen_demo_accounts_en_geen_demodata() {
        assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam in ('toezicht-zh', 'coa')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'DEMO_GELADEN'").query(Long.class).single())
                .isZero();
    }
}
