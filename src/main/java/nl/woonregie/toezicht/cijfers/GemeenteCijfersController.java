package nl.woonregie.toezicht.cijfers;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Problem;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.http.HttpStatus;
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
 * The figures of one municipality: all versions (JSON, CSV, XLSX), its leases, and COA's final figure of an ended
 * period.
 */
@RestController
@Tag(name = CijferImportController.TAG)
class GemeenteCijfersController {

    static final String PAD = "/api/v1/gemeenten/{code}";

    private final Toegang toegang;
    private final GebiedService gebied;
    private final CijferHistorie historie;
    private final Huurcontracten huurcontracten;
    private final CoaDefinitief definitief;

    GemeenteCijfersController(Toegang toegang, GebiedService gebied, CijferHistorie historie,
            Huurcontracten huurcontracten, CoaDefinitief definitief) {
        this.toegang = toegang;
        this.gebied = gebied;
        this.historie = historie;
        this.huurcontracten = huurcontracten;
        this.definitief = definitief;
    }

    @GetMapping(path = PAD + "/cijfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Alle cijfers van een gemeente met hun versies",
            description = "Taakstellingen, beginstand, COA-standen en definitieve COA-cijfers, elk met alle versies "
                    + "(nieuwste eerst; de huidige heeft geen vervangenOp) met wie, wanneer, reden en import; en de "
                    + "ingediende huurcontracten. BEHEERDER, COA, TOEZICHTHOUDER van de provincie, de gemeente zelf.")
    @ApiResponse(responseCode = "200", description = "De cijfers")
    @ApiResponse(responseCode = "403", description = "Geen toegang",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Onbekende gemeente",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    CijferHistorie.Overzicht cijfers(@PathVariable String code) {
        toegang.cijfersLezen(code);
        return historie.lees(code, naam(code));
    }

