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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contacts register over the API: a municipality's contacts, a province's contacts at COA regions and
 * corporations, one contact with its versions, a new contact and a change with {@code If-Match} (or {@code versie}).
 * Translates JSON to {@link Contacten}, which judges access and input.
 */
@RestController
@Tag(name = ContactController.TAG, description = "Het contactregister: de ambtelijke en bestuurlijke "
        + "contacten van een gemeente en de contacten van een provincie bij COA-regio's en corporaties, met hoe een "
        + "besluit hen bereikt (Awb 2:14)")
class ContactController {

    static final String TAG = "Contacten";

    private final Contacten contacten;
    private final Toegang toegang;

    ContactController(Contacten contacten, Toegang toegang) {
        this.contacten = contacten;
        this.toegang = toegang;
    }

    @Schema(name = "Contacten")
    record ContactLijst(List<Contact> contacten) {
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/contacten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteContacten", summary = "De contacten van een gemeente (ambtelijk en bestuurlijk)",
            description = "Voor de beheerder, de toezichthouder van de provincie en de gemeente zelf; per contact hoe "
                    + "een besluit het bereikt (verzendwijze: elektronisch als het contact dat heeft aanvaard, Awb "
                    + "2:14, anders per post) en of de lezer het mag wijzigen.")
    ContactLijst vanGemeente(@PathVariable String code) {
        return new ContactLijst(contacten.vanGemeente(toegang.huidige(), code));
    }

    @PostMapping(path = "/api/v1/gemeenten/{code}/contacten", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteContactToevoegen", summary = "Voeg een contact van de gemeente toe (de "
            + "toezichthouder van de provincie, de gemeente zelf, BEHEERDER)", description = "De gemeente houdt haar "
            + "eigen contacten bij, de provincie de hare. 400 met elk ongeldig veld; in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Contact> toevoegenAanGemeente(@PathVariable String code, @RequestBody Contactverzoek verzoek,
            HttpServletRequest request) {
        Contact c = contacten.toevoegenAanGemeente(toegang.huidige(), code, verzoek, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/contacten/" + c.id())).eTag(Versiekop.etag(c.versie()))
                .body(c);
    }

    @GetMapping(path = "/api/v1/provincies/{code}/contacten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "provincieContacten", summary = "De contacten van een provincie bij COA-regio's en "
            + "corporaties", description = "Voor de beheerder en de toezichthouder van de provincie.")
    ContactLijst vanProvincie(@PathVariable String code) {
        return new ContactLijst(contacten.vanProvincie(toegang.huidige(), code));
    }

    @PostMapping(path = "/api/v1/provincies/{code}/contacten", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "provincieContactToevoegen", summary = "Voeg een contact bij een COA-regio of corporatie "
            + "toe (de toezichthouder van de provincie, BEHEERDER)", description = "Met organisatiesoort en "
            + "organisatie. 400 met elk ongeldig veld; in het auditlog.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Contact> toevoegenAanProvincie(@PathVariable String code, @RequestBody Contactverzoek verzoek,
            HttpServletRequest request) {
        Contact c = contacten.toevoegenAanProvincie(toegang.huidige(), code, verzoek, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/contacten/" + c.id())).eTag(Versiekop.etag(c.versie()))
                .body(c);
    }

    @GetMapping(path = "/api/v1/contacten/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "contact", summary = "Een contact met al zijn versies (wie, wanneer, waarom)",
            description = "ETag: de versie. 404 als het contact niet bestaat of de lezer het niet mag zien.")
    ResponseEntity<Contact> lees(@PathVariable long id) {
        Contact c = contacten.lees(toegang.huidige(), id);
        return ResponseEntity.ok().eTag(Versiekop.etag(c.versie())).body(c);
    }

    @PutMapping(path = "/api/v1/contacten/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "contactWijzigen", summary = "Wijzig een contact: een nieuwe versie (wie het bijhoudt: "
            + "de provincie of de gemeente zelf; BEHEERDER)", description = "Alle gegevens opnieuw, met de reden; "
            + "actief onwaar als het contact de rol niet meer heeft. 400 met elk ongeldig veld, 403 voor een contact dat "
            + "de ander bijhoudt, 409 als het intussen gewijzigd is.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = Contactverzoek.class))))
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Contact> wijzigen(@PathVariable long id, @RequestBody Contactverzoek verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Contact c = contacten.wijzigen(toegang.huidige(), id, versie != null ? versie : verzoek.versie(), verzoek,
                Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(c.versie())).body(c);
    }
}
