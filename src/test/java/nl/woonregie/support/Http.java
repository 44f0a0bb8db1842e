package nl.woonregie.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Requests through MockMvc as a named account (HTTP Basic): the administrator with its password, every other
 * account with the password the test gave it.
 */
public final class Http {

    private final MockMvc mvc;
    private final String wachtwoord;

    public Http(MockMvc mvc, String wachtwoord) {
        this.mvc = mvc;
        this.wachtwoord = wachtwoord;
    }

    public MockHttpServletResponse get(String wie, String uri) {
        return doe(wie, MockMvcRequestBuilders.get(uri));
    }

    public MockHttpServletResponse post(String wie, String uri, String body) {
        return doe(wie, MockMvcRequestBuilders.post(uri).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public MockHttpServletResponse put(String wie, String uri, String body) {
        return doe(wie, MockMvcRequestBuilders.put(uri).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public MockHttpServletResponse doe(String wie, MockHttpServletRequestBuilder b) {
        String ww = wie.equals("beheerder") ? IntegratieTest.BEHEERDER_WACHTWOORD : wachtwoord;
        try {
            return mvc.perform(b.with(httpBasic(wie, ww))).andReturn().getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
