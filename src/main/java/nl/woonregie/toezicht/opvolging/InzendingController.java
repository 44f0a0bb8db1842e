package nl.woonregie.toezicht.opvolging;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a municipality hands in over the API (issue 19 §5): its plan van aanpak and its answers to the province's
 * survey. Handing in and changing: the municipality itself (and BEHEERDER); reading: also the province's supervisor.
 * The current version is the ETag; a change names the version it changes ({@code versie} or {@code If-Match}).
 */
@RestController
@Tag(name = ToezichtgesprekController.TAG)
class InzendingController {

    private final InzendingService inzendingen;
    private final Toegang toegang;

    InzendingController(InzendingService inzendingen, Toegang toegang) {
        this.inzendingen = inzendingen;
        this.toegang = toegang;
    }

    @PostMapping("/api/v1/gemeenten/{code}/inzendingen")
    @Operation(operationId = "inzendingDienIn", summary = "Dien als gemeente een plan van aanpak of de antwoorden op de uitvraag in (de gemeente "
            + "zelf, BEHEERDER)",
            description = "soort PLAN_VAN_AANPAK (titel, eventueel toelichting; het plan zelf als document bij de "
                    + "inzending: POST /documenten met objectsoort inzending) of UITVRAAG (titel, maatregelen: welke "
                    + "maatregelen de gemeente heeft genomen, hulpNodig: welke hulp zij van de provincie nodig heeft, "
                    + "eventueel toelichting); periode JJJJ-I of JJJJ-II. Geen persoonsgegevens. Elk fout veld wordt "
                    + "genoemd.")
    @ApiResponse(responseCode = "201", description = "Ingediend; Location de inzending, ETag de versie")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elk fout veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen toegang: alleen de gemeente zelf dient in",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Onbekende gemeente",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Inzending> dienIn(@PathVariable String code, @RequestBody InzendingService.Invoer body,
            HttpServletRequest request) {
        long id = inzendingen.dienIn(code, body, toegang.huidige(), Client.van(request));
        Inzending inzending = inzendingen.lees(id);
        return ResponseEntity.created(URI.create("/api/v1/inzendingen/" + id)).eTag(etag(inzending.versie()))
                .body(inzending);
    }

    @GetMapping("/api/v1/gemeenten/{code}/inzendingen")
    @Operation(operationId = "inzendingenVanGemeente", summary = "Wat een gemeente heeft ingediend (plannen van aanpak, antwoorden op de uitvraag), het "
            + "laatste eerst, elk met alle versies")
    Map<String, List<Inzending>> lijst(@PathVariable String code) {
        toegang.toezichtLezen(code);
        return Map.of("inzendingen", inzendingen.vanGemeente(code));
    }

    @GetMapping("/api/v1/inzendingen/{id}")
    @Operation(operationId = "inzendingLees", summary = "Een inzending in de huidige versie, met alle versies")
    ResponseEntity<Inzending> lees(@PathVariable long id) {
        toegang.toezichtLezen(gemeente(id));
        Inzending inzending = inzendingen.lees(id);
        return ResponseEntity.ok().eTag(etag(inzending.versie())).body(inzending);
    }

    @PutMapping("/api/v1/inzendingen/{id}")
    @Operation(operationId = "inzendingWijzig", summary = "Wijzig een inzending (met reden); de vorige versie blijft leesbaar (de gemeente zelf, "
            + "BEHEERDER)",
            description = "De volledige nieuwe inhoud en een verplichte reden. Met versie (of If-Match) wordt een "
                    + "gelijktijdige wijziging geweigerd (409).")
    @ApiResponse(responseCode = "200", description = "Gewijzigd; ETag de nieuwe versie")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elk fout veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd: de versie is niet meer de huidige",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Inzending> wijzig(@PathVariable long id, @RequestBody InzendingService.Wijziging body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        toegang.huurcontractenIndienen(g, gemeente(id));
        Fouten fouten = new Fouten();
        Integer versie = body.versie() != null ? body.versie() : versieUit(ifMatch, fouten);
        fouten.gooiAlsNodig("Ongeldige header.");
        inzendingen.wijzig(id, body, versie, g, Client.van(request));
        Inzending inzending = inzendingen.lees(id);
        return ResponseEntity.ok().eTag(etag(inzending.versie())).body(inzending);
    }

    private String gemeente(long id) {
        return inzendingen.gemeenteVan(id)
                .orElseThrow(() -> ApiException.notFound("Inzending " + id + " bestaat niet."));
    }

    private static Integer versieUit(String ifMatch, Fouten fouten) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            fouten.voeg("If-Match", "de versie van de inzending, bijvoorbeeld \"2\"");
            return null;
        }
    }

    private static String etag(int versie) {
        return "\"" + versie + "\"";
    }
}
