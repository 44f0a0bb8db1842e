package nl.woonregie.verdeling;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Agreements that move taakstelling between gemeenten (herverdeling, art. 29 lid 2) and exchanges of
 * vergunninghouders between gemeenten (uitruil). Translates JSON to {@link Herverdelingen} and {@link Uitruilen}, which
 * judge access and input.
 */
@RestController
@Tag(name = VerdelingController.TAG)
class AfsprakenController {

    private final Herverdelingen herverdelingen;
    private final Uitruilen uitruilen;
    private final Toegang toegang;

    AfsprakenController(Herverdelingen herverdelingen, Uitruilen uitruilen, Toegang toegang) {
        this.herverdelingen = herverdelingen;
        this.uitruilen = uitruilen;
        this.toegang = toegang;
    }

    /** An agreement as requested. */
    @Schema(name = "HerverdelingVerzoek")
    record HerverdelingVerzoek(
            @Schema(description = "Het halfjaar waarvan de taakstellingen verschuiven", example = "2024-I",
                    requiredMode = Schema.RequiredMode.REQUIRED) String periode,
            @Schema(description = "Kenmerk van het gezamenlijke besluit van de colleges", example = "ZH-HV-2024-12",
                    maxLength = Herverdelingen.MAX_KENMERK, requiredMode = Schema.RequiredMode.REQUIRED) String kenmerk,
            @Schema(description = "Datum van het besluit", format = "date", example = "2024-02-01",
                    requiredMode = Schema.RequiredMode.REQUIRED) String besluitdatum,
            @Schema(maxLength = Herverdelingen.MAX_TOELICHTING, example = "Leiden neemt tien van Leiderdorp over")
            String toelichting,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<HerverdelingGemeenteVerzoek> gemeenten) {
    }

    /** A gemeente of an agreement and its taakstelling after it. */
    @Schema(name = "HerverdelingGemeenteVerzoek")
    record HerverdelingGemeenteVerzoek(
            @Schema(example = "GM0546", requiredMode = Schema.RequiredMode.REQUIRED) String gemeente,
            @Schema(implementation = Long.class, minimum = "0", maximum = "1000000", example = "160",
                    description = "De taakstelling na de herverdeling", requiredMode = Schema.RequiredMode.REQUIRED)
            JsonNode taakstelling) {
    }

