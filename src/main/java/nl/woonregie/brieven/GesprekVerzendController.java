package nl.woonregie.brieven;

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
import nl.woonregie.platform.web.Versiekop;
import nl.woonregie.toezicht.opvolging.ToezichtgesprekService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The steps of a toezichtgesprek that send (issue 19 §4, ADR 0058): the invitation with the agenda, the concept-verslag
 * for comments and the vaststelling of the verslag, each by e-mail through the outbox to the municipality's contacts;
 * and the sending per addressee. Sending: the TOEZICHTHOUDER of the province (and BEHEERDER), 403 for others who may
 * read the talk; reading the sending: also the municipality itself. Every step names the version of the talk
 * ({@code versie} or {@code If-Match}).
 */
@RestController
@Tag(name = GesprekVerzendController.TAG, description = "Het verloop van een toezichtgesprek met de gemeente: de "
        + "uitnodiging met agenda, het concept-verslag ter reactie en het vastgestelde verslag, verzonden per e-mail "
        + "aan de gekozen contacten uit het contactenregister")
class GesprekVerzendController {

    static final String TAG = "Toezichtgesprekverloop";

    private final Gespreksverzendingen verzendingen;
    private final ToezichtgesprekService gesprekken;
    private final Toegang toegang;

    GesprekVerzendController(Gespreksverzendingen verzendingen, ToezichtgesprekService gesprekken, Toegang toegang) {
        this.verzendingen = verzendingen;
        this.gesprekken = gesprekken;
        this.toegang = toegang;
    }

    @PostMapping(path = "/api/v1/toezichtgesprekken/{id}/uitnodiging", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toezichtgesprekUitnodigen", summary = "Verzend de uitnodiging met agenda",
            description = "Aan de gekozen contacten (zonder keuze: de actieve contacten van het niveau van het gesprek "
                    + "met een e-mailadres). Na een wijziging van het gesprek (nieuwe versie) gaat zij opnieuw als "
                    + "gewijzigde uitnodiging; elk contact ontvangt een versie één keer. 409 als de versie verouderd "
                    + "is, het gesprek al gehouden is of alle gekozen contacten deze versie al hebben.")
    @ApiResponse(responseCode = "200", description = "Geplaatst in de uitgaande post")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Verouderde versie of stap niet mogelijk",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Gespreksverzendingen.Stand uitnodigen(@PathVariable long id, @RequestBody Gespreksverzendingen.Verzoek verzoek,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = schrijver(id);
        return verzendingen.nodigUit(g, id, metVersie(verzoek, ifMatch), Client.van(request));
    }

    @PostMapping(path = "/api/v1/toezichtgesprekken/{id}/conceptverslag", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toezichtgesprekConceptverslag", summary = "Verzend het concept-verslag ter reactie",
            description = "Na het gesprek: het concept-verslag (een nieuwe versie als de tekst verandert) en de datum "
                    + "tot wanneer reacties welkom zijn (standaard 14 dagen), aan de gekozen contacten (zonder keuze: "
                    + "wie de uitnodiging kreeg). 409 als de versie verouderd is of het gesprek nog niet gehouden of "
                    + "al vastgesteld is.")
    @ApiResponse(responseCode = "200", description = "Geplaatst in de uitgaande post")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Verouderde versie of stap niet mogelijk",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Gespreksverzendingen.Stand conceptverslag(@PathVariable long id,
            @RequestBody Gespreksverzendingen.ConceptVerzoek verzoek,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = schrijver(id);
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        Gespreksverzendingen.ConceptVerzoek v = versie == null || verzoek == null ? verzoek
                : new Gespreksverzendingen.ConceptVerzoek(versie, verzoek.verslag(), verzoek.reactieTot(),
                        verzoek.contacten());
        return verzendingen.verstuurConcept(g, id, v, Client.van(request));
    }

    @PostMapping(path = "/api/v1/toezichtgesprekken/{id}/verslag-vaststellen",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toezichtgesprekVerslagVaststellen", summary = "Stel het verslag vast en verzend het",
            description = "Na de reactietermijn, of eerder als de gemeente heeft ingestemd. Daarna is het gesprek "
                    + "alleen nog leesbaar. Aan de gekozen contacten (zonder keuze: wie het concept-verslag kreeg). "
                    + "409 als de versie verouderd is, de reactietermijn nog loopt zonder instemming, of het verslag "
                    + "al is vastgesteld.")
    @ApiResponse(responseCode = "200", description = "Vastgesteld en geplaatst in de uitgaande post")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Verouderde versie of stap niet mogelijk",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Gespreksverzendingen.Stand vaststellen(@PathVariable long id, @RequestBody Gespreksverzendingen.Verzoek verzoek,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = schrijver(id);
        return verzendingen.stelVast(g, id, metVersie(verzoek, ifMatch), Client.van(request));
    }

    @GetMapping(path = "/api/v1/toezichtgesprekken/{id}/verzendingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "toezichtgesprekVerzendingen", summary = "Wat over een toezichtgesprek aan wie is "
            + "verzonden", description = "Per stuk (uitnodiging, concept-verslag, verslag), versie en contact: het "
            + "adres, wanneer het in de uitgaande post is geplaatst en hoe het ervoor staat.")
    ResponseEntity<Gespreksverzendingen.Stand> lijst(@PathVariable long id) {
        toegang.toezichtLezen(gemeente(id));
        Gespreksverzendingen.Stand stand = verzendingen.stand(id);
        return ResponseEntity.ok().eTag(Versiekop.etag(stand.gesprek().versie())).body(stand);
    }

    private Gebruiker schrijver(long id) {
        return toegang.gemeenteToezien(gemeente(id));
    }

    private String gemeente(long id) {
        return gesprekken.gemeenteVan(id)
                .orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
    }

    private static Gespreksverzendingen.Verzoek metVersie(Gespreksverzendingen.Verzoek verzoek, String ifMatch) {
        Integer versie = Versiekop.uitIfMatch(ifMatch);
        return versie == null ? verzoek
                : new Gespreksverzendingen.Verzoek(versie, verzoek == null ? null : verzoek.contacten());
    }
}
