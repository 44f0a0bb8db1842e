package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
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
import tools.jackson.databind.JsonNode;

/**
 * A municipality's stored support over the API: the register of its departments, its tariff table and its support
 * plans (per project and for all locations), each change with its reason; plans and tariffs with {@code ETag} and
 * {@code If-Match} (or {@code versie} in the body). Translates JSON to {@link Afdelingen}, {@link Steuntarieven} and
 * {@link Steunplannen}, which judge access and input.
 */
@RestController
@Tag(name = OndersteuningController.TAG)
class SteunplanController {

    private static final String GEMEENTE = "/api/v1/gemeenten/{code}";

    private final Afdelingen afdelingen;
    private final Steuntarieven tarieven;
    private final Steunplannen plannen;
    private final Toegang toegang;

    SteunplanController(Afdelingen afdelingen, Steuntarieven tarieven, Steunplannen plannen, Toegang toegang) {
        this.afdelingen = afdelingen;
        this.tarieven = tarieven;
        this.plannen = plannen;
        this.toegang = toegang;
    }

    @Schema(name = "Afdelingen")
    record AfdelingLijst(List<Afdeling> afdelingen) {
    }

    @Schema(name = "AfdelingVerzoek")
    record AfdelingVerzoek(@Schema(maxLength = 200, example = "Onderwijs, Cultuur en Welzijn",
            requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    @Schema(name = "SteuntarievenVerzoek", description = "De volledige nieuwe tabel: elke tariefsoort minstens één "
            + "waarde")
    record TarievenVerzoek(@Schema(description = "De huidige versie (0 bij de standaardtarieven); of If-Match",
            example = "0") Integer versie,
            @ArraySchema(maxItems = 50, schema = @Schema(implementation = TariefInvoer.class)) List<TariefInvoer> tarieven,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    @Schema(name = "SteuntariefInvoer")
    record TariefInvoer(@Schema(allowableValues = {"WOONBEGELEIDING_ONZELFSTANDIG", "WOONBEGELEIDING_ZELFSTANDIG",
            "DOORSTROOMBEGELEIDING"}, requiredMode = Schema.RequiredMode.REQUIRED) String soort,
            @Schema(minimum = "0", example = "370", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal bedrag,
            @Schema(format = "date", example = "2022-01-01", requiredMode = Schema.RequiredMode.REQUIRED)
            String geldigVanaf,
            @Schema(maxLength = 500, requiredMode = Schema.RequiredMode.REQUIRED) String bron) {
    }

    @Schema(name = "SteunplanVerzoek", description = "De volledige nieuwe inhoud van het plan (voor een dienst: de "
            + "regels en dekking van de eigen afdeling)")
    record PlanVerzoek(@Schema(description = "De huidige versie (0 als er nog geen plan is); of If-Match",
            example = "0") Integer versie,
            @ArraySchema(maxItems = 200, schema = @Schema(implementation = Steunregel.class)) List<Steunregel> regels,
            @ArraySchema(maxItems = 200, schema = @Schema(implementation = Steundekking.class))
            List<Steundekking> dekking,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    @GetMapping(path = GEMEENTE + "/afdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteAfdelingen", summary = "Het register van afdelingen (diensten) van een gemeente",
            description = "Voor de beheerder en het programmateam, het bestuur en de diensten van de gemeente.")
    AfdelingLijst afdelingen(@PathVariable String code) {
        return new AfdelingLijst(afdelingen.vanGemeente(toegang.huidige(), code));
    }

    @PutMapping(path = GEMEENTE + "/afdelingen/{afdeling}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "afdelingVastleggen", summary = "Voeg een afdeling toe of wijzig haar naam (het "
            + "programmateam, BEHEERDER)", description = "De code (hoofdletters en cijfers, bijvoorbeeld OCW) blijft; "
            + "een dienst krijgt een toewijzing met deze code. 400 met elk ongeldig veld; in het auditlog.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = AfdelingVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    Afdeling afdeling(@PathVariable String code, @PathVariable String afdeling, @RequestBody JsonNode body,
            HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        String naam = body != null && body.isObject() && body.get("naam") != null && body.get("naam").isString()
                ? body.get("naam").stringValue() : null;
        String reden = body != null && body.isObject() && body.get("reden") != null && body.get("reden").isString()
                ? body.get("reden").stringValue() : null;
        return afdelingen.vastleggen(g, code, afdeling, naam, reden, Client.van(request));
    }

    @GetMapping(path = GEMEENTE + "/steuntarieven", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteSteuntarieven", summary = "De tarieven van de ondersteuningsplannen van een "
            + "gemeente (versie 0: de standaardtarieven)")
    ResponseEntity<Steuntarieftabel> tarieven(@PathVariable String code) {
        Steuntarieftabel t = tarieven.tabel(toegang.huidige(), code);
        return ResponseEntity.ok().eTag(Versiekop.etag(t.versie())).body(t);
    }

    @PutMapping(path = GEMEENTE + "/steuntarieven", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "steuntarievenVastleggen", summary = "Leg de eigen tarieven van de gemeente vast: een "
            + "nieuwe versie (het programmateam, BEHEERDER)", description = "De volledige tabel met per waarde de "
            + "bron; elke tariefsoort minstens één waarde, en elk vastgelegd plan moet te berekenen blijven. 409 als de "
            + "tabel intussen gewijzigd is.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = TarievenVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Steuntarieftabel> tarievenVastleggen(@PathVariable String code, @RequestBody JsonNode body,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        Steuntarieftabel t = tarieven.vastleggen(g, code, body, Versiekop.uitIfMatch(ifMatch), Client.van(request),
                nieuw -> plannen.toetsTarieven(code, nieuw));
        return ResponseEntity.ok().eTag(Versiekop.etag(t.versie())).body(t);
    }

    @GetMapping(path = GEMEENTE + "/steunplannen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteSteunplannen", summary = "De ondersteuningsplannen van een gemeente samen "
            + "berekend", description = "Per jaar de kosten (incidenteel en structureel), wat gedekt is en wat "
            + "ongedekt (de claim), per dienst per jaar, per project; en de lijst van plannen (elk project van het "
            + "aanbod van de gemeente en alle-locaties). Een dienst ziet alleen de eigen afdeling.")
    Steunoverzicht overzicht(@PathVariable String code) {
        return plannen.overzicht(toegang.huidige(), code);
    }

    @GetMapping(path = GEMEENTE + "/steunplannen/{plan}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "steunplan", summary = "Het ondersteuningsplan van een project (het id van de "
            + "aanbodbron) of van alle-locaties, met zijn berekening en versies (versie 0: nog niets vastgelegd)")
    ResponseEntity<Steunplan> plan(@PathVariable String code,
            @Parameter(description = "Het id van het project of alle-locaties") @PathVariable String plan) {
        Steunplan p = plannen.lees(toegang.huidige(), code, plan);
        return ResponseEntity.ok().eTag(Versiekop.etag(p.versie())).body(p);
    }

    @PutMapping(path = GEMEENTE + "/steunplannen/{plan}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "steunplanVastleggen", summary = "Leg een ondersteuningsplan vast: een nieuwe versie (het "
            + "programmateam, een dienst voor de eigen afdeling, BEHEERDER)", description = "De regels zoals bij de "
            + "berekening (zonder project: dat van het plan) en de dekking per jaar met haar bron; gerekend met de "
            + "tarieven van de gemeente. Een dienst stuurt alleen de regels en dekking van de eigen afdeling; die van "
            + "andere afdelingen blijven. 400 met elk ongeldig veld, 409 als het plan intussen gewijzigd is.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = PlanVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "Vastgelegd")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk ongeldig veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Intussen gewijzigd",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Steunplan> planVastleggen(@PathVariable String code, @PathVariable String plan,
            @RequestBody JsonNode body, @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Steunplan p = plannen.vastleggen(toegang.huidige(), code, plan, body, Versiekop.uitIfMatch(ifMatch),
                Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(p.versie())).body(p);
    }
}
