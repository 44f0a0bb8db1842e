package nl.woonregie.gebied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET requests to the gebied API as the administrator, answered as JSON trees. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    Api(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A 200 application/json answer. */
    JsonNode json(String uri) {
        MockHttpServletResponse response = vraag(uri);
        assertThat(response.getStatus()).as("status van " + uri + ": " + tekst(response)).isEqualTo(200);
        assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .as("content type " + response.getContentType()).isTrue();
        return JSON.readTree(response.getContentAsByteArray());
    }

    /** An application/problem+json answer with the given status. */
    JsonNode probleem(String uri, int status) {
        return probleem(vraag(uri), uri, status);
    }

    static JsonNode probleem(MockHttpServletResponse response, String uri, int status) {
        assertThat(response.getStatus()).as("status van " + uri + ": " + tekst(response)).isEqualTo(status);
        assertThat(MediaType.parseMediaType(response.getContentType())
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as("content type " + response.getContentType())
                .isTrue();
        JsonNode problem = JSON.readTree(response.getContentAsByteArray());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        return problem;
    }

    /** The names in a problem's invalidParams. */
    static List<String> ongeldigeParameters(JsonNode problem) {
        List<String> namen = new ArrayList<>();
        problem.path("invalidParams").forEach(p -> namen.add(p.path("name").asString()));
        return namen;
    }

    /** The values of one field of each element of an array. */
    static List<String> velden(JsonNode array, String veld) {
        List<String> waarden = new ArrayList<>();
        array.forEach(n -> waarden.add(n.path(veld).asString()));
        return waarden;
    }

    MockHttpServletResponse vraag(String uri) {
        try {
            return mvc.perform(get(uri).with(httpBasic("beheerder", IntegratieTest.BEHEERDER_WACHTWOORD)))
                    .andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    MockHttpServletResponse anoniem(String uri) {
        try {
            return mvc.perform(get(uri)).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String tekst(MockHttpServletResponse response) {
        return new String(response.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