    @PostMapping(path = "/api/v1/taakstellingen/herverdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "herverdelingVastleggen",
            summary = "Leg een herverdeling van taakstelling tussen gemeenten vast (TOEZICHTHOUDER van hun provincie, "
                    + "BEHEERDER)",
            description = "Artikel 29, tweede lid, Huisvestingswet 2014: de colleges verschuiven bij gezamenlijk besluit "
                    + "taakstelling, mits de som gelijk blijft. Een andere som wordt geweigerd (400, onder gemeenten, "
                    + "met beide sommen). De nieuwe taakstellingen worden opgeslagen via de import van taakstellingen "
                    + "(elke gewijzigde als nieuwe versie met de afspraak als reden, in het auditlog); de beoordeling "
                    + "en de brief gaan ervan uit, en de brief noemt de afspraak. Gemeenten van verschillende provincies: "
                    + "een BEHEERDER of een toezichthouder van elk van die provincies.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<Herverdeling> herverdelingVastleggen(@RequestBody HerverdelingVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = herverdelingen.vereisVastleggen(toegang.huidige());
        List<Herverdelingen.Deel> delen = null;
        if (verzoek.gemeenten() != null) {
            delen = new ArrayList<>();
            for (HerverdelingGemeenteVerzoek d : verzoek.gemeenten()) {
                delen.add(d == null ? null : new Herverdelingen.Deel(d.gemeente(),
                        VerdelingController.getal(d.taakstelling())));
            }
        }
        Herverdeling h = herverdelingen.vastleggen(g, new Herverdelingen.Verzoek(verzoek.periode(), verzoek.kenmerk(),
                verzoek.besluitdatum(), verzoek.toelichting(), delen), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/taakstellingen/herverdelingen/" + h.id())).body(h);
    }

    /** A list of agreements. */
    @Schema(name = "Herverdelingen")
    record HerverdelingLijst(List<Herverdeling> herverdelingen) {
    }

    @GetMapping(path = "/api/v1/taakstellingen/herverdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "herverdelingen", summary = "De herverdelingen met een gemeente van de eigen provincie "
            + "(TOEZICHTHOUDER) of alle (BEHEERDER), de nieuwste eerst")
    HerverdelingLijst herverdelingen() {
        return new HerverdelingLijst(herverdelingen.lijst(toegang.huidige()));
    }

    @GetMapping(path = "/api/v1/taakstellingen/herverdelingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "herverdeling", summary = "Een herverdeling (BEHEERDER, de toezichthouder of de "
            + "gemeente van een van haar gemeenten)")
    Herverdeling herverdeling(@PathVariable long id) {
        return herverdelingen.lees(toegang.huidige(), id);
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/herverdelingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteHerverdelingen", summary = "De herverdelingen van een gemeente (BEHEERDER, de "
            + "toezichthouder van de provincie, de gemeente zelf), de nieuwste eerst")
    HerverdelingLijst gemeenteHerverdelingen(@PathVariable String code) {
        return new HerverdelingLijst(herverdelingen.vanGemeente(toegang.huidige(), code));
    }

    /** An exchange as requested. */
    @Schema(name = "UitruilVerzoek")
    record UitruilVerzoek(
            @Schema(description = "Het afgelopen halfjaar waarin de vergunninghouders gehuisvest zijn",
                    example = "2023-II", requiredMode = Schema.RequiredMode.REQUIRED) String periode,
            @Schema(description = "De gemeente die de vergunninghouders afstaat (haar realisatie daalt)",
                    example = "GM0547", requiredMode = Schema.RequiredMode.REQUIRED) String vanGemeente,
            @Schema(description = "De gemeente waarvoor ze tellen", example = "GM0546",
                    requiredMode = Schema.RequiredMode.REQUIRED) String naarGemeente,
            @Schema(implementation = Integer.class, minimum = "1", maximum = "10000", example = "4",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode aantal,
            @Schema(description = "Kenmerk van de bestuurlijke afspraak", example = "ZH-UR-2024-3",
                    maxLength = Herverdelingen.MAX_KENMERK, requiredMode = Schema.RequiredMode.REQUIRED) String kenmerk,
            @Schema(format = "date", example = "2024-01-15", requiredMode = Schema.RequiredMode.REQUIRED)
            String besluitdatum,
            @Schema(maxLength = Herverdelingen.MAX_TOELICHTING) String toelichting) {
    }

    @PostMapping(path = "/api/v1/uitruilen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "uitruilVastleggen",
            summary = "Leg een uitruil van vergunninghouders tussen twee gemeenten vast (TOEZICHTHOUDER van beide "
                    + "provincies, BEHEERDER)",
            description = "De vergunninghouders tellen voor de ontvangende gemeente en verminderen de realisatie van de "
                    + "andere: vastgelegd als correctie van het definitieve cijfer van het COA van beide gemeenten over "
                    + "het afgelopen halfjaar (een nieuwe versie met de afspraak als reden, in het auditlog en in de "
                    + "historie van beide gemeenten). 400 met elk ongeldig veld, ook een halfjaar dat nog loopt, een "
                    + "gemeente zonder COA-cijfer om te corrigeren of een cijfer dat onder nul zou komen.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<Uitruil> uitruilVastleggen(@RequestBody UitruilVerzoek verzoek, HttpServletRequest request) {
        Gebruiker g = uitruilen.vereisVastleggen(toegang.huidige());
        Uitruil u = uitruilen.vastleggen(g, new Uitruilen.Verzoek(verzoek.periode(), verzoek.vanGemeente(), verzoek.naarGemeente(),
                VerdelingController.getal(verzoek.aantal()), verzoek.kenmerk(), verzoek.besluitdatum(),
                verzoek.toelichting()), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/uitruilen/" + u.id())).body(u);
    }

    /** A list of exchanges. */
    @Schema(name = "Uitruilen")
    record UitruilLijst(List<Uitruil> uitruilen) {
    }

    @GetMapping(path = "/api/v1/uitruilen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "uitruilen", summary = "De uitruilen met een gemeente van de eigen provincie "
            + "(TOEZICHTHOUDER) of alle (BEHEERDER), de nieuwste eerst")
    UitruilLijst uitruilen() {
        return new UitruilLijst(uitruilen.lijst(toegang.huidige()));
    }

    @GetMapping(path = "/api/v1/uitruilen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "uitruil", summary = "Een uitruil (BEHEERDER, de toezichthouder of een van beide "
            + "gemeenten)")
    Uitruil uitruil(@PathVariable long id) {
        return uitruilen.lees(toegang.huidige(), id);
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/uitruilen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteUitruilen", summary = "De uitruilen van een gemeente, gegeven of ontvangen "
            + "(BEHEERDER, de toezichthouder van de provincie, de gemeente zelf), de nieuwste eerst")
    UitruilLijst gemeenteUitruilen(@PathVariable String code) {
        return new UitruilLijst(uitruilen.vanGemeente(toegang.huidige(), code));
    }
}
