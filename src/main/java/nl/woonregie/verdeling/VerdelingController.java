package nl.woonregie.verdeling;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The distribution of the taakstelling (Huisvestingswet 2014, art. 29 and 30): computing it for a half-year, and the
 * populations a province fixes after a herindeling. Translates JSON to the services, which judge access and input.
 */
@RestController
@Tag(name = VerdelingController.TAG, description = "De verdeling van het landelijke aantal vergunninghouders over de "
        + "gemeenten (Huisvestingswet 2014, artikel 29 en 30): berekenen, het inwonertal na een herindeling, "
        + "vastleggen als taakstellingen en vergelijken met de opgeslagen taakstellingen")
class VerdelingController {

    static final String TAG = "Verdeling";

    private final VerdelingService verdeling;
    private final Herindelingsbevolking herindelingen;
    private final Verdelingen verdelingen;
    private final Toegang toegang;

    VerdelingController(VerdelingService verdeling, Herindelingsbevolking herindelingen, Verdelingen verdelingen,
            Toegang toegang) {
        this.verdeling = verdeling;
        this.herindelingen = herindelingen;
        this.verdelingen = verdelingen;
        this.toegang = toegang;
    }

    /** A request for a distribution. */
    @Schema(name = "VerdelingVerzoek")
    record VerdelingVerzoek(
            @Schema(description = "Het halfjaar", example = "2024-I", requiredMode = Schema.RequiredMode.REQUIRED)
            String periode,
            @Schema(implementation = Long.class, minimum = "0", maximum = "1000000", example = "18750",
                    description = "vg: het landelijke aantal vergunninghouders van het halfjaar (Staatscourant)",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode landelijk,
            @Schema(description = "Standaard OMHOOG (de wet)", allowableValues = {"OMHOOG", "HALF_OMHOOG"},
                    example = "OMHOOG") String afronding) {
    }

    @PostMapping(path = "/api/v1/taakstellingen/verdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Bereken de verdeling van een halfjaar over de gemeenten (TOEZICHTHOUDER, RIJK, BEHEERDER)",
            description = "Artikel 29, eerste lid: per gemeente vg × iG / iN, naar boven afgerond (of met afronding "
                    + "HALF_OMHOOG gewoon afgerond), met iG en iN de CBS-bevolking op 1 januari van het jaar vóór het "
                    + "halfjaar, voor elke gemeente van de indeling op 1 januari van het jaar van het halfjaar, op "
                    + "code. Voor een gemeente die na de peildatum door een herindeling is veranderd het inwonertal dat "
                    + "Gedeputeerde Staten vaststelden, anders de som van de delen (artikel 30). Er wordt niets "
                    + "opgeslagen. Ontbreekt de bevolking van het jaar, dan noemt invalidParams 'periode' met dat jaar.")
    Verdeling verdelingBerekenen(@RequestBody VerdelingVerzoek verzoek) {
        Gebruiker g = verdeling.vereisBerekenen(toegang.huidige());
        return verdeling.bereken(g, verzoek.periode(), getal(verzoek.landelijk()), verzoek.afronding());
    }

    /** A distribution to compare with the stored taakstellingen, of every gemeente or of one province's. */
    @Schema(name = "VergelijkingVerzoek")
    record VergelijkingVerzoek(
            @Schema(example = "2024-I", requiredMode = Schema.RequiredMode.REQUIRED) String periode,
            @Schema(implementation = Long.class, minimum = "0", maximum = "1000000", example = "18750",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode landelijk,
            @Schema(allowableValues = {"OMHOOG", "HALF_OMHOOG"}, example = "OMHOOG") String afronding,
            @Schema(description = "Alleen de gemeenten van deze provincie; een toezichthouder van één provincie mag "
                    + "het weglaten, een beheerder en het Rijk vergelijken zonder alle gemeenten", example = "PV28")
            String provincie) {
    }

    @PostMapping(path = "/api/v1/taakstellingen/verdelingen/vergelijkingen",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Vergelijk een verdeling met de opgeslagen taakstellingen van de periode (TOEZICHTHOUDER van "
            + "de provincie, RIJK, BEHEERDER)",
            description = "Per gemeente de berekende taakstelling, de opgeslagen taakstelling (bijvoorbeeld uit een "
                    + "geïmporteerde tabel van de circulaire) en het verschil. Er wordt niets opgeslagen.")
    Vergelijking verdelingVergelijken(@RequestBody VergelijkingVerzoek verzoek) {
        Gebruiker g = verdelingen.vereisLezen(toegang.huidige());
        return verdelingen.vergelijk(g, verzoek.periode(), getal(verzoek.landelijk()), verzoek.afronding(),
                verzoek.provincie());
    }

    /** A distribution to store as the period's taakstellingen. */
    @Schema(name = "VastleggingVerzoek")
    record VastleggingVerzoek(
            @Schema(example = "2024-I", requiredMode = Schema.RequiredMode.REQUIRED) String periode,
            @Schema(implementation = Long.class, minimum = "0", maximum = "1000000", example = "18750",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode landelijk,
            @Schema(allowableValues = {"OMHOOG", "HALF_OMHOOG"}, example = "OMHOOG") String afronding,
            @Schema(description = "Alleen de gemeenten van deze provincie (een toezichthouder: de eigen); leeg bij een "
                    + "beheerder: alle gemeenten", example = "PV28") String provincie,
            @Schema(description = "Waarom (opgeslagen bij de nieuwe versies)", example = "Circulaire eerste helft 2024")
            String reden,
            @Schema(description = "true: een opgeslagen taakstelling die afwijkt, wordt vervangen door een nieuwe "
                    + "versie; anders wordt niets opgeslagen (409) zolang er een afwijkt", example = "false")
            Boolean vervangen) {
    }

    @PostMapping(path = "/api/v1/taakstellingen/vastgelegde-verdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "verdelingVastleggen",
            summary = "Leg een verdeling vast als de taakstellingen van de periode (BEHEERDER; TOEZICHTHOUDER voor "
            + "de gemeenten van de eigen provincie)",
            description = "Berekent de verdeling en slaat de taakstellingen op zoals de import van taakstellingen: "
                    + "alles of niets, een gewijzigde waarde als nieuwe versie, in het auditlog; de invoer van de "
                    + "verdeling (landelijk aantal, afronding, bevolking, per gemeente iG en de herkomst) wordt erbij "
                    + "bewaard. Wijkt een opgeslagen taakstelling af en is vervangen niet true, dan wordt niets "
                    + "opgeslagen: 409 met elke afwijkende gemeente in bevindingen.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<VastgelegdeVerdeling> verdelingVastleggen(@RequestBody VastleggingVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = verdelingen.vereisVastleggen(toegang.huidige());
        VastgelegdeVerdeling v = verdelingen.vastleggen(g, verzoek.periode(), getal(verzoek.landelijk()),
                verzoek.afronding(), verzoek.provincie(), verzoek.reden(), Boolean.TRUE.equals(verzoek.vervangen()),
                Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/taakstellingen/vastgelegde-verdelingen/" + v.id())).body(v);
    }

    /** The stored distributions. */
    @Schema(name = "VastgelegdeVerdelingen")
    record VastgelegdeVerdelingen(List<VastgelegdeVerdeling> verdelingen) {
    }

    @GetMapping(path = "/api/v1/taakstellingen/vastgelegde-verdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De vastgelegde verdelingen, de nieuwste eerst (TOEZICHTHOUDER, RIJK, BEHEERDER)",
            description = "Met hun invoer, zonder de gemeenten (die geeft een verdeling zelf).")
    VastgelegdeVerdelingen vastgelegdeVerdelingen(
            @Parameter(description = "Alleen die van dit halfjaar", example = "2024-I")
            @RequestParam(required = false) String periode) {
        return new VastgelegdeVerdelingen(verdelingen.lijst(toegang.huidige(), periode));
    }

    @GetMapping(path = "/api/v1/taakstellingen/vastgelegde-verdelingen/{id}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een vastgelegde verdeling met haar invoer en per gemeente iG, de herkomst, de taakstelling "
            + "en de taakstelling daarvoor (TOEZICHTHOUDER, RIJK, BEHEERDER)")
    VastgelegdeVerdeling vastgelegdeVerdeling(@PathVariable long id) {
        return verdelingen.lees(toegang.huidige(), id);
    }

    @GetMapping(path = "/api/v1/provincies/{code}/herindelingsbevolking", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De gemeenten van een provincie die voor de verdeling van een halfjaar door een herindeling "
            + "zijn veranderd (TOEZICHTHOUDER van de provincie, RIJK, BEHEERDER)",
            description = "Artikel 30: de gemeenten die tussen de peildatum van de bevolking en 1 januari van het jaar "
                    + "van het halfjaar door een herindeling veranderden, met hun samenstellende delen, de som van de "
                    + "delen, het inwonertal dat Gedeputeerde Staten vaststelden en het inwonertal waarmee de verdeling "
                    + "rekent.")
    Herindelingsoverzicht herindelingsbevolking(@PathVariable String code,
            @Parameter(description = "Het halfjaar", example = "2023-I") @RequestParam(required = false) String periode) {
        return herindelingen.overzicht(toegang.huidige(), code, periode);
    }

    /** The figure Gedeputeerde Staten fixed. */
    @Schema(name = "HerindelingsbevolkingVerzoek")
    record HerindelingsbevolkingVerzoek(
            @Schema(description = "Een halfjaar waarvan de verdeling het inwonertal gebruikt (het geldt voor beide "
                    + "halfjaren van dat jaar)", example = "2023-I", requiredMode = Schema.RequiredMode.REQUIRED)
            String periode,
            @Schema(example = "GM1992", requiredMode = Schema.RequiredMode.REQUIRED) String gemeente,
            @Schema(implementation = Long.class, minimum = "0", example = "71000",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode inwoners,
            @Schema(description = "Kenmerk van het besluit van Gedeputeerde Staten", example = "PZH-2022-812345678",
                    requiredMode = Schema.RequiredMode.REQUIRED) String kenmerk,
            @Schema(format = "date", example = "2022-09-20") String besluitdatum) {
    }

    @PostMapping(path = "/api/v1/provincies/{code}/herindelingsbevolking", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "herindelingsbevolkingVastleggen",
            summary = "Leg het inwonertal vast dat Gedeputeerde Staten na een herindeling vaststelden "
            + "(TOEZICHTHOUDER van de provincie, BEHEERDER)",
            description = "Artikel 30, eerste lid. De verdeling van beide halfjaren van het jaar rekent daarna met dit "
                    + "inwonertal in plaats van de som van de delen. Een eerder vastgelegd inwonertal blijft in de "
                    + "historie (auditlog).")
    Herindelingsgemeente herindelingsbevolkingVastleggen(@PathVariable String code,
            @RequestBody HerindelingsbevolkingVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = herindelingen.vereisVastleggen(toegang.huidige(), code);
        return herindelingen.vastleggen(g, code, verzoek.periode(), verzoek.gemeente(), getal(verzoek.inwoners()),
                verzoek.kenmerk(), verzoek.besluitdatum(), Client.van(request));
    }

    /**
     * A JSON number as the text the service reads: an integer as its digits, a fraction as itself (refused there),
     * anything else (a text, true, an object) as its JSON (also refused); null when absent.
     */
    static String getal(JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return null;
        }
        if (waarde.isIntegralNumber()) {
            return waarde.bigIntegerValue().toString();
        }
        if (waarde.isNumber()) {
            return waarde.toString(); // 18750.5, 1.0E3: no whole number as the service reads it
        }
        return "x" + waarde; // "18750", true, {}: a JSON value that is no number
    }
}
