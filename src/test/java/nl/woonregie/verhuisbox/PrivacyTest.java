package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import nl.woonregie.support.BrowserTest;
import nl.woonregie.support.TestKlok;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** AVG on the demo team: a person's data export (with who read it, without credentials) and anonymising after the term. */
@BrowserTest
class PrivacyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void klokTerug() {
        klok.herstel();
    }

    @Test
    void avg_export_bevat_de_gegevens_en_de_verwerkingen_maar_nooit_inloggegevens() throws Exception {
        long casus = jdbc.sql("select c.id from vhb_casus c join vhb_inschrijving i on i.casus_id = c.id "
                + "where i.kluis_geheim is not null and c.geanonimiseerd_op is null limit 1").query(Long.class).single();
        MvcResult r = mvc.perform(get("/api/v1/verhuisbox/casussen/" + casus + "/avg-export")
                .with(httpBasic("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode export = json.readTree(r.getResponse().getContentAsString());
        assertThat(export.get("casus").get(0).get("naam").asString()).isNotBlank();
        assertThat(export.get("statuswijzigingen").size()).isPositive();
        assertThat(export.get("verwerkingen").toString()).contains("AVG-inzage");
        assertThat(export.get("inschrijvingen").get(0).get("inloggegevensbewaard").asBoolean()).isTrue();
        assertThat(r.getResponse().getContentAsString()).doesNotContain("kluis_geheim").doesNotContain("wachtwoord");
        assertThat(mvc.perform(get("/api/v1/verhuisbox/casussen/" + casus + "/avg-export")
                .with(httpBasic("toezicht-zh", BrowserTest.DEMO_WACHTWOORD))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void afgesloten_casussen_worden_na_de_bewaartermijn_geanonimiseerd_en_niet_verwijderd() throws Exception {
        long afgesloten = jdbc.sql("select count(*) from vhb_casus where status in ('AFGESLOTEN', 'GEWEIGERD') "
                + "and geanonimiseerd_op is null and team_id = (select t.team_id from toewijzing t "
                + "join gebruiker g on g.id = t.gebruiker_id where g.gebruikersnaam = 'vhb-coordinator')").query(Long.class).single();
        assertThat(afgesloten).isPositive();
        long totaal = jdbc.sql("select count(*) from vhb_casus").query(Long.class).single();
        // today nothing has passed the term of 24 months
        assertThat(anonimiseer().get("geanonimiseerd").asInt()).isZero();
        // three years later it has
        klok.zet(LocalDate.now().plusYears(3));
        assertThat(anonimiseer().get("geanonimiseerd").asInt()).isEqualTo((int) afgesloten);
        assertThat(jdbc.sql("select count(*) from vhb_casus").query(Long.class).single()).isEqualTo(totaal);
        assertThat(jdbc.sql("select count(*) from vhb_casus where geanonimiseerd_op is not null and "
                + "(naam <> '[geanonimiseerd]' or bsn is not null or telefoon is not null or email is not null)")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from vhb_inschrijving i join vhb_casus c on c.id = i.casus_id "
                + "where c.geanonimiseerd_op is not null and i.kluis_geheim is not null").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_GEANONIMISEERD'").query(Long.class)
                .single()).isEqualTo(1);
        // the history stays append-only outside the anonymising transaction
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("update vhb_statuswijziging set reden = 'x'")
                .update()).hasMessageContaining("append-only");
    }

    JsonNode anonimiseer() throws Exception {
        MvcResult r = mvc.perform(post("/api/v1/verhuisbox/anonimiseren")
                .with(httpBasic("vhb-coordinator", BrowserTest.DEMO_WACHTWOORD))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString());
    }
}
