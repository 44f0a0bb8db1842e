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
 * Step 4 of the interventieladder over the API (issue 19 §3, ADR 0054): draft a vooraankondiging (from a vastgestelde
 * round in which the municipality is on step 4, or with a reason), record GS's decision ({@code If-Match} or
 * {@code versie}), send it to the college with a copy to the council, record its publication, and the supervisor's
 * worklist of decided vooraankondigingen not yet published. Translates JSON to {@link Vooraankondigingen}, which judges
 * access and input.
 */
@RestController
@Tag(name = VooraankondigingController.TAG, description = "Trede 4 van de interventieladder: de vooraankondiging "
        + "van Gedeputeerde Staten, opgesteld uit de vastgelegde cijfers, besloten, verzonden aan het college met een "
        + "afschrift aan de gemeenteraad, en gepubliceerd")
class VooraankondigingController {

    static final String TAG = "Vooraankondiging";

    private final Vooraankondigingen vooraankondigingen;
    private final Toegang toegang;

    VooraankondigingController(Vooraankondigingen vooraankondigingen, Toegang toegang) {
        this.vooraankondigingen = vooraankondigingen;
        this.toegang = toegang;
    }

    @Schema(name = "Vooraankondigingen")
    record Lijst(List<Vooraankondiging> vooraankondigingen) {
    }

    @Schema(name = "VooraankondigingWerklijst")
    record Werklijst(List<Vooraankondigingen.Werkpunt> ongepubliceerd) {
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/vooraankondigingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteVooraankondigingen", summary = "De vooraankondigingen van een gemeente",
            description = "De toezichthouder van de provincie en de beheerder zien ook de concepten; de gemeente zelf "
                    + "ziet de vooraankondigingen die aan haar zijn verzonden.")
    Lijst vanGemeente(@PathVariable String code) {
        return new Lijst(vooraankondigingen.vanGemeente(toegang.huidige(), code));
    }

    @PostMapping(path = "/api/v1/gemeenten/{code}/vooraankondigingen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "vooraankondigingOpstellen", summary = "Stel een vooraankondiging op (concept; de "
            + "toezichthouder van de provincie)", description = "Uit een vastgestelde beoordelingsronde waarin de "
            + "gemeente op trede 4 staat (ronde; de cijfers van die beoordeling), of zonder ronde met een reden (de "
            + "cijfers van vandaag). 400 met elk ongeldig veld; in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Opgesteld")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Vooraankondiging> opstellen(@PathVariable String code,
            @RequestBody Vooraankondigingverzoek verzoek, HttpServletRequest request) {
        Vooraankondiging v = vooraankondigingen.ontwerp(toegang.huidige(), code, verzoek, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/vooraankondigingen/" + v.id()))
                .eTag(Versiekop.etag(v.versie())).body(v);
    }

    @GetMapping(path = "/api/v1/vooraankondigingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "vooraankondiging", summary = "Een vooraankondiging met de verzending per "
            + "geadresseerde en de publicatie", description = "ETag: de versie. 404 als zij niet bestaat of de "
            + "lezer haar niet mag zien.")
    ResponseEntity<Vooraankondiging> lees(@PathVariable long id) {
        Vooraankondiging v = vooraankondigingen.lees(toegang.huidige(), id);
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @GetMapping("/api/v1/vooraankondigingen/{id}/brief.pdf")
    @Operation(operationId = "vooraankondigingPdf", summary = "De vooraankondiging als PDF/A-2a (besloten: zoals zij "
            + "bij het besluit is vastgelegd; concept: een voorbeeld met CONCEPT)")
    @ApiResponse(responseCode = "200", description = "De vooraankondiging als PDF/A-2a",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        byte[] pdf = vooraankondigingen.pdf(toegang.huidige(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("vooraankondiging-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping(path = "/api/v1/vooraankondigingen/{id}/besluit", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "vooraankondigingBesluiten", summary = "Leg het besluit van Gedeputeerde Staten vast "
            + "(datum en nummer): de brief met het afschrift aan de gemeenteraad wordt als PDF/A vastgelegd",
            description = "Naar de versie van het concept (If-Match of versie). 400 met elk ongeldig veld (ook een "
                    + "besluitdatum niet vóór het einde van de termijn), 409 als zij intussen gewijzigd of al "
                    + "besloten is.")
    @ApiResponse(responseCode = "200", description = "Besloten")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd of al besloten",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Vooraankondiging> besluiten(@PathVariable long id, @RequestBody Besluitverzoek verzoek,
            @Parameter(description = "De versie die u besluit, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Besluitverzoek b = versie == null || verzoek == null ? verzoek
                : new Besluitverzoek(verzoek.besluitdatum(), verzoek.besluitnummer(), versie);
        Vooraankondiging v = vooraankondigingen.besluit(toegang.huidige(), id, b, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @PostMapping(path = "/api/v1/vooraankondigingen/{id}/verzenden", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "vooraankondigingVerzenden", summary = "Verzend de besloten vooraankondiging aan de "
            + "bestuurlijke contacten van de gemeente en, als afschrift aan de gemeenteraad, aan de griffie; per "
            + "e-mail aan wie besluiten elektronisch aanvaardt (artikel 2:14 Awb), anders per post; nooit twee keer",
            description = "202 met de stand per geadresseerde; 409 als de vooraankondiging nog een concept is.")
    @ApiResponse(responseCode = "202", description = "Geplaatst")
    @ApiResponse(responseCode = "409", description = "Nog niet besloten",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Vooraankondiging> verzenden(@PathVariable long id, HttpServletRequest request) {
        Vooraankondiging v = vooraankondigingen.verzend(toegang.huidige(), id, Client.van(request));
        return ResponseEntity.accepted().location(URI.create("/api/v1/vooraankondigingen/" + id)).body(v);
    }

    @PostMapping(path = "/api/v1/vooraankondigingen/{id}/publicatie", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "vooraankondigingPubliceren", summary = "Leg vast waar en wanneer de besloten "
            + "vooraankondiging openbaar is gemaakt (bijvoorbeeld het Provinciaal Blad, met een link)",
            description = "Naar de versie (If-Match of versie). 400 met elk ongeldig veld, 409 als zij nog een "
                    + "concept is, al gepubliceerd of intussen gewijzigd.")
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Niet besloten, al gepubliceerd of intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Vooraankondiging> publiceren(@PathVariable long id, @RequestBody Publicatieverzoek verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"2\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Publicatieverzoek p = versie == null || verzoek == null ? verzoek
                : new Publicatieverzoek(verzoek.gepubliceerdOp(), verzoek.plaats(), verzoek.link(), versie);
        Vooraankondiging v = vooraankondigingen.publiceer(toegang.huidige(), id, p, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(v.versie())).body(v);
    }

    @GetMapping(path = "/api/v1/provincies/{code}/vooraankondigingen/ongepubliceerd",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "ongepubliceerdeVooraankondigingen", summary = "De werklijst van de toezichthouder: "
            + "besloten vooraankondigingen die nog niet openbaar zijn gemaakt",
            description = "Voor de toezichthouder van de provincie en de beheerder.")
    Werklijst werklijst(@PathVariable String code) {
        return new Werklijst(vooraankondigingen.werklijst(toegang.huidige(), code));
    }
}
