package nl.woonregie.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The input of a public what-if endpoint (the toezicht simulation, the forecast): open to anonymous callers, so a
 * request rate per client address (a token bucket, 429 with Retry-After), at most a number of bytes (413, also when
 * the length is not announced), and strict JSON (no duplicate keys, nothing after the value, numbers exact: 1e400 is
 * too large, not infinite; 400 naming {@code body} with the line and column).
 */
public final class OpenJsonInvoer {

    private final RateLimiter limiter;
    private final int maxBytes;
    private final String teGroot;
    private final JsonMapper reader = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * @param perSeconde requests per second per client address, on average
     * @param piek       requests a client may send at once
     * @param maxBytes   the largest request
     * @param wat        what a request is, for the 413's text ("Een simulatie")
     */
    public OpenJsonInvoer(double perSeconde, double piek, int maxBytes, String wat) {
        this.limiter = new RateLimiter(perSeconde, piek, 10_000);
        this.maxBytes = maxBytes;
        this.teGroot = wat + " mag hoogstens " + maxBytes / 1024 + " KiB groot zijn.";
    }

    /** The request's JSON, after the rate and size checks. */
    public JsonNode lees(HttpServletRequest request) throws IOException {
        if (!limiter.probeer(request.getRemoteAddr())) {
            throw ApiException.tooManyRequests(limiter.wachtSeconden());
        }
        byte[] body = leesBegrensd(request);
        try {
            return reader.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.invalid("De inhoud van het verzoek is geen geldige JSON.",
                    List.of(new InvalidParam("body", "geen geldige JSON: " + locatie(e))));
        }
    }

    private byte[] leesBegrensd(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            throw teGroot();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBytes + 1);
            if (body.length > maxBytes) {
                throw teGroot();
            }
            return body;
        }
    }

    private ApiException teGroot() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Verzoek te groot", teGroot, null);
    }

    private static String locatie(JacksonException e) {
        String message = e.getOriginalMessage();
        var location = e.getLocation();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200);
        }
        return (message == null ? "onleesbaar" : message)
                + (location == null ? "" : " (regel " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")");
    }
}
