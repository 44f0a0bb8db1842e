package nl.woonregie.platform.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import nl.woonregie.platform.web.Client;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The identity providers Woonregie signs in with over OpenID Connect, beside its own accounts (ADR 0020). They are
 * Spring Boot's client registrations — {@code spring.security.oauth2.client.registration.<id>.client-id},
 * {@code client-secret}, {@code scope} and {@code spring.security.oauth2.client.provider.<id>.issuer-uri} (the README
 * uses the id {@code idp}) — so without any registration there is no {@link ClientRegistrationRepository} and
 * Woonregie signs in as before, with nothing of this switched on. With one or more:
 * <ul>
 * <li>the login page shows "Inloggen via …" per provider ({@link #knoppen()}), beside the form;</li>
 * <li>Spring Security's OIDC login ({@code /oauth2/authorization/<id>}, back at {@code /login/oauth2/code/<id>})
 * checks the ID token; {@link IdpAanmelden} finds or makes the account, its rights and the factors; the account is
 * signed in as an {@link IdpAanmelding} in a new session row (the session migration of every login);</li>
 * <li>a refusal goes back to the login page with its reason ({@code /inloggen?idp=mfa|inactief|conflict|fout});</li>
 * <li>logging out ends Woonregie's session and, when the provider has an {@code end_session_endpoint}, sends the
 * browser there with the ID token to end the provider's session too (RP-initiated logout), back to
 * {@code /inloggen?logout}. The provider's address is then allowed in the CSP's {@code form-action}: the logout is a
 * form, and the browser checks the redirect that follows it.</li>
 * </ul>
 * Woonregie keeps no token of the provider (no access or refresh token: it calls no API of the provider); the ID token
 * stays in the session, for the logout.
 */
@Component
class Identiteitsproviders {

    private static final Logger log = LoggerFactory.getLogger(Identiteitsproviders.class);

    /** A provider on the login page: its name and where its sign-in starts. */
    record Knop(String naam, String pad) {
    }

    private final ClientRegistrationRepository repository;
    private final List<ClientRegistration> registraties;
    private final IdpInstellingen instellingen;

    Identiteitsproviders(ObjectProvider<ClientRegistrationRepository> repository, IdpInstellingen instellingen) {
        this.repository = repository.getIfAvailable();
        this.instellingen = instellingen;
        List<ClientRegistration> lijst = new ArrayList<>();
        if (this.repository instanceof Iterable<?> alle) {
            for (Object o : alle) {
                if (o instanceof ClientRegistration r) {
                    lijst.add(r);
                }
            }
        }
        for (ClientRegistration r : lijst) {
            if (!r.getScopes().contains(OidcScopes.OPENID)
                    || !AuthorizationGrantType.AUTHORIZATION_CODE.equals(r.getAuthorizationGrantType())) {
                throw new IllegalStateException("spring.security.oauth2.client.registration." + r.getRegistrationId()
                        + ": Woonregie meldt aan met OpenID Connect; geef de registratie de scope openid (bijvoorbeeld "
                        + "scope=openid,profile,email) en het grant type authorization_code");
            }
        }
        this.registraties = List.copyOf(lijst);
    }

    /** Is any provider configured? */
    boolean aanwezig() {
        return repository != null && !registraties.isEmpty();
    }

    /** The providers as the login page offers them. */
    List<Knop> knoppen() {
        return registraties.stream().map(r -> new Knop(naam(r), "/oauth2/authorization/" + r.getRegistrationId()))
                .toList();
    }

    /** The name of a provider: the setting (with one provider), else the registration's {@code client-name}. */
    private String naam(ClientRegistration r) {
        if (registraties.size() == 1 && instellingen.naam() != null && !instellingen.naam().isBlank()) {
            return instellingen.naam().strip();
        }
        return r.getClientName() == null || r.getClientName().equals(r.getRegistrationId()) ? "uw organisatie"
                : r.getClientName();
    }

    /** The name of the provider of this registration (for the pages that say an account signs in there). */
    String naam(String registratie) {
        return registraties.stream().filter(r -> r.getRegistrationId().equals(registratie)).findFirst()
                .map(this::naam).orElse(registratie);
    }

    /** The origins of the providers' logout endpoints, for the CSP's {@code form-action}. */
    Set<String> uitlogOorsprongen() {
        Set<String> oorsprongen = new LinkedHashSet<>();
        for (ClientRegistration r : registraties) {
            Object eind = r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            if (eind != null) {
                URI u = URI.create(eind.toString());
                oorsprongen.add(u.getScheme() + "://" + u.getRawAuthority());
            }
        }
        return oorsprongen;
    }

    /** Switches the OIDC login and the provider's logout on, when a provider is configured. */
    void configureer(HttpSecurity http, IdpAanmelden aanmelden) throws Exception {
        if (!aanwezig()) {
            return;
        }
        http.oauth2Login(login -> login.loginPage("/inloggen")
                .clientRegistrationRepository(repository)
                .authorizedClientRepository(new GeenTokensBewaren())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(aanmelden))
                .successHandler(naAanmelden())
                .failureHandler(geweigerd()));
    }

    /** Logging out: at the provider too, when it has an {@code end_session_endpoint}; back to the login page. */
    LogoutSuccessHandler uitloggen() {
        SimpleUrlLogoutSuccessHandler gewoon = new SimpleUrlLogoutSuccessHandler();
        gewoon.setDefaultTargetUrl("/inloggen?logout");
        if (!aanwezig()) {
            return gewoon;
        }
        OidcClientInitiatedLogoutSuccessHandler bijProvider = new OidcClientInitiatedLogoutSuccessHandler(repository);
        bijProvider.setPostLogoutRedirectUri("{baseUrl}/inloggen?logout");
        bijProvider.setDefaultTargetUrl("/inloggen?logout");
        return (request, response, auth) -> {
            if (auth instanceof IdpAanmelding a) {
                bijProvider.onLogoutSuccess(request, response, new OAuth2AuthenticationToken(
                        new DefaultOidcUser(List.of(), a.idToken()), List.of(), a.registratie()));
            } else {
                gewoon.onLogoutSuccess(request, response, auth);
            }
        };
    }

    /**
     * After the provider: the user that {@link IdpAanmelden} signed in becomes an {@link IdpAanmelding} (a
     * {@link Gebruiker} as principal, as every check asks), saved in the session that the login made, and goes where
     * it was going (a page it asked for), else to its start.
     */
    private static AuthenticationSuccessHandler naAanmelden() {
        SavedRequestAwareAuthenticationSuccessHandler verder = new SavedRequestAwareAuthenticationSuccessHandler();
        verder.setDefaultTargetUrl("/start");
        HttpSessionSecurityContextRepository contexten = new HttpSessionSecurityContextRepository();
        return (request, response, auth) -> {
            if (!(auth instanceof OAuth2AuthenticationToken token)
                    || !(token.getPrincipal() instanceof IdpAanmelden.IdpGebruiker idp)) {
                // not through IdpAanmelden (cannot happen with OIDC registrations only): never signed in so
                afbreken(request);
                response.sendRedirect(request.getContextPath() + "/inloggen?idp=fout");
                return;
            }
            IdpAanmelding aanmelding = new IdpAanmelding(idp.gebruiker(), idp.getIdToken(),
                    token.getAuthorizedClientRegistrationId(), new Aanmelden.Herkomst(request.getRemoteAddr(),
                            Client.van(request), AanmeldGebeurtenis.Via.IDP));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(aanmelding);
            SecurityContextHolder.setContext(context);
            contexten.saveContext(context, request, response);
            verder.onAuthenticationSuccess(request, response, aanmelding);
        };
    }

    /** A refused sign-in: back to the login page with the reason; anything else the provider or protocol failed on. */
    private static AuthenticationFailureHandler geweigerd() {
        return (request, response, fout) -> {
            IdpAanmelden.Weigering w = fout instanceof OAuth2AuthenticationException o
                    ? IdpAanmelden.Weigering.van(o.getError().getErrorCode()) : null;
            if (w == null) {
                log.warn("Aanmelden via de identiteitsprovider is mislukt: {}", fout.getMessage());
            }
            response.sendRedirect(request.getContextPath() + "/inloggen?idp=" + (w == null ? "fout" : w.code()));
        };
    }

    private static void afbreken(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.invalidate();
        }
    }

    /**
     * Woonregie keeps none of the provider's tokens after the sign-in (it calls no API of the provider): Spring's
     * default would hold every user's access token in memory.
     */
    private static final class GeenTokensBewaren implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId,
                org.springframework.security.core.Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client,
                org.springframework.security.core.Authentication principal, HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId,
                org.springframework.security.core.Authentication principal, HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response) {
        }
    }
}
