package nl.woonregie.gebied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.woonregie.support.Api;
import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The gebied API is for signed-in users only; without (valid) credentials it answers 401 as a problem. */
@IntegratieTest
class GebiedBeveiligingTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/provincies", "/api/v1/gemeenten", "/api/v1/gemeenten/GM0518", "/api/v1/regios",
            "/api/v1/regios/VR15"})
    void zonder_aanmelding_401_als_problem_json(String uri) {
        Api.Antwoord antwoord = new Api(mvc).anoniem().get(uri);
        antwoord.probleem(401);
        assertThat(antwoord.header("WWW-Authenticate")).startsWith("Basic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/gemeenten", "/api/v1/regios/VR15"})
    void met_een_verkeerd_wachtwoord_401_als_problem_json(String uri) throws Exception {
        // a new account of its own: wrong passwords count towards blocking an account (not the shared beheerder)
        String naam = new nl.woonregie.support.Accounts(mvc).coa();
        new Api.Antwoord(mvc.perform(get(uri).with(httpBasic(naam, "fout"))).andReturn().getResponse())
                .probleem(401);
    }
}
