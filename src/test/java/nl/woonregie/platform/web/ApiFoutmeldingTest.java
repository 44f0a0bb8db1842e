package nl.woonregie.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.woonregie.support.IntegratieTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Errors that Spring MVC raises before a controller runs (unreadable body, unknown field, bean validation) are
 * answered by {@link ApiExceptionHandler}, naming the invalid fields, and not by Spring Boot's generic problem details.
 */
@IntegratieTest
class ApiFoutmeldingTest {

    @Autowired
    MockMvc mvc;

    @Test
    void een_onbekend_veld_wordt_genoemd() throws Exception {
        mvc.perform(post("/api/v1/gebruikers").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gebruikersnaam\":\"fout-veld\",\"wachtwoord\":\"lang-genoeg-wachtwoord\","
                                + "\"rol\":\"COA\",\"kamer\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.invalidParams[0].name").value("kamer"))
                .andExpect(jsonPath("$.invalidParams[0].reason").value("onbekend veld"));
    }

    @Test
    void geen_geldige_json_wordt_als_body_genoemd() throws Exception {
        mvc.perform(post("/api/v1/gebruikers").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"gebruikersnaam\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("body"));
    }

    @Test
    void een_nieuw_account_noemt_elk_ongeldig_veld() throws Exception {
        mvc.perform(post("/api/v1/gebruikers").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gebruikersnaam\":\"X\",\"wachtwoord\":\"kort\",\"rol\":\"COA\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[*].name",
                        Matchers.containsInAnyOrder("gebruikersnaam", "wachtwoord")));
    }

    @Test
    void een_ongeldige_padparameter_wordt_genoemd_en_een_verkeerde_methode_is_405() throws Exception {
        mvc.perform(delete("/api/v1/api-tokens/abc").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("id"));
        mvc.perform(delete("/api/v1/gebruikers").with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
