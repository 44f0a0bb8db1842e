package nl.woonregie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.woonregie.support.IntegratieTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without a client registration (no {@code spring.security.oauth2.client.*}) Woonregie signs in as it always did:
 * no identity provider on the login page, no OIDC endpoints, the CSP unchanged.
 */
@IntegratieTest
class ZonderIdentiteitsproviderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void zonder_registratie_is_er_geen_aanmelding_via_een_identiteitsprovider() throws Exception {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        MockHttpServletResponse inloggen = mvc.perform(get("/inloggen")).andReturn().getResponse();
        assertThat(inloggen.getContentAsString()).contains("name=\"username\"").doesNotContain("Inloggen via")
                .doesNotContain("/oauth2/");
        assertThat(inloggen.getHeader("Content-Security-Policy")).isEqualTo(SecurityConfiguration.CSP);
        // the OIDC login's addresses are no endpoints (a signed-in account gets 404)
        assertThat(mvc.perform(get("/oauth2/authorization/idp").with(httpBasic("beheerder",
                IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/login/oauth2/code/idp").with(httpBasic("beheerder",
                IntegratieTest.BEHEERDER_WACHTWOORD))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
