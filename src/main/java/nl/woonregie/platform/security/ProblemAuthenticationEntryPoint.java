package nl.woonregie.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.woonregie.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 for the API as {@code application/problem+json}, with a Basic challenge. */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException authException) throws IOException {
        if (authException instanceof AanmeldingGeblokkeerd geblokkeerd) {
            response.setHeader("Retry-After", Long.toString(geblokkeerd.seconden()));
            problems.write(response, request, HttpStatus.TOO_MANY_REQUESTS, "Te veel mislukte aanmeldpogingen",
                    "Na te veel verkeerde wachtwoorden voor dit account of vanaf dit adres wordt een aanmelding "
                            + "even niet beoordeeld. Probeer het over " + geblokkeerd.seconden() + " seconden opnieuw.");
            return;
        }
        if (authException instanceof AlleenMetToken) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Woonregie\"");
            problems.write(response, request, HttpStatus.UNAUTHORIZED, "Alleen met een API-token",
                    "Dit account heeft een tweede stap (TOTP) en meldt zich bij de API alleen aan met een API-token "
                            + "(Authorization: Bearer), niet met HTTP Basic. Maak een token op de pagina Mijn account.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Woonregie\"");
        problems.write(response, request, HttpStatus.UNAUTHORIZED, "Niet aangemeld",
                "Deze bron vraagt om aanmelding (HTTP Basic met gebruikersnaam en wachtwoord, of een API-token).");
    }
}
