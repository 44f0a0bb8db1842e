package nl.woonregie.platform.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import nl.woonregie.platform.web.Problems;

/**
 * Everything is authenticated, except the start page, static assets, the health probe, the API documentation and
 * the what-if simulation (which reveals no stored data). The API uses HTTP Basic; pages use a form login and, when one
 * is configured, an identity provider over OpenID Connect ({@link Identiteitsproviders}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ARGON2 = "argon2";
    static final String SESSIECOOKIE = "WOONREGIE_SESSIE";
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    /** No page of Woonregie uses a camera, microphone, location, payment or other device API. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), fullscreen=(self)";

    /**
     * The session cookie, the same with an embedded server and in MockMvc (Spring Boot applies
     * {@code server.servlet.session.cookie.*} only with an embedded server): HttpOnly, SameSite=Lax, and Secure
     * whenever the request is HTTPS (also behind a configured proxy, see {@link ProxyKoppen}).
     */
    @Bean
    org.springframework.session.web.http.DefaultCookieSerializer cookieSerializer() {
        var cookie = new org.springframework.session.web.http.DefaultCookieSerializer();
        cookie.setCookieName(SESSIECOOKIE);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    /**
     * Forwarded headers only from the configured reverse proxies ({@code woonregie.proxies}); runs before every other
     * filter (Spring Session's cookie and Spring Security's HSTS look at the scheme it restores).
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<ProxyKoppen> proxyKoppen(
            @Value("${woonregie.proxies:}") String proxies) {
        var registratie = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new ProxyKoppen(proxies));
        registratie.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registratie;
    }

    /**
     * Static files never see the session: right after Spring Session's filter, before everything else that could ask
     * for it (see {@link StatischeBestanden}).
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<StatischeBestanden> statischeBestanden() {
        var registratie = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new StatischeBestanden());
        registratie.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registratie;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint problemEntryPoint,
            ProblemAccessDeniedHandler accessDenied, ApiTokens tokens, Problems problems,
            Identiteitsproviders identiteitsproviders, IdpAanmelden idpAanmelden,
            @Value("${woonregie.metrics.token:}") String scrapeToken) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(StatischeBestanden.PADEN.toArray(String[]::new)).permitAll()
                        .requestMatchers("/", "/inloggen", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // metrics: the administrator, or a Prometheus server with the scrape token (ScrapeToken)
                        .requestMatchers(ScrapeToken.PAD).hasAnyAuthority("ROLE_" + Rol.BEHEERDER.name(),
                                ScrapeToken.AUTHORITY)
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/swagger-ui/**",
                                "/api/docs/**", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/toezicht/simulaties").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/aanbod/prognoses").permitAll()
                        .requestMatchers("/simulator").permitAll()
                        // the client's survey form behind a one-time link (the token is the credential)
                        .requestMatchers("/enquete/*").permitAll()
                        // the secure download link of a sent letter (ADR 0055): the token is the credential
                        .requestMatchers(HttpMethod.GET, "/downloads/*", "/downloads/*/brief.pdf").permitAll()
                        // choosing a password through a one-time link (the link is the credential)
                        .requestMatchers("/wachtwoord/*", "/api/v1/wachtwoordlinks/*").permitAll()
                        // the second step after the password: the pages themselves admit only a half sign-in
                        .requestMatchers("/inloggen/code", "/inloggen/instellen").permitAll()
                        // account management and the audit trail: the administrator, checked before a body is read
                        // (so anyone else gets 403, never the validation of a request it may not make)
                        .requestMatchers("/api/v1/gebruikers", "/api/v1/gebruikers/**", "/api/v1/audit",
                                "/beheer/**")
                        .hasRole(Rol.BEHEERDER.name())
                        // signed in with both steps: a half sign-in (Tussenaanmelding) reaches nothing else
                        .anyRequest().access((wie, context) -> new AuthorizationDecision(volledigAangemeld(wie.get()))))
                .addFilterBefore(new ScrapeToken(scrapeToken),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, problems),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("Woonregie").authenticationEntryPoint(problemEntryPoint)
                        .authenticationDetailsSource(Aanmelden.Herkomst.bron(AanmeldGebeurtenis.Via.BASIC)))
                .formLogin(form -> form.loginPage("/inloggen").successHandler(naDeEersteStap()).permitAll()
                        .authenticationDetailsSource(Aanmelden.Herkomst.bron(AanmeldGebeurtenis.Via.FORMULIER))
                        // a block says how long it lasts; any other failure says only that it failed
                        .failureHandler((request, response, fout) -> response.sendRedirect(request.getContextPath()
                                + (fout instanceof AanmeldingGeblokkeerd g ? "/inloggen?geblokkeerd=" + g.minuten()
                                        : "/inloggen?error"))))
                // the login moves the account to a new session row and deletes the old one, instead of renaming the
                // row: a request still running with the old session then saves into nothing, where a rename let its
                // save write the old id back and sign the user out again
                .sessionManagement(sessies -> sessies.sessionFixation(fixatie -> fixatie.migrateSession()))
                // back to the login page; signed in through an identity provider, by way of its logout
                .logout(logout -> logout.logoutUrl("/uitloggen")
                        .logoutSuccessHandler(identiteitsproviders.uitloggen()))
                // API calls without a session cookie are signed in by their header (Basic, Bearer) and need no CSRF
                // token; a request that carries the session cookie always needs it (X-CSRF-TOKEN), whatever other
                // header it has: a browser sends the cookie by itself
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request)
                        && !heeftSessieCookie(request)))
                // only pages are remembered for after the login; an API request never creates a session
                .requestCache(cache -> {
                    org.springframework.security.web.savedrequest.HttpSessionRequestCache paginas =
                            new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
                    paginas.setRequestMatcher(request -> !api.matches(request)
                            && "GET".equals(request.getMethod()));
                    cache.requestCache(paginas);
                })
                // a refusal answers problem+json under /api/ and the Dutch error page (with the navigation)
                // elsewhere; both are named, since Spring Security uses a lone default handler for every request
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problemEntryPoint, api)
                        .defaultAccessDeniedHandlerFor(accessDenied, api)
                        .defaultAccessDeniedHandlerFor(paginaGeweigerd(), request -> !api.matches(request)))
                .headers(headers -> headers
                        // scripts only from our own files: no inline script, no event attributes
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                csp(identiteitsproviders.uitlogOorsprongen())))
                        // sent on HTTPS requests only (also behind a configured proxy, see ProxyKoppen)
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                "Permissions-Policy", PERMISSIONS_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // signing in with an identity provider (OpenID Connect), only when one is configured
        identiteitsproviders.configureer(http, idpAanmelden);
        return http.build();
    }

    /**
     * The CSP, with the origins of the identity providers' logout in {@code form-action}: logging out is a form, and
     * the browser refuses a redirect after a form to an origin {@code form-action} does not name.
     */
    static String csp(java.util.Collection<String> uitlogOorsprongen) {
        if (uitlogOorsprongen.isEmpty()) {
            return CSP;
        }
        return CSP.replace("form-action 'self'", "form-action 'self' " + String.join(" ", uitlogOorsprongen));
    }

    /** Signed in with the password and, where the account has one, the second step (not halfway, not anonymous). */
    static boolean volledigAangemeld(org.springframework.security.core.Authentication auth) {
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Gebruiker;
    }

    /**
     * After the password: an account with a second step goes on to its code (or to setting one up); any other
     * account is signed in and goes where it was going (a page it asked for), else to its start.
     */
    private static org.springframework.security.web.authentication.AuthenticationSuccessHandler naDeEersteStap() {
        var verder = new org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler();
        verder.setDefaultTargetUrl("/start");
        return (request, response, auth) -> {
            if (auth instanceof Tussenaanmelding) {
                response.sendRedirect(request.getContextPath() + "/inloggen/code");
            } else {
                verder.onAuthenticationSuccess(request, response, auth);
            }
        };
    }

    /** A page refused: halfway signed in, on to the second step; else the Dutch 403 page. */
    private static org.springframework.security.web.access.AccessDeniedHandler paginaGeweigerd() {
        var geweigerd = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (request, response, fout) -> {
            if (org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication() instanceof Tussenaanmelding) {
                response.sendRedirect(request.getContextPath() + "/inloggen/code");
            } else {
                geweigerd.handle(request, response, fout);
            }
        };
    }

    private static boolean heeftSessieCookie(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie c : request.getCookies()) {
            if (c.getName().equals(SESSIECOOKIE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Argon2id for new passwords (by default Spring Security's recommendation: 19 MiB, 2 iterations); bcrypt hashes
     * are still accepted. Each hash records its own parameters, so changing them only affects new passwords. The
     * tests use a small memory cost for their own accounts ({@code woonregie.wachtwoorden.argon2-geheugen-kib}), so
     * that thousands of signed-in requests stay fast; production keeps the default.
     */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${woonregie.wachtwoorden.argon2-geheugen-kib:19456}") int geheugenKib,
            @Value("${woonregie.wachtwoorden.argon2-iteraties:2}") int iteraties) {
        return new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, geheugenKib, iteraties),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
