package nl.woonregie.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics endpoint for a Prometheus server: {@code GET /actuator/prometheus} with
 * {@code Authorization: Bearer <woonregie.metrics.token>} (the environment's {@code WOONREGIE_METRICS_TOKEN}, at
 * least 32 characters) is let in with the one authority {@value #AUTHORITY}, which opens nothing else. Without a
 * configured token only a BEHEERDER reads the metrics (session, HTTP Basic or API token). Compared in constant time.
 */
class ScrapeToken extends OncePerRequestFilter {

    static final String AUTHORITY = "METRICS_SCRAPE";
    static final String PAD = "/actuator/prometheus";

    private final byte[] token;

    ScrapeToken(String token) {
        String t = token == null ? "" : token.strip();
        if (!t.isEmpty() && t.length() < 32) {
            throw new IllegalStateException("woonregie.metrics.token is te kort: minstens 32 tekens");
        }
        this.token = t.isEmpty() ? null : t.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return token == null || !request.getRequestURI().equals(request.getContextPath() + PAD);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
                    List.of(new SimpleGrantedAuthority(AUTHORITY))));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
