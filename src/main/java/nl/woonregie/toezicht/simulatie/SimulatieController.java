package nl.woonregie.toezicht.simulatie;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.OpenInvoerFouten;
import nl.woonregie.platform.web.OpenJsonInvoer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

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
    private final OpenJsonInvoer invoer;

    SimulatieController(SimulatieService simulaties,
            @Value("${woonregie.simulatie.verzoeken-per-seconde:200}") double perSeconde,
            @Value("${woonregie.simulatie.piek:2000}") double piek) {
        this.simulaties = simulaties;
        this.invoer = new OpenJsonInvoer(perSeconde, piek, MAX_BYTES, "Een simulatie");
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
    @OpenInvoerFouten
    SimulatieAntwoord simuleer(HttpServletRequest request) throws IOException {
        return simulaties.simuleer(invoer.lees(request));
    }
}
