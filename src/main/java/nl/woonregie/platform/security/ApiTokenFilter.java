package nl.woonregie.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.woonregie.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** {@code Authorization: Bearer wr_…}: signs the request in as the token's account; a bad token is a 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Problems problems;

    ApiTokenFilter(ApiTokens tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        // (a request the scrape token already let in is not an API token's)
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            var gebruiker = tokens.authenticeer(header.substring(7).trim());
            if (gebruiker.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Woonregie\", error=\"invalid_token\"");
                problems.write(response, request, HttpStatus.UNAUTHORIZED, "Ongeldig token",
                        "Het API-token is onbekend of ingetrokken.");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(gebruiker.get(), null,
                    gebruiker.get().getAuthorities()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
