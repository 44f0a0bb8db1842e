package nl.woonregie.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/** A request the firewall refuses (e.g. an encoded slash in the path) gets a 400 problem, not an empty answer. */
@Component
class GeweigerdVerzoekHandler implements RequestRejectedHandler {

    private final Problems problems;

    GeweigerdVerzoekHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException requestRejectedException) throws IOException {
        problems.write(response, request, HttpStatus.BAD_REQUEST, "Ongeldig verzoek",
                "Het adres van het verzoek bevat tekens die niet zijn toegestaan.");
    }
}
