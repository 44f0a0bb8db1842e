package nl.woonregie.verhuisbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The maintained list of housing sites: a coordinator adds and changes sites, with every invalid field named. */
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
}
