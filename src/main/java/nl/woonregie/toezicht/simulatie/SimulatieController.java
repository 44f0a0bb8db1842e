package nl.woonregie.toezicht.simulatie;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Problem;
import nl.woonregie.platform.web.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/toezicht/simulaties}: the what-if API over the toezicht engine ({@link SimulatieService}).
 * Computes, stores nothing, and is open to anonymous callers; limited to 64 KiB per request and a request rate per
 * client (HTTP concerns, here).
 */
@RestController
@Tag(name = "Wat-als-berekening", description = "Wat-als-berekening van het toezicht op de huisvesting van vergunninghouders")
class SimulatieController {

    static final int MAX_BYTES = 64 * 1024;

    private final SimulatieService simulaties;
    private final RateLimiter limiter;
    private final JsonMapper reader;

    SimulatieController(SimulatieService simulaties,
            @Value("${woonregie.simulatie.verzoeken-per-seconde:200}") double perSeconde,
            @Value("${woonregie.simulatie.piek:2000}") double piek) {
        this.simulaties = simulaties;
        this.limiter = new RateLimiter(perSeconde, piek, 10_000);
        this.reader = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 1e400 as an exact number (too large), not as a double (infinite)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    @PostMapping(path = "/api/v1/toezicht/simulaties", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Bereken het toezicht voor een dossier (wat-als)",
            description = "Past een beleidskader toe op de cijfers van een gemeente over aansluitende perioden en "
                    + "geeft per peildatum het oordeel met motivering. Slaat niets op. Anoniem toegankelijk; "
                    + "hoogstens 64 KiB en 40 perioden per verzoek.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = SimulatieVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Het oordeel per peildatum",
            content = @Content(schema = @Schema(implementation = SimulatieAntwoord.class)))
    @ApiResponse(responseCode = "400", description = "Ongeldig verzoek; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Verzoek groter dan 64 KiB",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = "Te veel verzoeken van deze client",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    SimulatieAntwoord simuleer(HttpServletRequest request) throws IOException {
        if (!limiter.probeer(request.getRemoteAddr())) {
            throw ApiException.tooManyRequests(limiter.wachtSeconden());
        }
        byte[] body = leesBegrensd(request);
        JsonNode tree;
        try {
            tree = reader.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.invalid("De inhoud van het verzoek is geen geldige JSON.",
                    List.of(new InvalidParam("body", "geen geldige JSON: " + locatie(e))));
        }
        return simulaties.simuleer(tree);
    }

    private static byte[] leesBegrensd(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            throw teGroot();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw teGroot();
            }
            return body;
        }
    }

    private static ApiException teGroot() {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Verzoek te groot",
                "Een simulatie mag hoogstens 64 KiB groot zijn.", null);
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
