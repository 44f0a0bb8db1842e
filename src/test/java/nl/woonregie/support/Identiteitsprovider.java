package nl.woonregie.support;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID Connect provider in the test's own process: Spring Authorization Server in an application context of
 * its own (no auto-configuration, nothing of Woonregie), on 127.0.0.1 and a free port — another host than Woonregie's
 * {@code localhost}, so the browser keeps their cookies apart, as with a real provider. It has Spring Security's own
 * login form, the users the tests make ({@link #gebruiker}), one client for Woonregie (authorization code, no consent
 * screen, redirect and post-logout addresses on Woonregie's port once it runs), ID tokens with each user's groups,
 * {@code amr}, name and e-mail (a token customiser), and OpenID Connect RP-initiated logout. Started once per test
 * run, before Woonregie's context ({@link Initialisatie} puts its issuer in Woonregie's environment).
 */
public final class Identiteitsprovider {

    public static final String CLIENT_ID = "woonregie";
    public static final String CLIENT_SECRET = "het-geheim-van-woonregie-bij-de-testprovider";
    /** The registration id of Woonregie's client, as in the README. */
    public static final String REGISTRATIE = "idp";

    private static Identiteitsprovider gedeeld;

    /** What the provider says of a user in its ID tokens. */
    private record Gegevens(List<String> groepen, List<String> amr) {
    }

    private final InMemoryUserDetailsManager gebruikers = new InMemoryUserDetailsManager();
    private final Map<String, Gegevens> gegevens = new ConcurrentHashMap<>();
    private final Klanten klanten = new Klanten();
    private final AnnotationConfigServletWebServerApplicationContext context;
    private final String issuer;

    private Identiteitsprovider() {
        context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(InMemoryUserDetailsManager.class, () -> gebruikers);
        context.registerBean(RegisteredClientRepository.class, () -> klanten);
        context.registerBean(TokenClaims.class, () -> new TokenClaims(gegevens));
        context.register(Configuratie.class);
        context.refresh();
        issuer = "http://127.0.0.1:" + context.getWebServer().getPort();
    }

    /** The provider of this test run, started at the first call. */
    public static synchronized Identiteitsprovider gedeeld() {
        if (gedeeld == null) {
            gedeeld = new Identiteitsprovider();
            Runtime.getRuntime().addShutdownHook(new Thread(gedeeld.context::close));
        }
        return gedeeld;
    }

    /** The issuer (and base address) of the provider. */
    public String issuer() {
        return issuer;
    }

    /** A user of the provider, with a password for its login form, its groups and the {@code amr} of its sign-ins. */
    public void gebruiker(String naam, String wachtwoord, List<String> groepen, List<String> amr) {
        gebruikers.createUser(User.withUsername(naam).password("{noop}" + wachtwoord).roles("MEDEWERKER").build());
        gegevens.put(naam, new Gegevens(List.copyOf(groepen), List.copyOf(amr)));
    }

    /** The user's groups from now on (its next ID token says them). */
    public void groepen(String naam, List<String> groepen) {
        gegevens.computeIfPresent(naam, (n, g) -> new Gegevens(List.copyOf(groepen), g.amr()));
    }

    /** Woonregie runs at this address: its client's redirect and post-logout addresses. */
    void woonregieOp(String basis) {
        klanten.save(RegisteredClient.from(klanten.klant)
                .redirectUris(uris -> {
                    uris.clear();
                    uris.add(basis + "/login/oauth2/code/" + REGISTRATIE);
                })
                .postLogoutRedirectUris(uris -> {
                    uris.clear();
                    uris.add(basis + "/inloggen?logout");
                }).build());
    }

    /** The ID token's claims of the signed-in user: name, e-mail, groups and {@code amr}. */
    private record TokenClaims(Map<String, Gegevens> gegevens) implements OAuth2TokenCustomizer<JwtEncodingContext> {

        @Override
        public void customize(JwtEncodingContext context) {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            String naam = context.getPrincipal().getName();
            context.getClaims().claim("preferred_username", naam).claim("email", naam + "@organisatie.example");
            Gegevens g = gegevens.get(naam);
            if (g != null) {
                context.getClaims().claim("groups", g.groepen()).claim("amr", g.amr());
            }
        }
    }

    /** Starts the provider before Woonregie's context and gives Woonregie its issuer and, later, Woonregie's port. */
    public static final class Initialisatie implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext woonregie) {
            Identiteitsprovider idp = gedeeld();
            TestPropertyValues.of("spring.security.oauth2.client.provider." + REGISTRATIE + ".issuer-uri="
                    + idp.issuer()).applyTo(woonregie);
            woonregie.addApplicationListener((ApplicationListener<org.springframework.context.ApplicationEvent>) e -> {
                if (e instanceof WebServerInitializedEvent w) {
                    idp.woonregieOp("http://localhost:" + w.getWebServer().getPort());
                }
            });
        }
    }

    /** The one client, Woonregie; replaced when Woonregie's port is known. */
    private static final class Klanten implements RegisteredClientRepository {

        private volatile RegisteredClient klant = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://localhost/login/oauth2/code/" + REGISTRATIE)
                .postLogoutRedirectUri("http://localhost/inloggen?logout")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();

        @Override
        public void save(RegisteredClient registeredClient) {
            klant = registeredClient;
        }

        @Override
        public RegisteredClient findById(String id) {
            return klant.getId().equals(id) ? klant : null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return klant.getClientId().equals(clientId) ? klant : null;
        }
    }

    /**
     * The provider's own web application: Spring Authorization Server with OpenID Connect, and a login form. A test
     * configuration, so that the component scan of Woonregie's test contexts leaves it out.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Configuratie {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.setAddress(InetAddress.getLoopbackAddress());
            return tomcat;
        }

        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        /** The protocol's endpoints (authorize, token, JWKS, discovery, UserInfo, logout). */
        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                http.securityMatcher(server.getEndpointsMatcher());
                server.oidc(Customizer.withDefaults());
            })
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        /** The provider's login form (Spring Security's own page). */
        @Bean
        @Order(2)
        SecurityFilterChain aanmelden(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        JWKSource<SecurityContext> sleutels() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair paar = generator.generateKeyPair();
            RSAKey sleutel = new RSAKey.Builder((RSAPublicKey) paar.getPublic())
                    .privateKey((RSAPrivateKey) paar.getPrivate()).keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(sleutel));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> sleutels) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(sleutels);
        }

        @Bean
        AuthorizationServerSettings instellingen() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
