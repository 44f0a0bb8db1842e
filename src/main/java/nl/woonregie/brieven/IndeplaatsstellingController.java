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
 * Step 5 of the interventieladder over the API (issue 19 §3): draft a besluit tot indeplaatsstelling with its
 * begunstigingstermijnen, record GS's decision ({@code If-Match} or {@code versie}), send it, read it with the state of
 * its terms, and the supervisor's worklist of terms passed without the required number. Translates JSON to
 * {@link Indeplaatsstellingen}, which judges access and input.
 */
@RestController
@Tag(name = IndeplaatsstellingController.TAG, description = "Trede 5 van de interventieladder: het besluit tot "
        + "indeplaatsstelling met begunstigingstermijnen, opgesteld uit de vastgelegde cijfers, besloten, verzonden en "
        + "gevolgd")
class IndeplaatsstellingController {

    static final String TAG = "Indeplaatsstelling";

    private final Indeplaatsstellingen indeplaatsstellingen;
    private final Toegang toegang;

    IndeplaatsstellingController(Indeplaatsstellingen indeplaatsstellingen, Toegang toegang) {
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.toegang = toegang;
    }

    @Schema(name = "Indeplaatsstellingen")
    record Lijst(List<Indeplaatsstelling> indeplaatsstellingen) {
    }

    @Schema(name = "BegunstigingstermijnWerklijst")
    record Werklijst(List<Indeplaatsstellingen.Werkpunt> bevindingen) {
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/indeplaatsstellingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteIndeplaatsstellingen", summary = "De besluiten tot indeplaatsstelling van een "
            + "gemeente", description = "De toezichthouder van de provincie en de beheerder zien ook de concepten; "
            + "de gemeente zelf ziet haar besloten besluiten.")
    Lijst vanGemeente(@PathVariable String code) {
        return new Lijst(indeplaatsstellingen.vanGemeente(toegang.huidige(), code));
    }

    @PostMapping(path = "/api/v1/gemeenten/{code}/indeplaatsstellingen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingOpstellen", summary = "Stel een besluit tot indeplaatsstelling op "
            + "(concept) met een of meer begunstigingstermijnen (de toezichthouder van de provincie, BEHEERDER)",
            description = "De cijfers van de gemeente (taakstelling, stand van COA, huurcontracten) worden gelezen "
                    + "zoals ze zijn vastgelegd en bij het concept bewaard. 400 met elk ongeldig veld; in het "
                    + "auditlog.")
    @ApiResponse(responseCode = "201", description = "Opgesteld")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Indeplaatsstelling> opstellen(@PathVariable String code,
            @RequestBody Indeplaatsstellingverzoek verzoek, HttpServletRequest request) {
        Indeplaatsstelling i = indeplaatsstellingen.ontwerp(toegang.huidige(), code, verzoek, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/indeplaatsstellingen/" + i.id()))
                .eTag(Versiekop.etag(i.versie())).body(i);
    }

    @GetMapping(path = "/api/v1/indeplaatsstellingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstelling", summary = "Een besluit tot indeplaatsstelling met zijn termijnen, "
            + "de verzending en per termijn de stand", description = "ETag: de versie. 404 als het niet bestaat of de "
            + "lezer het niet mag zien.")
    ResponseEntity<Indeplaatsstelling> lees(@PathVariable long id) {
        Indeplaatsstelling i = indeplaatsstellingen.lees(toegang.huidige(), id);
        return ResponseEntity.ok().eTag(Versiekop.etag(i.versie())).body(i);
    }

    @GetMapping("/api/v1/indeplaatsstellingen/{id}/besluit.pdf")
    @Operation(operationId = "indeplaatsstellingPdf", summary = "Het besluit als PDF/A-2a (besloten: zoals het bij "
            + "het besluit is vastgelegd; concept: een voorbeeld met CONCEPT)")
    @ApiResponse(responseCode = "200", description = "Het besluit als PDF/A-2a",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = indeplaatsstellingen.pdf(toegang.huidige(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("besluit-indeplaatsstelling-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping(path = "/api/v1/indeplaatsstellingen/{id}/besluit", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingBesluiten", summary = "Leg het besluit van Gedeputeerde Staten vast "
            + "(datum en nummer): de brief wordt als PDF/A vastgelegd en verandert daarna niet meer",
            description = "Naar de versie van het concept (If-Match of versie). 400 met elk ongeldig veld (ook een "
                    + "termijn die niet na de besluitdatum ligt), 409 als het intussen gewijzigd of al besloten is.")
    @ApiResponse(responseCode = "200", description = "Besloten")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd of al besloten",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Indeplaatsstelling> besluiten(@PathVariable long id, @RequestBody Besluitverzoek verzoek,
            @Parameter(description = "De versie die u besluit, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Besluitverzoek v = versie == null || verzoek == null ? verzoek
                : new Besluitverzoek(verzoek.besluitdatum(), verzoek.besluitnummer(), versie);
        Indeplaatsstelling i = indeplaatsstellingen.besluit(toegang.huidige(), id, v, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(i.versie())).body(i);
    }

    @PostMapping(path = "/api/v1/indeplaatsstellingen/{id}/verzenden", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "indeplaatsstellingVerzenden", summary = "Verzend het besloten besluit aan de "
            + "bestuurlijke contacten van de gemeente, zoals de brieven van een ronde: per e-mail aan wie besluiten "
            + "elektronisch aanvaardt (artikel 2:14 Awb), anders per post; nooit twee keer aan dezelfde",
            description = "202 met de stand per geadresseerde; 409 als het besluit nog een concept is.")
    @ApiResponse(responseCode = "202", description = "Geplaatst")
    @ApiResponse(responseCode = "409", description = "Nog niet besloten",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Indeplaatsstelling> verzenden(@PathVariable long id, HttpServletRequest request) {
        Indeplaatsstelling i = indeplaatsstellingen.verzend(toegang.huidige(), id, Client.van(request));
        return ResponseEntity.accepted().location(URI.create("/api/v1/indeplaatsstellingen/" + id)).body(i);
    }

    @GetMapping(path = "/api/v1/provincies/{code}/begunstigingstermijnen/bevindingen",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "begunstigingstermijnBevindingen", summary = "De werklijst van de toezichthouder: "
            + "begunstigingstermijnen die zijn verstreken zonder dat het vereiste aantal is gehuisvest",
            description = "Voor de toezichthouder van de provincie en de beheerder; gehuisvest telt als R7: de "
                    + "cijfers van COA plus de huurcontracten, vanaf de besluitdatum tot en met de termijn.")
    Werklijst werklijst(@PathVariable String code) {
        return new Werklijst(indeplaatsstellingen.werklijst(toegang.huidige(), code));
    }
}
