package nl.woonregie.brieven;

import java.net.URI;
import java.util.List;

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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 6 of the interventieladder over the API (issue 19 §3, ADR 0054): draft the verslag of an indeplaatsstelling
 * for a decided besluit tot indeplaatsstelling (actions, costs, the amount to recover), record GS's decision
 * ({@code If-Match} or {@code versie}), send it, record the recovery's invoice and payment dates, and the supervisor's
 * worklist of recoveries not paid in time. Translates JSON to {@link Indeplaatsstellingsverslagen}.
 */
@RestController
@Tag(name = VerslagController.TAG, description = "Trede 6 van de interventieladder: het verslag van de "
        + "indeplaatsstelling — wat de provincie in de plaats van de gemeente deed, de kosten en de terugvordering")
class VerslagController {

    static final String TAG = "Indeplaatsstellingsverslag";

    private final Indeplaatsstellingsverslagen verslagen;
    private final Toegang toegang;

    VerslagController(Indeplaatsstellingsverslagen verslagen, Toegang toegang) {
        this.verslagen = verslagen;
        this.toegang = toegang;
    }

    @Schema(name = "Indeplaatsstellingsverslagen")
    record Lijst(List<Verslag> verslagen) {
    }

    @Schema(name = "TerugvorderingWerklijst")
    record Werklijst(List<Indeplaatsstellingsverslagen.Werkpunt> onbetaald) {
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/indeplaatsstellingsverslagen",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteIndeplaatsstellingsverslagen", summary = "De verslagen van de "
            + "indeplaatsstelling van een gemeente", description = "De toezichthouder van de provincie en de beheerder "
            + "zien ook de concepten; de gemeente zelf ziet de verslagen die aan haar zijn verzonden.")
    Lijst vanGemeente(@PathVariable String code) {
        return new Lijst(verslagen.vanGemeente(toegang.huidige(), code));
    }

    @PostMapping(path = "/api/v1/gemeenten/{code}/indeplaatsstellingsverslagen",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingsverslagOpstellen", summary = "Stel het verslag van een "
            + "indeplaatsstelling op (concept; de toezichthouder van de provincie)", description = "Bij een besloten "
            + "besluit tot indeplaatsstelling van de gemeente: de acties, de kosten (het totaal wordt berekend) en "
            + "alleen bij een ander bedrag dan het totaal het terug te vorderen bedrag met een reden. 400 met elk "
            + "ongeldig veld; in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Opgesteld")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Verslag> opstellen(@PathVariable String code, @RequestBody Verslagverzoek verzoek,
            HttpServletRequest request) {
        Verslag v = verslagen.ontwerp(toegang.huidige(), code, verzoek, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/indeplaatsstellingsverslagen/" + v.id()))
                .eTag(Versiekop.etag(v.versie())).body(v);
    }

    @GetMapping(path = "/api/v1/indeplaatsstellingsverslagen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingsverslag", summary = "Een verslag van een indeplaatsstelling met de "
            + "kosten, de terugvordering en de verzending", description = "ETag: de versie. 404 als het niet bestaat "
            + "of de lezer het niet mag zien.")
    ResponseEntity<Verslag> lees(@PathVariable long id) {
        Verslag v = verslagen.lees(toegang.huidige(), id);
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @GetMapping("/api/v1/indeplaatsstellingsverslagen/{id}/verslag.pdf")
    @Operation(operationId = "indeplaatsstellingsverslagPdf", summary = "Het verslag als PDF/A-2a (besloten: zoals "
            + "het bij het besluit is vastgelegd; concept: een voorbeeld met CONCEPT)")
    @ApiResponse(responseCode = "200", description = "Het verslag als PDF/A-2a",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = verslagen.pdf(toegang.huidige(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("verslag-indeplaatsstelling-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping(path = "/api/v1/indeplaatsstellingsverslagen/{id}/besluit",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingsverslagBesluiten", summary = "Leg het besluit van Gedeputeerde "
            + "Staten over het verslag vast (datum en nummer): de brief wordt als PDF/A vastgelegd",
            description = "Naar de versie van het concept (If-Match of versie). 400 met elk ongeldig veld (ook een "
                    + "besluitdatum vóór de laatste actie), 409 als het intussen gewijzigd of al besloten is.")
    @ApiResponse(responseCode = "200", description = "Besloten")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd of al besloten",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Verslag> besluiten(@PathVariable long id, @RequestBody Besluitverzoek verzoek,
            @Parameter(description = "De versie die u besluit, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Besluitverzoek b = versie == null || verzoek == null ? verzoek
                : new Besluitverzoek(verzoek.besluitdatum(), verzoek.besluitnummer(), versie);
        Verslag v = verslagen.besluit(toegang.huidige(), id, b, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @PostMapping(path = "/api/v1/indeplaatsstellingsverslagen/{id}/verzenden",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingsverslagVerzenden", summary = "Verzend het besloten verslag aan de "
            + "bestuurlijke contacten van de gemeente, zoals het besluit tot indeplaatsstelling; nooit twee keer",
            description = "202 met de stand per geadresseerde; 409 als het verslag nog een concept is.")
    @ApiResponse(responseCode = "202", description = "Geplaatst")
    @ApiResponse(responseCode = "409", description = "Nog niet besloten",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Verslag> verzenden(@PathVariable long id, HttpServletRequest request) {
        Verslag v = verslagen.verzend(toegang.huidige(), id, Client.van(request));
        return ResponseEntity.accepted().location(URI.create("/api/v1/indeplaatsstellingsverslagen/" + id)).body(v);
    }

    @PostMapping(path = "/api/v1/indeplaatsstellingsverslagen/{id}/terugvordering",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingsverslagTerugvordering", summary = "Leg de factuurdatum en, zodra "
            + "betaald, de betaaldatum van de terugvordering vast", description = "Naar de versie (If-Match of "
            + "versie). 400 met elk ongeldig veld, 409 als het verslag nog een concept is of intussen gewijzigd.")
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Niet besloten of intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Verslag> terugvordering(@PathVariable long id, @RequestBody Terugvorderingverzoek verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"2\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Terugvorderingverzoek t = versie == null || verzoek == null ? verzoek
                : new Terugvorderingverzoek(verzoek.factuurdatum(), verzoek.betaaldOp(), versie);
        Verslag v = verslagen.terugvordering(toegang.huidige(), id, t, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @GetMapping(path = "/api/v1/provincies/{code}/terugvorderingen/onbetaald",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "onbetaaldeTerugvorderingen", summary = "De werklijst van de toezichthouder: "
            + "terugvorderingen van de kosten van een indeplaatsstelling die niet binnen de termijn na de factuurdatum "
            + "zijn betaald", description = "Voor de toezichthouder van de provincie en de beheerder.")
    Werklijst werklijst(@PathVariable String code) {
        return new Werklijst(verslagen.werklijst(toegang.huidige(), code));
    }
}
