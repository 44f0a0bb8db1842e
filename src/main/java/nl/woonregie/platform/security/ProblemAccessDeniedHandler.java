package nl.woonregie.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.woonregie.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 403 for the API as {@code application/problem+json}. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;

    ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException accessDeniedException) throws IOException {
        if (org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication() instanceof Tussenaanmelding) {
            problems.write(response, request, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                    "De aanmelding is nog niet af: geef eerst de code van de tweede stap (/inloggen/code).");
            return;
        }
        problems.write(response, request, HttpStatus.FORBIDDEN, "Geen toegang",
                "Uw account heeft geen toegang tot deze bron.");
    }
}
