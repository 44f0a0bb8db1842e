package nl.woonregie.aanbod;

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
 * {@code POST /api/v1/aanbod/prognoses}: the forecast's what-if API ({@link PrognoseService}). Computes, stores
 * nothing, and is open to anonymous callers, as the toezicht simulation: at most 64 KiB per request and a request
 * rate per client address (a token bucket, {@code woonregie.prognose.verzoeken-per-seconde} and {@code piek}).
 */
@RestController
@Tag(name = PrognoseController.TAG, description = "Aanbod van woningen voor vergunninghouders en de prognose wanneer "
        + "een gemeente haar opgave haalt")
class PrognoseController {

    static final String TAG = "Aanbod en prognose";
    static final int MAX_BYTES = 64 * 1024;

    private final PrognoseService prognoses;
    private final OpenJsonInvoer invoer;

    PrognoseController(PrognoseService prognoses,
            @Value("${woonregie.prognose.verzoeken-per-seconde:200}") double perSeconde,
            @Value("${woonregie.prognose.piek:2000}") double piek) {
        this.prognoses = prognoses;
        this.invoer = new OpenJsonInvoer(perSeconde, piek, MAX_BYTES, "Een prognose");
    }

    @PostMapping(path = "/api/v1/aanbod/prognoses", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(operationId = "prognoseBerekenen", summary = "Bereken wanneer een gemeente haar opgave haalt (wat-als)",
            description = "Telt de bronnen van aanbod (corporaties, projecten, eenmalige aantallen, een tempo) per dag "
                    + "op bij wat op de peildatum gehuisvest is, exact en pas bij het rapporteren afgerond, en geeft "
                    + "de dag waarop de opgave en de ambitie naar verwachting gehaald zijn (null: niet in de periode), "
                    + "het verwachte saldo aan het einde, de bijdrage per bron, de reeks per zondag en de "
                    + "bevindingen. Slaat niets op. Anoniem toegankelijk; hoogstens 64 KiB en 200 bronnen per "
                    + "verzoek.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = PrognoseVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "De prognose",
            content = @Content(schema = @Schema(implementation = PrognoseAntwoord.class)))
    @OpenInvoerFouten
    PrognoseAntwoord bereken(HttpServletRequest request) throws IOException {
        return prognoses.bereken(invoer.lees(request));
    }
}