    @GetMapping(path = PAD + "/cijfers.csv")
    @Operation(summary = "Alle cijfers van een gemeente met hun versies, als CSV (; UTF-8)",
            description = "Eén regel per versie. Tekst die met = + - @ of een tab begint krijgt een ' ervoor, zodat "
                    + "een spreadsheetprogramma haar niet als formule uitvoert.")
    @ApiResponse(responseCode = "200", description = "De cijfers als CSV",
            content = @Content(mediaType = Spreadsheet.CSV,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> cijfersCsv(@PathVariable String code) {
        toegang.cijfersLezen(code);
        return download(Spreadsheet.csv(KOP, rijen(historie.lees(code, naam(code)))),
                Spreadsheet.CSV + ";charset=UTF-8", "cijfers-" + code + ".csv");
    }

    @GetMapping(path = PAD + "/cijfers.xlsx")
    @Operation(summary = "Alle cijfers van een gemeente met hun versies, als XLSX",
            description = "Als de CSV, in een Excel-werkmap (tekst die een formule zou kunnen zijn krijgt een ').")
    @ApiResponse(responseCode = "200", description = "De cijfers als XLSX",
            content = @Content(mediaType = Spreadsheet.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> cijfersXlsx(@PathVariable String code) {
        toegang.cijfersLezen(code);
        return download(Spreadsheet.xlsx("Cijfers " + code, KOP, rijen(historie.lees(code, naam(code)))),
                Spreadsheet.XLSX, "cijfers-" + code + ".xlsx");
    }

    /** The body of a submission of leases, for the OpenAPI description ({@link Huurcontracten} reads the tree). */
    record HuurcontractenVerzoek(@Schema(example = "2023-I") String periode,
            List<Huurcontracten.Contract> huurcontracten) {
    }

    /** The body of COA's final figure, for the OpenAPI description ({@link CoaDefinitief} reads the tree). */
    record CoaDefinitiefVerzoek(@Schema(example = "2022-I") String periode,
            @Schema(example = "213") int gehuisvestCoaDefinitief, String reden) {
    }

    @PostMapping(path = PAD + "/huurcontracten", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Dien huurcontracten in over een periode (de gemeente zelf, BEHEERDER)",
            description = "Ingangsdatum in de laatste dagen van de periode; indienen kan vanaf de eerste van die dagen "
                    + "tot en met kort na het einde, volgens het beleidskader van de provincie (Zuid-Holland: de "
                    + "laatste 14 dagen, tot en met 4 dagen na het einde; zie huurcontracttermijn). Een fout veld geeft "
                    + "400 (elk veld genoemd), een goed verzoek buiten de termijn 409. "
                    + "Geen persoonsgegevens: alleen ingangsdatum, aantalPersonen (1–30) en een eigen referentie "
                    + "(letters, cijfers, - _ / .; met minstens één cijfer). Alles of niets; een referentie die in de "
                    + "periode al is ingediend geeft 409.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = HuurcontractenVerzoek.class))))
    @ApiResponse(responseCode = "201", description = "Ingediend")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elk fout veld, zoals "
            + "huurcontracten[2].ingangsdatum",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Buiten de termijn (de termijn in woorden in detail, zoals \"U kunt "
            + "huurcontracten over de eerste helft 2022 doorgeven van 17 juni 2022 tot en met 4 juli 2022.\"), of een "
            + "referentie is in deze periode al ingediend (invalidParams noemt de regels)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Huurcontracten.Ingediend> dienHuurcontractenIn(@PathVariable String code,
            @RequestBody JsonNode body, HttpServletRequest request) {
        Huurcontracten.Ingediend ingediend = huurcontracten.dienIn(code, body, toegang.huidige(), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + code + "/huurcontracten?periode="
                + ingediend.periode())).body(ingediend);
    }

    /** The window of leases of a period as the API shows it (R14). */
    record HuurcontracttermijnAntwoord(@Schema(example = "GM0518") String gemeente,
            @Schema(example = "2022-I") String periode,
            @Schema(description = "Eerste ingangsdatum die telt, en eerste dag van indienen", example = "2022-06-17")
            java.time.LocalDate ingangVanaf,
            @Schema(description = "Laatste ingangsdatum die telt: de laatste dag van de periode", example = "2022-06-30")
            java.time.LocalDate ingangTotEnMet,
            @Schema(description = "Laatste dag van indienen", example = "2022-07-04") java.time.LocalDate uiterlijk,
            @Schema(description = "NOG_NIET_OPEN, OPEN of VERSTREKEN (vandaag)", example = "OPEN") String stand,
            @Schema(description = "De termijn in woorden", example = "U kunt huurcontracten over de eerste helft "
                    + "2022 doorgeven van 17 juni 2022 tot en met 4 juli 2022.") String tekst) {

        static HuurcontracttermijnAntwoord van(String gemeente, Huurcontracten.Termijn t) {
            return new HuurcontracttermijnAntwoord(gemeente, t.periode().code(), t.vanaf(), t.totEnMet(),
                    t.uiterlijk(), t.stand().name(), t.inWoorden());
        }
    }

    @GetMapping(path = PAD + "/huurcontracttermijn", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De termijn voor huurcontracten: van wanneer tot en met wanneer ze kunnen worden ingediend",
            description = "Zonder periode de termijn die nu geldt: die van de lopende periode zodra de laatste dagen "
                    + "zijn begonnen, anders die van de vorige zolang die nog open is, anders de volgende. Met "
                    + "periode (2022-I) die van die periode. Volgens het beleidskader van de provincie op de laatste "
                    + "dag van de periode. Wie de cijfers van de gemeente leest.")
    @ApiResponse(responseCode = "200", description = "De termijn")
    @ApiResponse(responseCode = "400", description = "Ongeldige periode, of geen beleidskader",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen toegang",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Onbekende gemeente",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    HuurcontracttermijnAntwoord huurcontracttermijn(@PathVariable String code,
            @RequestParam(required = false) String periode) {
        toegang.cijfersLezen(code);
        Gemeente gemeente = gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Onbekende gemeente."));
        Periode p = null;
        if (periode != null) {
            p = Periode.parse(periode).orElseThrow(() -> ApiException.invalid("Ongeldige parameter.",
                    List.of(new InvalidParam("periode", "verwacht een periode als 2022-I of 2022-II"))));
        }
        var termijn = p == null ? huurcontracten.huidigeTermijn(gemeente) : huurcontracten.termijn(gemeente, p);
        return termijn.map(t -> HuurcontracttermijnAntwoord.van(code, t)).orElseThrow(() -> ApiException.invalid(
                "Geen beleidskader.", List.of(new InvalidParam("periode", "voor provincie "
                        + gemeente.provincie().code() + " geldt geen beleidskader; huurcontracten kunnen niet "
                        + "worden ingediend"))));
    }

    @GetMapping(path = PAD + "/huurcontracten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De ingediende huurcontracten van een gemeente (ook ingetrokken), optioneel van één periode")
    Map<String, Object> huurcontracten(@PathVariable String code, @RequestParam(required = false) String periode) {
        toegang.cijfersLezen(code);
        if (periode != null && Periode.parse(periode).isEmpty()) {
            throw ApiException.invalid("Ongeldige parameter.", List.of(new InvalidParam("periode",
                    "verwacht een periode als 2022-I of 2022-II")));
        }
        return Map.of("gemeente", code, "huurcontracten", historie.huurcontracten(code, periode));
    }

    @PostMapping(path = PAD + "/coa-definitief", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "COA's definitieve (gecorrigeerde) realisatie van een afgelopen periode (COA, BEHEERDER)",
            description = "{\"periode\": \"2022-I\", \"gehuisvestCoaDefinitief\": 213, \"reden\": \"...\"}; de reden "
                    + "is verplicht. Een nieuwe waarde wordt een nieuwe versie (de oude blijft zichtbaar); dezelfde "
                    + "waarde nogmaals verandert niets (200).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = CoaDefinitiefVerzoek.class))))
    @ApiResponse(responseCode = "201", description = "Opgeslagen als nieuwe versie")
    @ApiResponse(responseCode = "200", description = "Ongewijzigd: dit was al het huidige cijfer")
    @ApiResponse(responseCode = "400", description = "Ongeldig; invalidParams noemt elk fout veld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<CoaDefinitief.Resultaat> coaDefinitief(@PathVariable String code, @RequestBody JsonNode body,
            HttpServletRequest request) {
        Gebruiker door = toegang.coaCijfersInvoeren(code);
        CoaDefinitief.Resultaat r = definitief.voerIn(code, body, door, Client.van(request));
        return ResponseEntity.status(r.gewijzigd() ? HttpStatus.CREATED : HttpStatus.OK).body(r);
    }

    // ---------------------------------------------------------------------------------------------------------

    static final List<String> KOP = List.of("soort", "periode", "datum", "taakstelling", "additioneleOpgave",
            "saldoIn", "trede", "gehuisvest", "koppelingen", "omkoppelingen", "stapelgemeente",
            "gehuisvestCoaDefinitief", "aantalPersonen", "referentie", "ingevoerdDoor", "ingevoerdOp", "vervangenOp",
            "reden", "import");

    /** One row per version, in the columns of {@link #KOP}. */
    static List<List<Object>> rijen(CijferHistorie.Overzicht o) {
        List<List<Object>> rijen = new ArrayList<>();
        for (var reeks : o.taakstellingen()) {
            for (var v : reeks.versies()) {
                rijen.add(rij("taakstelling", reeks.periode(), null, v.taakstelling(), v.additioneleOpgave(), null,
                        null, null, null, null, null, null, null, null, v.ingevoerdDoor(), v.ingevoerdOp(),
                        v.vervangenOp(), v.reden(), v.importId()));
            }
        }
        for (var v : o.beginstand().versies()) {
            rijen.add(rij("beginstand", v.periode(), null, null, null, v.saldoIn(), v.trede(), null, null, null,
                    null, null, null, null, v.ingevoerdDoor(), v.ingevoerdOp(), v.vervangenOp(),
                    v.reden(), v.importId()));
        }
        for (var reeks : o.coaStanden()) {
            for (var v : reeks.versies()) {
                rijen.add(rij("coa-stand", reeks.periode(), reeks.datum(), null, null, null, null, v.gehuisvest(),
                        v.koppelingen(), v.omkoppelingen(), v.stapelgemeente() ? "ja" : "nee", null, null, null,
                        v.ingevoerdDoor(), v.ingevoerdOp(), v.vervangenOp(), v.reden(), v.importId()));
            }
        }
        for (var reeks : o.definitief()) {
            for (var v : reeks.versies()) {
                rijen.add(rij("coa-definitief", reeks.periode(), null, null, null, null, null, null, null, null,
                        null, v.gehuisvestCoaDefinitief(), null, null, v.ingevoerdDoor(), v.ingevoerdOp(),
                        v.vervangenOp(), v.reden(), null));
            }
        }
        for (var h : o.huurcontracten()) {
            rijen.add(rij("huurcontract", h.periode(), h.ingangsdatum(), null, null, null, null, null, null, null,
                    null, null, h.aantalPersonen(), h.referentie(), h.ingediendDoor(), h.ingediendOp(),
                    h.ingetrokkenOp(), null, null));
        }
        return rijen;
    }

    private static List<Object> rij(Object... waarden) {
        return Arrays.asList(waarden);
    }

    private String naam(String code) {
        return gebied.gemeente(code).map(Gemeente::naam).orElse(null);
    }

    private static ResponseEntity<byte[]> download(byte[] inhoud, String type, String bestandsnaam) {
        return Download.bijlage(inhoud, type, bestandsnaam);
    }
}
