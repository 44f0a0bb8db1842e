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
 * The letter's own content of a round over the API (ADR 0050): read it, and set the round's part and a municipality's
 * part with {@code If-Match} (or {@code versie}) while the round is CONCEPT. TOEZICHTHOUDER of the province and
 * BEHEERDER. Translates JSON to {@link Briefinhouden}, which judges access and input.
 */
@RestController
@Tag(name = "Toezichtbrieven", description = "De brief aan elke gemeente na een peildatum, als PDF/A en HTML")
class BriefinhoudController {

    private final Briefinhouden inhoud;
    private final Toegang toegang;

    BriefinhoudController(Briefinhouden inhoud, Toegang toegang) {
        this.inhoud = inhoud;
        this.toegang = toegang;
    }

    @GetMapping(path = "/api/v1/beoordelingsrondes/{id}/briefinhoud", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "briefinhoud", summary = "De inhoud van de brieven van een ronde naast de cijfers",
            description = "Het zaaknummer, de ondertekenaar met functie en een eigen alinea van de ronde; per gemeente "
                    + "met een brief het postadres van het college uit het contactregister, uw kenmerk, een eigen "
                    + "alinea en de afschriften. ETag: de versie van het deel van de ronde. Voor de toezichthouder van "
                    + "de provincie en de beheerder.")
    ResponseEntity<Briefinhoud> lees(@PathVariable long id) {
        Briefinhoud b = inhoud.lees(id, toegang.huidige());
        return ResponseEntity.ok().eTag(Versiekop.etag(b.versie())).body(b);
    }

    @PutMapping(path = "/api/v1/beoordelingsrondes/{id}/briefinhoud", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "briefinhoudWijzigen", summary = "Leg de inhoud van de brieven van een ronde vast "
            + "(zaaknummer, ondertekenaar, eigen alinea)", description = "Alle velden opnieuw; een leeg veld haalt het "
            + "weg. Met de versie die u wijzigt (If-Match of versie; 0 als er nog niets is vastgelegd). 400 met elk "
            + "ongeldig veld, 409 als het intussen gewijzigd is of de ronde is vastgesteld. In het auditlog.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BriefinhoudVerzoek.Ronde.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd, of de ronde is vastgesteld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Briefinhoud> wijzigRonde(@PathVariable long id, @RequestBody BriefinhoudVerzoek.Ronde verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"0\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Briefinhoud b = inhoud.wijzigRonde(id, toegang.huidige(), Versiekop.uitIfMatch(ifMatch), verzoek,
                Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(b.versie())).body(b);
    }

    @GetMapping(path = "/api/v1/beoordelingsrondes/{id}/briefinhoud/{gemeente}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "briefinhoudGemeente", summary = "De inhoud van de brief aan één gemeente naast de cijfers",
            description = "Postadres van het college uit het contactregister, uw kenmerk, eigen alinea, afschriften. "
                    + "ETag: de versie. 404 als de gemeente in de ronde geen brief krijgt.")
    ResponseEntity<Briefinhoud.Gemeente> leesGemeente(@PathVariable long id, @PathVariable String gemeente) {
        Briefinhoud.Gemeente b = inhoud.gemeente(id, gemeente, toegang.huidige());
        return ResponseEntity.ok().eTag(Versiekop.etag(b.versie())).body(b);
    }

    @PutMapping(path = "/api/v1/beoordelingsrondes/{id}/briefinhoud/{gemeente}",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "briefinhoudGemeenteWijzigen", summary = "Leg de inhoud van de brief aan één gemeente "
            + "vast (uw kenmerk, eigen alinea, afschriften)", description = "Alle velden opnieuw; een leeg veld haalt "
            + "het weg. Met de versie die u wijzigt (If-Match of versie; 0 als er nog niets is vastgelegd). 400 met "
            + "elk ongeldig veld, 404 als de gemeente geen brief krijgt, 409 als het intussen gewijzigd is of de ronde "
            + "is vastgesteld. In het auditlog.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BriefinhoudVerzoek.Gemeente.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd, of de ronde is vastgesteld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Briefinhoud.Gemeente> wijzigGemeente(@PathVariable long id, @PathVariable String gemeente,
            @RequestBody BriefinhoudVerzoek.Gemeente verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"0\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Briefinhoud.Gemeente b = inhoud.wijzigGemeente(id, gemeente, toegang.huidige(),
                Versiekop.uitIfMatch(ifMatch), verzoek, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(b.versie())).body(b);
    }
}
