package nl.woonregie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.sql.SQLException;

import nl.woonregie.support.Accounts;
import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Malformed input is refused at the edge, naming the field, before a service or PostgreSQL sees it: a NUL character
 * in a JSON text (typed or read as a tree), a parameter or a form field; a number or an impossible year where a date
 * belongs. (What only Tomcat does — a multipart body without boundary, a malformed address — is tried through a
 * socket in {@code OngeldigeInvoerFuzzTest}.)
 */
@IntegratieTest
class OngeldigeInvoerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Accounts accounts;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        accounts = new Accounts(mvc);
    }

    @Test
    void een_NUL_in_een_tekstveld_wordt_geweigerd_met_het_veld() {
        JsonNode p = api.als(Api.BEHEERDER).post("/api/v1/gebruikers",
                "{\"gebruikersnaam\":\"nul\\u0000naam\",\"wachtwoord\":\"lang-genoeg-wachtwoord\",\"rol\":\"COA\"}")
                .probleem(400);
        assertThat(Api.namen(p)).containsExactly("gebruikersnaam");
        assertThat(Api.reden(p, "gebruikersnaam")).contains("NUL");
    }

    @Test
    void een_NUL_in_een_als_boom_gelezen_body_noemt_het_pad() {
        String gemeente = accounts.gemeente("GM0518");
        JsonNode p = api.als(gemeente).post("/api/v1/gemeenten/GM0518/huurcontracten", """
                {"periode":"2023-I","huurcontracten":[{"ingangsdatum":"2023-06-25","aantalPersonen":2,
                 "referentie":"HC-1\\u0000"}]}""").probleem(400);
        assertThat(Api.namen(p)).containsExactly("huurcontracten[0].referentie");
    }

    @Test
    void een_NUL_in_een_parameter_wordt_geweigerd_voordat_de_controller_hem_leest() {
        JsonNode p = api.als(Api.BEHEERDER).doe(MockMvcRequestBuilders.get("/api/v1/audit").param("actor", "a\0b"))
                .probleem(400);
        assertThat(Api.namen(p)).containsExactly("actor");
    }

    @Test
    void een_NUL_in_een_formulierveld_geeft_de_nederlandse_foutpagina() {
        Api.Antwoord r = api.als(Api.BEHEERDER).doe(MockMvcRequestBuilders.post("/beheer/gebruikers").with(csrf())
                .param("gebruikersnaam", "nul\0naam").param("wachtwoord", "lang-genoeg-wachtwoord")
                .param("rol", "COA"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/html");
        assertThat(r.tekst()).contains("lang=\"nl\"").contains("Ongeldig verzoek").contains("niet is toegestaan (NUL)");
    }

    @Test
    void een_getal_waar_een_datum_hoort_wordt_geweigerd_met_het_veld() {
        Testteam team = new Testteam(mvc, jdbc);
        String melding = Testteam.melding("Datumtest", 0).replace("\"1980-04-01\"", "19800401");
        JsonNode p = team.api.als(team.aanmelder).post(Testteam.A + "/meldingen", melding).probleem(400);
        assertThat(Api.namen(p)).containsExactly("geboortedatum");
        assertThat(Api.reden(p, "geboortedatum")).contains("JJJJ-MM-DD");
    }

    @Test
    void een_jaar_dat_postgresql_niet_kent_is_geen_datum() {
        String th = accounts.toezichthouder("PV28");
        JsonNode p = api.als(th).post("/api/v1/gemeenten/GM0518/toezichtgesprekken", """
                {"periode":"2023-I","datum":"+999999999-12-31","soort":"AMBTELIJK",
                 "deelnemers":[{"organisatie":"Provincie","functie":"toezichthouder"}],"verslag":"Verslag"}""")
                .probleem(400);
        assertThat(Api.namen(p)).containsExactly("datum");
    }

    @Test
    void een_waarde_die_de_database_als_gegeven_weigert_is_geen_serverfout() {
        assertThat(OngeldigeOpslag.is(new DataIntegrityViolationException("insert",
                new SQLException("value too long for type character varying(50)", "22001")))).isTrue();
        assertThat(OngeldigeOpslag.is(new DataIntegrityViolationException("insert",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")))).isTrue();
        assertThat(OngeldigeOpslag.is(new DataIntegrityViolationException("insert",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(OngeldigeOpslag.is(new IllegalStateException("elders"))).isFalse();
    }
}
