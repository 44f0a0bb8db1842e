package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A gemeente's stored supply sources and its stored forecast over the API. Translates JSON to
 * {@link Aanbodbronnen} and {@link GemeentePrognoses}, which judge access and input.
 */
@RestController
@Tag(name = PrognoseController.TAG)
class AanbodController {

    private final Aanbodbronnen bronnen;
    private final Varianten varianten;
    private final GemeentePrognoses prognoses;
    private final Toegang toegang;

    AanbodController(Aanbodbronnen bronnen, Varianten varianten, GemeentePrognoses prognoses, Toegang toegang) {
        this.bronnen = bronnen;
        this.varianten = varianten;
        this.prognoses = prognoses;
        this.toegang = toegang;
    }

    /** A source as sent: its kind, the facts of that kind and the reason; {@code versie} when it changes one. */
    @Schema(name = "AanbodbronVerzoek")
    record Verzoek(
            @Schema(description = "CORPORATIE, PROJECT, ROUTE of TEMPO; verandert niet bij een wijziging",
                    example = "CORPORATIE", requiredMode = Schema.RequiredMode.REQUIRED) String soort,
            @Schema(implementation = Integer.class, description = "Bij een wijziging: de versie die u wijzigt",
                    example = "1") JsonNode versie,
            @Schema(example = "Corporaties 2022", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
            String naam,
            @Schema(maxLength = 2000) String toelichting,
            @Schema(implementation = Integer.class, description = "CORPORATIE: het kalenderjaar", example = "2022")
            JsonNode jaar,
            @Schema(implementation = Long.class, description = "CORPORATIE (of woningen) en ROUTE met datum",
                    example = "777") JsonNode personen,
            @Schema(implementation = Long.class, description = "CORPORATIE: woningen in plaats van personen")
            JsonNode woningen,
            @Schema(implementation = BigDecimal.class, description = "CORPORATIE: personen per woning (standaard 2,4)")
            JsonNode bezetting,
            @Schema(implementation = Long.class, description = "CORPORATIE: alle verwachte verhuringen van het jaar",
                    example = "4440") JsonNode verwachteVerhuringen,
            @Schema(implementation = BigDecimal.class, description = "CORPORATIE: afgesproken hoogste aandeel voor "
                    + "statushouders (standaard 0,10)", example = "0.1") JsonNode maxAandeel,
            @Schema(description = "PROJECT: TIJDELIJK of PERMANENT") String duur,
            @Schema(description = "PROJECT: ZELFSTANDIG of ONZELFSTANDIG") String woonvorm,
            @Schema(implementation = Long.class, description = "PROJECT: alle eenheden of plaatsen") JsonNode eenheden,
            @Schema(implementation = Long.class, description = "PROJECT: plaatsen voor statushouders", example = "40")
            JsonNode plaatsen,
            @Schema(maxLength = 500, description = "PROJECT: de doelgroepen en hun verhouding") String doelgroepen,
            @Schema(maxLength = 200, description = "PROJECT: eigenaar of corporatie") String eigenaar,
            @Schema(format = "date", description = "PROJECT: start van de inhuizing") String startInhuizing,
            @Schema(implementation = BigDecimal.class, description = "PROJECT, ROUTE, TEMPO: personen per week")
            JsonNode perWeek,
            @Schema(format = "date", description = "PROJECT (tijdelijk): einde van het gebruik") String eindeGebruik,
            @Schema(description = "PROJECT: VERKENNING, BESLOTEN, IN_VOORBEREIDING, IN_GEBRUIK of BEEINDIGD")
            String status,
            @Schema(description = "ROUTE: HOTELREGELING, HERVESTIGERS, UITRUIL of ZELF_GEVONDEN") String route,
            @Schema(description = "ROUTE UITRUIL: de andere gemeente", example = "GM0603") String partnergemeente,
            @Schema(format = "date", description = "ROUTE: de dag van een eenmalig aantal") String datum,
            @Schema(format = "date", description = "ROUTE, TEMPO: eerste dag van het tempo") String vanaf,
            @Schema(format = "date", description = "ROUTE, TEMPO: laatste dag van het tempo") String tot,
            @Schema(maxLength = 2000, description = "Waarom u de bron toevoegt of wijzigt",
                    requiredMode = Schema.RequiredMode.REQUIRED) String reden,
            @Schema(description = "PROJECT: de feiten die het Doorbraakplan bijhoudt (optioneel)")
            ProjectfeitenInvoer projectfeiten) {

        Bronverzoek alsBronverzoek() {
            return new Bronverzoek(soort, naam, toelichting, getal(jaar), getal(personen), getal(woningen),
                    getal(bezetting), getal(verwachteVerhuringen), getal(maxAandeel), duur, woonvorm, getal(eenheden),
                    getal(plaatsen), doelgroepen, eigenaar, startInhuizing, getal(perWeek), eindeGebruik, status,
                    route, partnergemeente, datum, vanaf, tot, reden,
                    projectfeiten == null ? null : projectfeiten.alsVerzoek());
        }
    }

    /** A project's facts as sent (numbers as JSON numbers, dates as JJJJ-MM-DD). */
    @Schema(name = "ProjectfeitenVerzoek")
    record ProjectfeitenInvoer(
            @Schema(description = "De eigen eisen van het project; met soort en waarde een berekende toets")
            List<EisInvoer> eisen,
            @Schema(description = "Andere doelgroepen dan statushouders") List<DoelgroepInvoer> doelgroepen,
            @Schema(implementation = Integer.class, description = "De tijdelijke termijn in jaren (1 tot en met 100)",
                    example = "5") JsonNode tijdelijkeTermijnJaren,
            @Schema(implementation = Integer.class, description = "De exploitatietermijn in jaren (1 tot en met 100)",
                    example = "6") JsonNode exploitatietermijnJaren,
            List<FinancieringInvoer> financiering,
            GoBesluitInvoer goBesluit,
            @Schema(implementation = Boolean.class, description = "Wordt de locatie (ook) gebruikt voor vluchtelingen "
                    + "uit Oekraïne?") JsonNode oekraineGebruik,
            @Schema(maxLength = 2000) String oekraineToelichting,
            @Schema(maxLength = 200, example = "Laak") String stadsdeel,
            @Schema(description = "Adviezen van stadsdeel, OOV en driehoek") List<AdviesInvoer> adviezen) {

        Projectfeitenverzoek alsVerzoek() {
            return new Projectfeitenverzoek(
                    eisen == null ? null : eisen.stream().map(e -> e == null ? null
                            : new Projectfeitenverzoek.EisRij(e.tekst(), e.soort(), getal(e.waarde()))).toList(),
                    doelgroepen == null ? null : doelgroepen.stream().map(d -> d == null ? null
                            : new Projectfeitenverzoek.DoelgroepRij(d.naam(), getal(d.aantal()), d.partners(),
                                    d.toelichting())).toList(),
                    getal(tijdelijkeTermijnJaren), getal(exploitatietermijnJaren),
                    financiering == null ? null : financiering.stream().map(x -> x == null ? null
                            : new Projectfeitenverzoek.FinancieringRij(x.bron(), bedrag(x.bedrag()), x.vervaltOp(),
                                    x.toelichting())).toList(),
                    goBesluit == null ? null : new Projectfeitenverzoek.GoBesluitVerzoek(goBesluit.uitkomst(),
                            goBesluit.datum(), goBesluit.kenmerk()),
                    waarheid(oekraineGebruik), oekraineToelichting, stadsdeel,
                    adviezen == null ? null : adviezen.stream().map(a -> a == null ? null
                            : new Projectfeitenverzoek.AdviesRij(a.adviseur(), a.datum(), a.uitkomst(),
                                    a.toelichting())).toList());
        }
    }

    @Schema(name = "ProjectEisVerzoek")
    record EisInvoer(@Schema(maxLength = 500, example = "1 harde eis: 33% statushouders",
                    requiredMode = Schema.RequiredMode.REQUIRED) String tekst,
            @Schema(description = "MIN_AANDEEL, MAX_AANDEEL (procent), MIN_AANTAL of MAX_AANTAL (statushouders)",
                    example = "MIN_AANDEEL") String soort,
            @Schema(implementation = BigDecimal.class, description = "Met een soort: het procent (0 tot en met 100) "
                    + "of het aantal", example = "33") JsonNode waarde) {
    }

    @Schema(name = "ProjectDoelgroepVerzoek")
    record DoelgroepInvoer(@Schema(maxLength = 200, example = "MBO-studenten (Mondriaan)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(implementation = Long.class, example = "15") JsonNode aantal,
            @Schema(maxLength = 500, example = "Haag Wonen, Inspire") String partners,
            @Schema(maxLength = 2000) String toelichting) {
    }

    @Schema(name = "ProjectFinancieringVerzoek")
    record FinancieringInvoer(@Schema(maxLength = 200, example = "BZK-middelen",
                    requiredMode = Schema.RequiredMode.REQUIRED) String bron,
            @Schema(implementation = BigDecimal.class, description = "In euro's, hoogstens twee decimalen")
            JsonNode bedrag,
            @Schema(format = "date", description = "De dag waarop de financiering vervalt") String vervaltOp,
            @Schema(maxLength = 2000) String toelichting) {
    }

    @Schema(name = "ProjectGoBesluitVerzoek")
    record GoBesluitInvoer(@Schema(description = "GO, NO_GO of IN_AFWACHTING",
                    requiredMode = Schema.RequiredMode.REQUIRED) String uitkomst,
            @Schema(format = "date") String datum,
            @Schema(maxLength = 200) String kenmerk) {
    }

    @Schema(name = "ProjectAdviesVerzoek")
    record AdviesInvoer(@Schema(description = "STADSDEEL, OOV of DRIEHOEK", requiredMode = Schema.RequiredMode.REQUIRED)
            String adviseur,
            @Schema(format = "date", description = "De dag van het advies (bij VERWACHT: wanneer het wordt verwacht)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String datum,
            @Schema(description = "POSITIEF, ONDER_VOORWAARDEN, NEGATIEF of VERWACHT",
                    requiredMode = Schema.RequiredMode.REQUIRED) String uitkomst,
            @Schema(maxLength = 2000) String toelichting) {
    }

    /**
     * A JSON amount as the service reads it: with a decimal comma (12000.5 → "12000,5"), so that a point is never taken
     * for the Dutch thousands separator; another JSON value as {@link #getal}.
     */
    static String bedrag(JsonNode waarde) {
        if (waarde != null && waarde.isNumber() && !waarde.isIntegralNumber()) {
            String t = waarde.toString();
            return t.matches("-?\\d+\\.\\d+") ? t.replace('.', ',') : t;
        }
        return getal(waarde);
    }

    /** A JSON boolean as its text (null when absent); another JSON value as text the service refuses. */
    static String waarheid(JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return null;
        }
        return waarde.isBoolean() ? Boolean.toString(waarde.booleanValue()) : "x" + waarde;
    }

    /** The sources of a gemeente. */
    @Schema(name = "Aanbodbronnen")
    record Lijst(List<Aanbodbron> bronnen, @Schema(description = "Mag de aanvrager de bronnen bijhouden?")
            boolean magWijzigen) {
    }

    private static final String PAD = "/api/v1/gemeenten/{code}/aanbodbronnen";

    @GetMapping(path = PAD, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteAanbodbronnen", summary = "De bronnen van aanbod van een gemeente (BEHEERDER, "
            + "de toezichthouder van de provincie, de gemeente zelf), in de volgorde van toevoegen")
    Lijst lijst(@PathVariable String code) {
        Gebruiker g = toegang.huidige();
        return new Lijst(bronnen.vanGemeente(g, code), bronnen.magWijzigen(g, code));
    }

    @PostMapping(path = PAD, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodbronToevoegen", summary = "Voeg een bron van aanbod toe (de gemeente zelf, "
            + "BEHEERDER)", description = "Een afspraak met de corporaties over een jaar, een project, een andere "
            + "route (hotelregeling, hervestigers, een geplande uitruil, zelf gevonden woonruimte) of een vrij tempo. "
            + "400 met elk ongeldig veld: ook een veld dat niet bij de soort hoort. Versie 1, met de reden, in het "
            + "auditlog.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    ResponseEntity<Aanbodbron> toevoegen(@PathVariable String code, @RequestBody Verzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodbron b = bronnen.toevoegen(g, code, verzoek.alsBronverzoek(), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + b.gemeente() + "/aanbodbronnen/" + b.id()))
                .body(b);
    }

    @GetMapping(path = PAD + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodbron", summary = "Een bron van aanbod met al haar versies (wie, wanneer, waarom)")
    Aanbodbron lees(@PathVariable String code, @PathVariable long id) {
        return bronnen.lees(toegang.huidige(), code, id);
    }

    @PutMapping(path = PAD + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodbronWijzigen", summary = "Wijzig een bron van aanbod: een nieuwe versie (de "
            + "gemeente zelf, BEHEERDER)", description = "De volledige nieuwe inhoud, de versie die u wijzigt en een "
            + "reden. 409 als de bron intussen gewijzigd of verwijderd is; 400 met elk ongeldig veld.")
    Aanbodbron wijzigen(@PathVariable String code, @PathVariable long id, @RequestBody Verzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        return bronnen.wijzigen(g, code, id, getal(verzoek.versie()), verzoek.alsBronverzoek(), Client.van(request));
    }

    @DeleteMapping(path = PAD + "/{id}")
    @Operation(operationId = "aanbodbronVerwijderen", summary = "Verwijder een bron van aanbod (de gemeente zelf, "
            + "BEHEERDER)", description = "Een laatste versie met de reden; de bron blijft met haar versies te lezen. "
            + "409 als ze intussen gewijzigd of verwijderd is.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> verwijderen(@PathVariable String code, @PathVariable long id,
            @Parameter(description = "De versie die u verwijdert (een geheel getal)") @RequestParam(required = false)
            String versie,
            @Parameter(description = "Waarom de bron vervalt") @RequestParam(required = false) String reden,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        bronnen.verwijderen(g, code, id, versie, reden, Client.van(request));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/prognose", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeentePrognose", summary = "De prognose van een gemeente voor het lopende halfjaar "
            + "(BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)", description = "Berekend uit wat is "
            + "opgeslagen: de opgave volgens de toezichtsregels, het aantal gehuisvest volgens de laatste stand van "
            + "het COA en de bronnen van het scenario. PLAN: alle opgeslagen bronnen; TREND: het gemiddelde aantal "
            + "gehuisvest per week volgens het COA over de laatste drie volle maanden. Zonder opgave geen uitkomst: "
            + "ontbrekend zegt wat er ontbreekt. VARIANT: het plan met de aanpassingen van een variant (variant=). "
            + "start=EIGEN_TELLING begint bij de laatste eigen telling van de gemeente in de periode in plaats van "
            + "bij de stand van het COA; het antwoord noemt altijd zijn start. "
            + "Met datum= de prognose zoals ze op die dag berekend wordt: het halfjaar van die dag, de laatste stand "
            + "van het COA op of voor die dag (de bronnen zoals ze nu zijn opgeslagen).")
    GemeentePrognose prognose(@PathVariable String code,
            @Parameter(description = "PLAN (standaard), TREND of VARIANT") @RequestParam(required = false)
            String scenario,
            @Parameter(description = "Bij VARIANT: het nummer van de variant")
            @RequestParam(required = false) String variant,
            @Parameter(description = "COA (standaard) of EIGEN_TELLING") @RequestParam(required = false)
            String start,
            @Parameter(description = "De dag waarop berekend wordt (JJJJ-MM-DD, van 1 januari 2015 tot en met "
                    + "vandaag); standaard vandaag", schema = @Schema(
                            type = "string", format = "date", example = "2022-09-26"))
            @RequestParam(required = false) String datum) {
        GemeentePrognose.Scenario s;
        try {
            s = scenario == null || scenario.isBlank() ? GemeentePrognose.Scenario.PLAN
                    : GemeentePrognose.Scenario.valueOf(scenario.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            s = null;
        }
        GemeentePrognose.Start st;
        try {
            st = start == null || start.isBlank() ? GemeentePrognose.Start.COA
                    : GemeentePrognose.Start.valueOf(start.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            st = null;
        }
        return prognoses.prognose(toegang.huidige(), code, s, variant, st, datum);
    }

    /** A variant as sent: its name, the reason, the changes to the Plan's sources. */
    @Schema(name = "AanbodvariantVerzoek")
    record VariantVerzoek(
            @Schema(example = "SoZa 90 i.p.v. 40", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
            String naam,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AanpassingVerzoek> aanpassingen) {
    }

    /** A change to one source: left out, or some of its numbers and dates replaced. */
    @Schema(name = "AanbodvariantAanpassingVerzoek")
    record AanpassingVerzoek(
            @Schema(implementation = Long.class, description = "Het nummer van de bron",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode bron,
            @Schema(implementation = Boolean.class, description = "De bron telt niet mee") JsonNode weglaten,
            @Schema(implementation = Long.class, description = "PROJECT", example = "90") JsonNode plaatsen,
            @Schema(implementation = Long.class, description = "CORPORATIE met personen, ROUTE met datum")
            JsonNode personen,
            @Schema(implementation = Long.class, description = "CORPORATIE met woningen") JsonNode woningen,
            @Schema(implementation = BigDecimal.class, description = "PROJECT, TEMPO, ROUTE met tempo")
            JsonNode perWeek,
            @Schema(format = "date", description = "PROJECT") String startInhuizing,
            @Schema(format = "date", description = "ROUTE met datum") String datum) {
    }

    /** The variants of a gemeente. */
    @Schema(name = "Aanbodvarianten")
    record VariantLijst(List<Variant> varianten) {
    }

    private static final String VARIANTEN = "/api/v1/gemeenten/{code}/aanbodvarianten";

    @GetMapping(path = VARIANTEN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteAanbodvarianten", summary = "De varianten van het plan van een gemeente "
            + "(BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)")
    VariantLijst varianten(@PathVariable String code) {
        return new VariantLijst(varianten.vanGemeente(toegang.huidige(), code));
    }

    @PostMapping(path = VARIANTEN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodvariantToevoegen", summary = "Voeg een variant van het plan toe (de gemeente "
            + "zelf, BEHEERDER)", description = "Een naam (uniek binnen de gemeente), een reden en aanpassingen van "
            + "huidige bronnen: weglaten, of nieuwe aantallen en datums die bij de soort van de bron horen. 400 met "
            + "elk ongeldig veld (aanpassingen[1].plaatsen).")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    ResponseEntity<Variant> variantToevoegen(@PathVariable String code, @RequestBody VariantVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        List<Varianten.AanpassingVerzoek> lijst = verzoek.aanpassingen() == null ? null
                : verzoek.aanpassingen().stream().map(a -> a == null ? null : new Varianten.AanpassingVerzoek(
                        getal(a.bron()), a.weglaten() == null || a.weglaten().isNull() ? null
                                : a.weglaten().isBoolean() ? a.weglaten().asString() : "x" + a.weglaten(),
                        getal(a.plaatsen()), getal(a.personen()), getal(a.woningen()), getal(a.perWeek()),
                        a.startInhuizing(), a.datum())).toList();
        Variant v = varianten.toevoegen(g, code, new Varianten.Verzoek(verzoek.naam(), verzoek.reden(), lijst),
                Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + v.gemeente() + "/aanbodvarianten/" + v.id()))
                .body(v);
    }

    @GetMapping(path = VARIANTEN + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodvariant", summary = "Een variant van het plan van een gemeente")
    Variant variant(@PathVariable String code, @PathVariable long id) {
        return varianten.lees(toegang.huidige(), code, id);
    }

    @DeleteMapping(path = VARIANTEN + "/{id}")
    @Operation(operationId = "aanbodvariantVerwijderen", summary = "Verwijder een variant van het plan (de gemeente "
            + "zelf, BEHEERDER)")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> variantVerwijderen(@PathVariable String code, @PathVariable long id,
            @Parameter(description = "Waarom de variant vervalt") @RequestParam(required = false) String reden,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        varianten.verwijderen(g, code, id, reden, Client.van(request));
        return ResponseEntity.noContent().build();
    }

    /** A JSON number as its text (null when absent); another JSON value as text the service refuses as no number. */
    static String getal(JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return null;
        }
        if (waarde.isNumber()) {
            // 2.4, 1.0E-5, Infinity: as written (the service takes at most twelve digits before and after the point)
            return waarde.isIntegralNumber() ? waarde.bigIntegerValue().toString() : waarde.toString();
        }
        return "x" + waarde;
    }
}
