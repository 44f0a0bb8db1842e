package nl.woonregie.brieven;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sending the frozen letters of a vastgestelde round over the API (issue 19 §2): TOEZICHTHOUDER of the province and
 * BEHEERDER. The POST places what is not sent yet (never a letter twice to the same addressee) and answers 202: the
 * e-mails go out in the background through the outbox; the GET only reads. A sending's download link can be withdrawn.
 */
@RestController
@Tag(name = "Toezichtbrieven", description = "De brief aan elke gemeente na een peildatum, als PDF/A en HTML")
class VerzendController {

    private final BriefVerzending verzending;
    private final Downloadlinks links;
    private final Toegang toegang;

    VerzendController(BriefVerzending verzending, Downloadlinks links, Toegang toegang) {
        this.verzending = verzending;
        this.links = links;
        this.toegang = toegang;
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/verzenden")
    @Operation(summary = "Verzend de vastgelegde brieven van een vastgestelde ronde aan de bestuurlijke contacten van "
            + "elke gemeente: per e-mail (de PDF/A als bijlage bij een begeleidende e-mail, via de uitgaande post) aan "
            + "wie besluiten elektronisch aanvaardt (artikel 2:14 Awb), anders per post. 202 met de stand per gemeente "
            + "en geadresseerde; een tweede verzoek verzendt alleen wat nog niet verzonden is of mislukte, nooit iets "
            + "twee keer; 409 als de ronde niet is vastgesteld")
    ResponseEntity<Verzendstand> verzend(@PathVariable long id, HttpServletRequest request) {
        Verzendstand stand = verzending.verzend(id, toegang.huidige(), Client.van(request));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/beoordelingsrondes/" + id + "/verzendingen")).body(stand);
    }

    @PostMapping(path = "/api/v1/brief-verzendingen/{id}/downloadlink-intrekking",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "downloadlinkIntrekken", summary = "Trek de downloadlink van een verzending in",
            description = "Voor een brief of besluit die per e-mail met een beveiligde downloadlink ging (het id staat "
                    + "als verzending bij de geadresseerde in de verzendingen): de link werkt vanaf nu niet meer (410), "
                    + "bijvoorbeeld omdat de e-mail naar een verkeerd adres ging. De brief en het leeslog blijven; bij "
                    + "een volgende verzending krijgt de geadresseerde een nieuwe link. Met een reden; in het "
                    + "auditlog. Voor de toezichthouder van de provincie en de beheerder. 409 als de verzending geen "
                    + "downloadlink had of de link al is ingetrokken.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = IntrekkingVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Ingetrokken")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Onbekende verzending",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Geen downloadlink of al ingetrokken",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Downloadlinks.Intrekking trekIn(@PathVariable long id, @RequestBody IntrekkingVerzoek verzoek,
            HttpServletRequest request) {
        return links.trekIn(id, verzoek.reden(), toegang.huidige(), Client.van(request));
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/verzendingen")
    @Operation(summary = "De verzending van de brieven van een ronde: per gemeente en geadresseerde de wijze, de stand "
            + "en de data (artikel 3:41 Awb: een besluit treedt in werking door bekendmaking)")
    Verzendstand verzendingen(@PathVariable long id) {
        return verzending.stand(id, toegang.huidige());
    }
}
