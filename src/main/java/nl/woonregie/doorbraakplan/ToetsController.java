package nl.woonregie.doorbraakplan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The uitgangspunten check and the planning of a tranche over the API (issue 17 §2 and §7): the municipality's list of
 * uitgangspunten, a lead's scores, the table of the memo, a tranche's milestones. Writes name the version they change
 * ({@code versie} in the body or {@code If-Match}); reads carry it as {@code ETag}. Translates JSON to
 * {@link Uitgangspunten} and {@link Planning}, which judge access and input.
 */
@RestController
@Tag(name = OndersteuningController.TAG)
class ToetsController {

    private static final String PAD = "/api/v1/gemeenten/{code}";

    private final Uitgangspunten uitgangspunten;
    private final Planning planning;
    private final Toegang toegang;

    ToetsController(Uitgangspunten uitgangspunten, Planning planning, Toegang toegang) {
        this.uitgangspunten = uitgangspunten;
        this.planning = planning;
        this.toegang = toegang;
    }

    @Schema(name = "UitgangspuntenVerzoek", description = "De volledige nieuwe lijst, in volgorde")
    record LijstJson(@Schema(implementation = Integer.class, description = "De huidige versie (0 als er nog geen "
            + "lijst is); of If-Match", example = "0") JsonNode versie,
            @ArraySchema(maxItems = 30, schema = @Schema(implementation = UitgangspuntJson.class))
            List<UitgangspuntJson> uitgangspunten,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    @Schema(name = "UitgangspuntInvoer")
    record UitgangspuntJson(@Schema(example = "KLEINSCHALIG", maxLength = 40,
            requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(example = "Kleinschalig", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(maxLength = 2000) String omschrijving,
            @Schema(implementation = Integer.class, description = "Ten hoogste zoveel van de doelgroep per locatie",
                    example = "30") JsonNode maximum,
            @Schema(maxLength = 500) String bron) {
    }

    @Schema(name = "UitgangspuntScoresVerzoek", description = "De scores die veranderen; de andere uitgangspunten "
            + "houden hun score")
    record ScoresJson(@Schema(implementation = Integer.class, description = "De huidige versie van de scores (0 als "
            + "er nog geen zijn); of If-Match", example = "0") JsonNode versie,
            @ArraySchema(maxItems = 30, schema = @Schema(implementation = ScoreJson.class)) List<ScoreJson> scores) {
    }

    @Schema(name = "UitgangspuntScoreInvoer")
    record ScoreJson(@Schema(example = "KLEINSCHALIG", requiredMode = Schema.RequiredMode.REQUIRED) String uitgangspunt,
            @Schema(description = "VOLDOET, VOLDOET_DEELS, VOLDOET_NIET of ONBEKEND",
                    requiredMode = Schema.RequiredMode.REQUIRED) String uitkomst,
            @Schema(maxLength = 2000) String toelichting) {
    }

    @Schema(name = "MijlpaalVerzoek")
    record MijlpaalJson(@Schema(implementation = Integer.class, description = "Bij een wijziging: de huidige versie; "
            + "of If-Match") JsonNode versie,
            @Schema(format = "date", example = "2022-02-28", requiredMode = Schema.RequiredMode.REQUIRED) String van,
            @Schema(format = "date", example = "2022-03-04", description = "Laatste dag van een periode") String tot,
            @Schema(example = "Krokusvakantie", maxLength = 300, requiredMode = Schema.RequiredMode.REQUIRED)
            String wat,
            @Schema(maxLength = 200) String wie, @Schema(maxLength = 2000) String toelichting,
            @Schema(format = "date", description = "De dag waarop de mijlpaal gedaan is") String gedaanOp) {

        Mijlpaalverzoek alsVerzoek(String ifMatch) {
            return new Mijlpaalverzoek(ToetsController.versie(versie, ifMatch), van, tot, wat, wie, toelichting, gedaanOp);
        }
    }

    private static final String PROBLEEM = "application/problem+json";

    @GetMapping(path = PAD + "/uitgangspunten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanUitgangspunten", summary = "De uitgangspunten van het Doorbraakplan van een "
            + "gemeente (programmateam, bestuur, BEHEERDER)", description = "Versie 0 en een lege lijst zolang het "
            + "programmateam er geen vastlegde; startset: de zes van Den Haag met hun bron, om over te nemen. ETag: de "
            + "versie.")
    ResponseEntity<Uitgangspuntenlijst> lijst(@PathVariable String code) {
        Uitgangspuntenlijst l = uitgangspunten.lijst(toegang.huidige(), code);
        return ResponseEntity.ok().eTag(etag(l.versie())).body(l);
    }

    @PutMapping(path = PAD + "/uitgangspunten", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanUitgangspuntenVastleggen", summary = "Leg de uitgangspunten van de gemeente "
            + "vast: een nieuwe versie (het programmateam, BEHEERDER)", description = "De volledige lijst met per "
            + "uitgangspunt een code, naam, omschrijving en eventueel een maximum van de doelgroep per locatie, en de "
            + "reden. 400 met elk ongeldig veld, 409 als de lijst intussen gewijzigd is.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = LijstJson.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Uitgangspuntenlijst> vastleggen(@PathVariable String code, @RequestBody LijstJson body,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        List<Uitgangspuntenverzoek.Regel> regels = body.uitgangspunten() == null ? null
                : body.uitgangspunten().stream().map(u -> u == null ? null : new Uitgangspuntenverzoek.Regel(u.code(),
                        u.naam(), u.omschrijving(), LeadController.getal(u.maximum()), u.bron())).toList();
        Uitgangspuntenlijst l = uitgangspunten.vastleggen(toegang.huidige(), code, new Uitgangspuntenverzoek(
                versie(body.versie(), ifMatch), regels, body.reden()), false, Client.van(request));
        return ResponseEntity.ok().eTag(etag(l.versie())).body(l);
    }

    @GetMapping(path = PAD + "/leads/{id}/uitgangspunten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadUitgangspunten", summary = "De toets van een locatie aan de "
            + "uitgangspunten (programmateam, bestuur, de projectleider van de lead, BEHEERDER)", description = "Per "
            + "uitgangspunt de score van het programmateam met toelichting, en bij een maximum de uitkomst die het "
            + "systeem berekent uit de plaatsen van de locatie (van het project in het aanbod als de lead is "
            + "aangewezen); strijdig als de score meer zegt dan de berekening toelaat. Met elke vastgelegde score. "
            + "ETag: de versie van de scores.")
    ResponseEntity<Locatietoets> locatie(@PathVariable String code, @PathVariable long id) {
        Locatietoets t = uitgangspunten.locatie(toegang.huidige(), code, id);
        return ResponseEntity.ok().eTag(etag(t.versie())).body(t);
    }

    @PutMapping(path = PAD + "/leads/{id}/uitgangspunten", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadScoren", summary = "Scoor een locatie op de uitgangspunten (het "
            + "programmateam, BEHEERDER)", description = "Elke gewijzigde score is een nieuw feit (wie, wanneer) in "
            + "een nieuwe versie; de andere uitgangspunten houden hun score. 400 met elk ongeldig veld, 409 als de "
            + "scores intussen gewijzigd zijn.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = ScoresJson.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Locatietoets> scoren(@PathVariable String code, @PathVariable long id, @RequestBody ScoresJson body,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        List<Scoreverzoek.Regel> scores = body.scores() == null ? null : body.scores().stream()
                .map(s -> s == null ? null : new Scoreverzoek.Regel(s.uitgangspunt(), s.uitkomst(), s.toelichting()))
                .toList();
        Locatietoets t = uitgangspunten.scoren(toegang.huidige(), code, id,
                new Scoreverzoek(versie(body.versie(), ifMatch), scores), Client.van(request));
        return ResponseEntity.ok().eTag(etag(t.versie())).body(t);
    }

    @GetMapping(path = PAD + "/uitgangspuntentoets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanUitgangspuntentoets", summary = "De tabel van de toets aan de "
            + "uitgangspunten: de locaties van een tranche, of alle leads die niet zijn afgevallen (programmateam, "
            + "bestuur, BEHEERDER)")
    Toetstabel tabel(@PathVariable String code,
            @Parameter(description = "Het id van de tranche; zonder: alle leads die niet zijn afgevallen")
            @RequestParam(required = false) String tranche) {
        return uitgangspunten.tabel(toegang.huidige(), code, tranche);
    }

    @GetMapping(path = PAD + "/tranches/{tranche}/mijlpalen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanTrancheplanning", summary = "De planning van een tranche: haar mijlpalen "
            + "op datum, te laat gemarkeerd (programmateam, bestuur, BEHEERDER)")
    Trancheplanning planning(@PathVariable String code, @PathVariable long tranche) {
        return planning.planning(toegang.huidige(), code, tranche);
    }

    @PostMapping(path = PAD + "/tranches/{tranche}/mijlpalen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanMijlpaalToevoegen", summary = "Voeg een mijlpaal toe aan de planning van "
            + "een tranche (het programmateam, BEHEERDER)", description = "Een datum of periode (van, tot), wat, wie, "
            + "een toelichting en eventueel de dag waarop zij gedaan is. 400 met elk ongeldig veld.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MijlpaalJson.class))))
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Mijlpaal> toevoegen(@PathVariable String code, @PathVariable long tranche,
            @RequestBody MijlpaalJson body, HttpServletRequest request) {
        Mijlpaal m = planning.toevoegen(toegang.huidige(), code, tranche, body.alsVerzoek(null), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + code + "/tranches/" + tranche
                + "/mijlpalen/" + m.id())).eTag(etag(m.versie())).body(m);
    }

    @PutMapping(path = PAD + "/tranches/{tranche}/mijlpalen/{id}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanMijlpaalWijzigen", summary = "Wijzig een mijlpaal of meld haar gedaan (het "
            + "programmateam, BEHEERDER)", description = "De volledige mijlpaal met de versie die u wijzigt. 400 met "
            + "elk ongeldig veld, 409 als zij intussen gewijzigd is.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = MijlpaalJson.class))))
    @ApiResponse(responseCode = "200", description = "Gewijzigd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = PROBLEEM, schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Mijlpaal> wijzigen(@PathVariable String code, @PathVariable long tranche, @PathVariable long id,
            @RequestBody MijlpaalJson body, @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Mijlpaal m = planning.wijzigen(toegang.huidige(), code, tranche, id, body.alsVerzoek(ifMatch),
                Client.van(request));
        return ResponseEntity.ok().eTag(etag(m.versie())).body(m);
    }

    /** The version a write names: the body's {@code versie}, else {@code If-Match}. */
    private static String versie(JsonNode inBody, String ifMatch) {
        String v = LeadController.getal(inBody);
        if (v != null || ifMatch == null) {
            return v;
        }
        // an unreadable If-Match is named as versie by the service, after its access check
        return ifMatch.replace("W/", "").replace("\"", "").trim();
    }

    private static String etag(int versie) {
        return "\"" + versie + "\"";
    }
}
