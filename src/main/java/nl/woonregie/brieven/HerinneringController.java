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
 * The province's reminders over the API (issue 19 §7): what was sent and what is due next, and the days before a
 * peildatum. Translates JSON to {@link Herinneringsoverzichten}, which judges access and input.
 */
@RestController
@Tag(name = ContactController.TAG)
class HerinneringController {

    private final Herinneringsoverzichten overzichten;
    private final Toegang toegang;

    HerinneringController(Herinneringsoverzichten overzichten, Toegang toegang) {
        this.overzichten = overzichten;
        this.toegang = toegang;
    }

    @GetMapping(path = "/api/v1/provincies/{code}/herinneringen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "provincieHerinneringen", summary = "De herinneringen aan de gemeenten van een provincie",
            description = "Wat verzonden is (wanneer, aan wie, welke soort en waarover, met de stand in de uitgaande "
                    + "post; nieuwste eerst, ten hoogste 500) en wat de dagelijkse taak de komende 30 dagen zal "
                    + "versturen zoals het er vandaag voor staat (berekend, niet opgeslagen), met de instelling van "
                    + "de provincie. Voor de toezichthouder van de provincie en de beheerder.")
    Herinneringsoverzicht overzicht(@PathVariable String code) {
        return overzichten.overzicht(toegang.huidige(), code);
    }

    @PutMapping(path = "/api/v1/provincies/{code}/herinneringsinstelling", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "herinneringsinstellingWijzigen", summary = "Stel in hoeveel dagen vóór een peildatum "
            + "de gemeenten een herinnering krijgen", description = "1 tot en met 60 dagen (standaard 14). Met de "
            + "versie die u wijzigt (If-Match of versie; 0 als er nog niets is ingesteld). 400 met elk ongeldig veld, "
            + "409 als de instelling intussen gewijzigd is. In het auditlog.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = HerinneringsinstellingVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Ingesteld")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Herinneringsinstelling> wijzig(@PathVariable String code,
            @RequestBody HerinneringsinstellingVerzoek verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"0\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Herinneringsinstelling i = overzichten.wijzig(toegang.huidige(), code, Versiekop.uitIfMatch(ifMatch), verzoek,
                Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(i.versie())).body(i);
    }
}
