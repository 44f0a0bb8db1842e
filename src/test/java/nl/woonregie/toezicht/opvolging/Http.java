package nl.woonregie.toezicht.opvolging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.support.IntegratieTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests to the API as a given account, and the accounts the follow-up tests use. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String WACHTWOORD = "opvolging-test-wachtwoord";

    static final String BEHEERDER = "beheerder";
    /** TOEZICHTHOUDER of Zuid-Holland (PV28). */
    static final String TH_ZH = "opvolging-th-pv28";
    /** TOEZICHTHOUDER of Noord-Holland (PV27). */
    static final String TH_NH = "opvolging-th-pv27";
    /** GEMEENTE 's-Gravenhage (GM0518). */
    static final String DEN_HAAG = "opvolging-gm0518";
    static final String COA = "opvolging-coa";

    private final MockMvc mvc;

    Http(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Creates the test accounts unless they exist (all integration tests share one database). */
    Http metAccounts() {
        account(TH_ZH, "TOEZICHTHOUDER", "\"provincie\":\"PV28\"");
        account(TH_NH, "TOEZICHTHOUDER", "\"provincie\":\"PV27\"");
        account(DEN_HAAG, "GEMEENTE", "\"gemeente\":\"GM0518\"");
        account(COA, "COA", null);
        return this;
    }

    private void account(String naam, String rol, String scope) {
        String body = "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\"" + WACHTWOORD + "\",\"rol\":\"" + rol
                + "\"" + (scope == null ? "" : "," + scope) + "}";
        MockHttpServletResponse r = post(BEHEERDER, "/api/v1/gebruikers", body);
        assertThat(r.getStatus()).as(tekst(r)).isIn(201, 409);
    }

    MockHttpServletResponse get(String wie, String uri) {
        return doe(wie, MockMvcRequestBuilders.get(uri));
    }

    MockHttpServletResponse post(String wie, String uri, String body) {
        return doe(wie, MockMvcRequestBuilders.post(uri)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    MockHttpServletResponse put(String wie, String uri, String body, String ifMatch) {
        MockHttpServletRequestBuilder b = MockMvcRequestBuilders.put(uri)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return doe(wie, b);
    }

    /** The JSON answer of a request that must have the given status (2xx: application/json). */
    static JsonNode json(MockHttpServletResponse r, int status) {
        assertThat(r.getStatus()).as(tekst(r)).isEqualTo(status);
        assertThat(MediaType.parseMediaType(r.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON))
                .as(r.getContentType()).isTrue();
        return JSON.readTree(r.getContentAsByteArray());
    }

    /** A problem+json answer with the given status. */
    static JsonNode probleem(MockHttpServletResponse r, int status) {
        assertThat(r.getStatus()).as(tekst(r)).isEqualTo(status);
        assertThat(MediaType.parseMediaType(r.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as(r.getContentType()).isTrue();
        JsonNode p = JSON.readTree(r.getContentAsByteArray());
        assertThat(p.path("status").asInt()).isEqualTo(status);
        return p;
    }

    /** The names in a problem's invalidParams. */
    static List<String> ongeldig(JsonNode probleem) {
        List<String> namen = new ArrayList<>();
        probleem.path("invalidParams").forEach(p -> namen.add(p.path("name").asString()));
        return namen;
    }

    static String reden(JsonNode probleem, String naam) {
        for (JsonNode p : probleem.path("invalidParams")) {
            if (p.path("name").asString().equals(naam)) {
                return p.path("reason").asString();
            }
        }
        return null;
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }

    static long idUitLocation(MockHttpServletResponse r) {
        String location = r.getHeader("Location");
        assertThat(location).isNotNull();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static String tekst(MockHttpServletResponse r) {
        return new String(r.getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse doe(String wie, MockHttpServletRequestBuilder b) {
        String wachtwoord = BEHEERDER.equals(wie) ? IntegratieTest.BEHEERDER_WACHTWOORD : WACHTWOORD;
        try {
            return mvc.perform(b.with(httpBasic(wie, wachtwoord))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
