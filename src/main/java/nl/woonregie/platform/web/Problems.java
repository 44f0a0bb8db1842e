package nl.woonregie.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds and writes {@link Problem} answers, so all errors look the same wherever they arise. */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPE_BASE = "https://woonregie.nl/problemen/";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static Problem of(HttpStatusCode status, String title, String detail, String instance,
            List<InvalidParam> invalidParams) {
        return new Problem(type(status), title, status.value(), detail, instance,
                invalidParams == null || invalidParams.isEmpty() ? null : List.copyOf(invalidParams));
    }

    public static ResponseEntity<Problem> response(HttpStatusCode status, String title, String detail,
            HttpServletRequest request, List<InvalidParam> invalidParams) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON)
                .body(of(status, title, detail, request == null ? null : request.getRequestURI(), invalidParams));
    }

    public void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String title,
            String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), of(status, title, detail, request.getRequestURI(), null));
    }

    private static String type(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> TYPE_BASE + "ongeldig-verzoek";
            case 401 -> TYPE_BASE + "niet-aangemeld";
            case 403 -> TYPE_BASE + "geen-toegang";
            case 404 -> TYPE_BASE + "niet-gevonden";
            case 405 -> TYPE_BASE + "methode-niet-toegestaan";
            case 406 -> TYPE_BASE + "niet-aanvaardbaar";
            case 409 -> TYPE_BASE + "conflict";
            case 413 -> TYPE_BASE + "te-groot";
            case 415 -> TYPE_BASE + "mediatype-niet-ondersteund";
            case 429 -> TYPE_BASE + "te-veel-verzoeken";
            default -> status.is5xxServerError() ? TYPE_BASE + "serverfout" : "about:blank";
        };
    }
}
