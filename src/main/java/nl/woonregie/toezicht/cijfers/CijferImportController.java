package nl.woonregie.toezicht.cijfers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Problem;
import nl.woonregie.platform.importbestand.Upload;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports of taakstellingen, beginstanden and COA standings from CSV or XLSX: the file as the request body or in the
 * form field {@code bestand}. All or nothing; re-importing the same values changes nothing. See
 * {@code docs/cijfers-import.md}.
 */
@RestController
@Tag(name = CijferImportController.TAG, description = "Cijfers van het toezicht: taakstellingen, beginstanden, "
        + "COA-standen, definitieve COA-cijfers en huurcontracten; import, historie en export")
class CijferImportController {

    static final String TAG = "Cijfers";

    private final CijferImport importer;
    private final Kolomindelingen kolomindelingen;
    private final Toegang toegang;

    CijferImportController(CijferImport importer, Kolomindelingen kolomindelingen, Toegang toegang) {
        this.importer = importer;
        this.kolomindelingen = kolomindelingen;
        this.toegang = toegang;
    }

    @PostMapping("/api/v1/taakstellingen/import")
    @Operation(summary = "Importeer taakstellingen (BEHEERDER; TOEZICHTHOUDER voor de gemeenten van de eigen provincie)",
            description = "Kolommen gemeente, periode, taakstelling en optioneel additioneleOpgave. "
                    + BESCHRIJVING,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = Formulier.class))}))
    @ApiResponse(responseCode = "201", description = "Ingelezen; er is iets nieuw of gewijzigd")
    @ApiResponse(responseCode = "200", description = "Ingelezen; alle waarden waren al zo (niets opgeslagen)")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elke fout als "
            + "'regel 14, kolom taakstelling'", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Bestand groter dan 10 MiB",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<ImportResultaat> taakstellingen(HttpServletRequest request,
            @Parameter(description = "waarom (bijvoorbeeld bij een correctie); opgeslagen bij de nieuwe versies")
            @RequestParam(required = false) String reden,
            @Parameter(description = "true: alleen controleren en zeggen wat er zou veranderen, niets opslaan")
            @RequestParam(defaultValue = "false") boolean controleer,
            @Parameter(description = KOLOMINDELING) @RequestParam(required = false) Long kolomindeling) {
        Gebruiker door = toegang.huidige();
        return importeer(ImportSoort.TAAKSTELLING, request, reden, door, controleer, kolomindeling);
    }

    @PostMapping("/api/v1/beginstanden/import")
    @Operation(summary = "Importeer beginstanden (BEHEERDER; TOEZICHTHOUDER voor de gemeenten van de eigen provincie)",
            description = "Kolommen gemeente, periode, saldoIn (+ achterstand, − voorsprong) en trede (0, 1, 2, 3, "
                    + "3a, 3b, 4, 5, 6; 3 wordt 3a). Eén beginstand per gemeente. " + BESCHRIJVING,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = Formulier.class))}))
    @ApiResponse(responseCode = "201", description = "Ingelezen; er is iets nieuw of gewijzigd")
    @ApiResponse(responseCode = "200", description = "Ingelezen; alle waarden waren al zo (niets opgeslagen)")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elke fout",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<ImportResultaat> beginstanden(HttpServletRequest request,
            @RequestParam(required = false) String reden,
            @RequestParam(defaultValue = "false") boolean controleer,
            @Parameter(description = KOLOMINDELING) @RequestParam(required = false) Long kolomindeling) {
        Gebruiker door = toegang.huidige();
        return importeer(ImportSoort.BEGINSTAND, request, reden, door, controleer, kolomindeling);
    }

    @PostMapping("/api/v1/coa-standen/import")
    @Operation(summary = "Importeer COA-standen (COA, BEHEERDER; TOEZICHTHOUDER voor de gemeenten van de eigen "
            + "provincie)",
            description = "Kolommen gemeente, periode, datum (jjjj-mm-dd of dd-mm-jjjj, binnen de periode), "
                    + "gehuisvest, koppelingen, omkoppelingen en stapelgemeente (ja/nee, true/false, 1/0). "
                    + BESCHRIJVING,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = Formulier.class))}))
    @ApiResponse(responseCode = "201", description = "Ingelezen; er is iets nieuw of gewijzigd")
    @ApiResponse(responseCode = "200", description = "Ingelezen; alle waarden waren al zo (niets opgeslagen)")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elke fout",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<ImportResultaat> coaStanden(HttpServletRequest request,
            @RequestParam(required = false) String reden,
            @RequestParam(defaultValue = "false") boolean controleer,
            @Parameter(description = KOLOMINDELING) @RequestParam(required = false) Long kolomindeling) {
        Gebruiker door = toegang.huidige();
        return importeer(ImportSoort.COA_STAND, request, reden, door, controleer, kolomindeling);
    }

    static final String BESCHRIJVING = "CSV (; of , als scheidingsteken, UTF-8) of XLSX (eerste werkblad); eerste "
            + "regel = kolomnamen (hoofdletterongevoelig). Als request body (text/csv of XLSX) of als formulierveld "
            + "'bestand' (multipart/form-data), hoogstens 10 MiB. Alles of niets: bij één fout wordt niets "
            + "opgeslagen en noemt invalidParams elke foute regel en kolom. Gelijke waarden worden overgeslagen; een "
            + "gewijzigde waarde wordt een nieuwe versie (de oude blijft zichtbaar).";

    static final String KOLOMINDELING = "optioneel: het id van een opgeslagen kolomindeling (GET /api/v1/kolomindelingen) "
            + "voor een bestand met eigen kolomnamen, volgorde en titelregels, zoals het maandoverzicht van COA";

    /** The multipart form, for the OpenAPI description. */
    record Formulier(@Schema(type = "string", format = "binary", description = "CSV- of XLSX-bestand") String bestand,
            @Schema(description = "optioneel: waarom") String reden) {
    }

    /** Access and the reason are judged (by the service) before the upload is read. */
    private ResponseEntity<ImportResultaat> importeer(ImportSoort soort, HttpServletRequest request, String reden,
            Gebruiker door, boolean controleer, Long kolomindeling) {
        importer.vereisImporteren(soort, door);
        Kolomindelingen.Kolomindeling indeling = kolomindeling == null ? null
                : kolomindelingen.voorImport(door, kolomindeling, soort);
        if (controleer) {
            return ResponseEntity.ok(importer.controleer(soort, Upload.lees(request), indeling, door));
        }
        String schoneReden = CijferImport.reden(reden);
        ImportResultaat resultaat = importer.importeer(soort, Upload.lees(request), indeling, schoneReden, door,
                Client.van(request));
        return ResponseEntity.status(resultaat.importId() == null ? HttpStatus.OK : HttpStatus.CREATED)
                .body(resultaat);
    }
}
