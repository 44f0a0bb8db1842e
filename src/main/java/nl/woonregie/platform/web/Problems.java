package nl.woonregie.platform.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds and writes the problem answers (RFC 9457, {@code application/problem+json}) as Spring's {@link ProblemDetail},
 * so all errors look the same wherever they arise: {@code type} per status under https://woonregie.nl/problemen/,
 * a Dutch {@code title} and {@code detail}, the request path as {@code instance}, and as extra members
 * {@code invalidParams} (every invalid field of a rejected request) and {@code bevindingen} (findings that block an
 * action). {@link Problem} describes the same document in the OpenAPI document.
 */
@Component
public class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    static final String INVALID_PARAMS = "invalidParams";
    static final String BEVINDINGEN = "bevindingen";
    private static final String TYPE_BASE = "https://woonregie.nl/problemen/";

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail, String instance,
            List<InvalidParam> invalidParams) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create(type(status)));
        p.setTitle(title);
        p.setDetail(detail);
        if (instance != null) {
            p.setInstance(uri(instance));
        }
        if (invalidParams != null && !invalidParams.isEmpty()) {
            p.setProperty(INVALID_PARAMS, List.copyOf(invalidParams));
        }
        return p;
    }

    /** The same problem with the findings that explain it. */
    public static ProblemDetail metBevindingen(ProblemDetail p, List<?> bevindingen) {
        p.setProperty(BEVINDINGEN, List.copyOf(bevindingen));
        return p;
    }

    /** The invalid fields of a problem (empty when it names none). */
    @SuppressWarnings("unchecked")
    public static List<InvalidParam> invalidParams(ProblemDetail p) {
        Object v = p.getProperties() == null ? null : p.getProperties().get(INVALID_PARAMS);
        return v == null ? List.of() : (List<InvalidParam>) v;
    }

    /** The request path as a URI; a path that is no valid URI (a malformed request) is encoded first. */
    private static URI uri(String pad) {
        try {
            return URI.create(pad);
        } catch (IllegalArgumentException e) {
            return URI.create(UriUtils.encodePath(pad, StandardCharsets.UTF_8));
        }
    }

    public static ResponseEntity<ProblemDetail> response(HttpStatusCode status, String title, String detail,
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

    static String type(HttpStatusCode status) {
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
