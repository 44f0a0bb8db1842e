package nl.woonregie.toezicht.cijfers;

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
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Problem;
import nl.woonregie.platform.web.Versiekop;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The saved column couplings of foreign files over the API (issue 19 §6): list, read with its version, make, change
 * with {@code If-Match}. {@link Kolomindelingen} judges access and input; the imports take one by
 * {@code ?kolomindeling=}.
 */
@RestController
@Tag(name = CijferImportController.TAG)
class KolomindelingController {

    private final Kolomindelingen kolomindelingen;
    private final Toegang toegang;

    KolomindelingController(Kolomindelingen kolomindelingen, Toegang toegang) {
        this.kolomindelingen = kolomindelingen;
        this.toegang = toegang;
    }

    @Schema(name = "Kolomindelingen")
    record Lijst(List<Kolomindelingen.Kolomindeling> kolomindelingen) {
    }

    @GetMapping(path = "/api/v1/kolomindelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "kolomindelingen", summary = "De opgeslagen kolomindelingen van bronbestanden",
            description = "Voor wie cijfers importeert: de landelijke (COA, BEHEERDER) en die van de eigen provincie "
                    + "(TOEZICHTHOUDER), alleen van de soorten cijfers die de lezer mag importeren.")
    Lijst lijst(@Parameter(description = "alleen van deze soort: TAAKSTELLING, BEGINSTAND, AMBITIE of COA_STAND")
            @RequestParam(required = false) String soort) {
        ImportSoort s = null;
        if (soort != null && !soort.isBlank()) {
            s = java.util.Arrays.stream(ImportSoort.values()).filter(x -> x.name().equals(soort.strip()))
                    .findFirst().orElseThrow(() -> ApiException.invalid("Onbekende soort.", List.of(
                            new InvalidParam("soort", "kies uit TAAKSTELLING, BEGINSTAND, AMBITIE, COA_STAND"))));
        }
        return new Lijst(kolomindelingen.lijst(toegang.huidige(), s));
    }

    @PostMapping(path = "/api/v1/kolomindelingen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "kolomindelingMaken", summary = "Sla de kolomindeling van een bron op",
            description = "naam (de bron), soort, provincie (leeg: landelijk, voor COA en BEHEERDER), koprij (de "
                    + "regel met de kolomnamen, 1–50), kolommen (per kolom van de import de kolomnaam in het bestand), "
                    + "vasteWaarden (een waarde voor een kolom die het bestand niet heeft), overslaan (teksten van "
                    + "regels die geen gemeente zijn, zoals \"Totaal\"). Bij COA-standen mag de periode ontbreken als "
                    + "de datum gekoppeld is. 400 met elk ongeldig veld; in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Opgeslagen")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Kolomindelingen.Kolomindeling> maak(@RequestBody Kolomindelingen.Kolomindelingverzoek verzoek,
            HttpServletRequest request) {
        Kolomindelingen.Kolomindeling k = kolomindelingen.maak(toegang.huidige(), verzoek, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/kolomindelingen/" + k.id()))
                .eTag(Versiekop.etag(k.versie())).body(k);
    }

    @GetMapping(path = "/api/v1/kolomindelingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "kolomindeling", summary = "Eén kolomindeling", description = "ETag: de versie. 404 als "
            + "zij niet bestaat of de lezer haar niet mag zien.")
    ResponseEntity<Kolomindelingen.Kolomindeling> lees(@PathVariable long id) {
        Kolomindelingen.Kolomindeling k = kolomindelingen.lees(toegang.huidige(), id);
        return ResponseEntity.ok().eTag(Versiekop.etag(k.versie())).body(k);
    }

    @PutMapping(path = "/api/v1/kolomindelingen/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "kolomindelingWijzigen", summary = "Wijzig een kolomindeling: alle velden opnieuw",
            description = "Met If-Match (of versie). 400 met elk ongeldig veld, 403 voor wie haar niet bijhoudt, 409 "
                    + "als zij intussen gewijzigd is; in het auditlog.")
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Kolomindelingen.Kolomindeling> wijzig(@PathVariable long id,
            @RequestBody Kolomindelingen.Kolomindelingverzoek verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Kolomindelingen.Kolomindeling k = kolomindelingen.wijzig(toegang.huidige(), id,
                versie != null ? versie : verzoek.versie(), verzoek, Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(k.versie())).body(k);
    }
}
