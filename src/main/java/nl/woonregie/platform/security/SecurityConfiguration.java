package nl.woonregie.platform.security;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
 * the what-if simulation (which reveals no stored data). The API uses HTTP Basic; pages use a form login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ARGON2 = "argon2";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint problemEntryPoint,
            ProblemAccessDeniedHandler accessDenied, ApiTokens tokens, Problems problems) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/inloggen", "/css/**", "/img/**", "/js/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/docs", "/api/swagger-ui/**",
                                "/api/docs/**", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/toezicht/simulaties").permitAll()
                        .requestMatchers("/simulator").permitAll()
                        // the client's survey form behind a one-time link (the token is the credential)
                        .requestMatchers("/enquete/*").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens, problems),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("Woonregie").authenticationEntryPoint(problemEntryPoint))
                .formLogin(form -> form.loginPage("/inloggen").defaultSuccessUrl("/start", false).permitAll())
                .logout(logout -> logout.logoutUrl("/uitloggen").logoutSuccessUrl("/inloggen?logout"))
                // API calls with credentials in a header (Basic, Bearer) or without a session need no CSRF token;
                // a browser calling the API with its session cookie must send the token (X-CSRF-TOKEN)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> api.matches(request)
                        && (request.getHeader("Authorization") != null || !heeftSessieCookie(request))))
                // only pages are remembered for after the login; an API request never creates a session
                .requestCache(cache -> {
                    org.springframework.security.web.savedrequest.HttpSessionRequestCache paginas =
                            new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
                    paginas.setRequestMatcher(request -> !api.matches(request)
                            && "GET".equals(request.getMethod()));
                    cache.requestCache(paginas);
                })
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problemEntryPoint, api)
                        .defaultAccessDeniedHandlerFor(accessDenied, api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static boolean heeftSessieCookie(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (jakarta.servlet.http.Cookie c : request.getCookies()) {
            if (c.getName().equals("WOONREGIE_SESSIE")) {
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
