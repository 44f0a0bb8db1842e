package nl.woonregie.brieven;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Problem;
import nl.woonregie.platform.web.Versiekop;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A province's way of sending decisions by e-mail over the API (ADR 0055): read it with its history, set it with
 * {@code If-Match} (or {@code versie}). TOEZICHTHOUDER of the province and BEHEERDER. Translates JSON to
 * {@link Verzendinstellingen}, which judges access and input.
 */
@RestController
@Tag(name = "Toezichtbrieven", description = "De brief aan elke gemeente na een peildatum, als PDF/A en HTML")
class VerzendinstellingController {

    private final Verzendinstellingen instellingen;
    private final Toegang toegang;

    VerzendinstellingController(Verzendinstellingen instellingen, Toegang toegang) {
        this.instellingen = instellingen;
        this.toegang = toegang;
    }

    @GetMapping(path = "/api/v1/provincies/{code}/verzendinstelling", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verzendinstelling", summary = "Hoe de besluiten van de provincie per e-mail gaan",
            description = "BIJLAGE (de PDF/A als bijlage) of DOWNLOADLINK (een beveiligde downloadlink die "
                    + "geldigheidDagen dagen werkt), met elke eerdere versie. Versie 0: nog niets ingesteld (als "
                    + "bijlage). ETag: de versie. Voor de toezichthouder van de provincie en de beheerder.")
    ResponseEntity<Verzendinstelling> lees(@PathVariable String code) {
        Verzendinstelling v = instellingen.lees(toegang.huidige(), code);
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @PutMapping(path = "/api/v1/provincies/{code}/verzendinstelling", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verzendinstellingWijzigen", summary = "Stel in hoe de besluiten van de provincie per "
            + "e-mail gaan", description = "Geldt voor de brieven van de rondes en voor een besluit tot "
            + "indeplaatsstelling, op het moment van verzenden. Met een reden en de versie die u wijzigt (If-Match of "
            + "versie; 0 als er nog niets is ingesteld). 400 met elk ongeldig veld, 409 als de instelling intussen "
            + "gewijzigd is. In het auditlog.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = VerzendinstellingVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Ingesteld")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Verzendinstelling> wijzig(@PathVariable String code, @RequestBody VerzendinstellingVerzoek verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"0\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Verzendinstelling v = instellingen.wijzig(toegang.huidige(), code, Versiekop.uitIfMatch(ifMatch), verzoek,
                Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }
}
