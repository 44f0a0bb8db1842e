package nl.woonregie.verhuisbox.traject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.importbestand.Upload;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The import of the team's spreadsheet of past cases ({@link Historie}; issue 20 (c)). */
@RestController
@Tag(name = "Verhuisbox")
class HistorieController {

    private final Historie historie;
    private final VerhuisboxToegang toegang;

    HistorieController(Historie historie, VerhuisboxToegang toegang) {
        this.historie = historie;
        this.toegang = toegang;
    }

    @PostMapping(VerhuisboxController.API + "/historie/import")
    @Operation(operationId = "historieImporteren", summary = "Importeer afgesloten casussen uit het spreadsheet van "
            + "het team (COORDINATOR; de casussen horen bij het eigen team)", description = "Eén regel is één "
            + "afgesloten casus. Kolommen: kenmerk, organisatie, aanmelddatum, geboortejaar, huishoudtype "
            + "(ALLEENSTAANDE, EENOUDER, STEL, GEZIN, OVERIG), uitkomst (GEWEIGERD, GESTOPT, VERHUISD, "
            + "GEHUISVEST_DEN_HAAG) en einddatum (verplicht); toetsdatum, startdatum, dienstverlening (INTENSIEF, "
            + "ALLEEN_GELD), stopreden en bestemmingCode (voorwaardelijk); kinderen, remigrant, werkperspectief "
            + "(ja/nee), inkomen en opvang (optioneel). Datums jjjj-mm-dd van 2019-01-01 tot en met vandaag, "
            + "aanmelddatum ≤ toetsdatum ≤ startdatum ≤ einddatum. Sleutel: kenmerk per team; dezelfde regels "
            + "opnieuw voegen niets toe (200), een kenmerk met andere waarden is een fout. Geïmporteerde casussen "
            + "tellen nooit mee voor de capaciteit of de wachtlijst. " + BESCHRIJVING,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = Formulier.class))}))
    @ApiResponse(responseCode = "201", description = "Ingelezen; er zijn nieuwe casussen")
    @ApiResponse(responseCode = "200", description = "Ingelezen; alle regels waren al geïmporteerd (niets opgeslagen)")
    @ApiResponse(responseCode = "400", description = "Niets opgeslagen; invalidParams noemt elke fout als "
            + "'regel 14, kolom einddatum'", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Bestand groter dan 10 MiB", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Geen CSV, XLSX of multipart/form-data", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Antwoord> importeer(HttpServletRequest request) {
        Gebruiker door = historie.vereisImporteren(toegang.huidige()); // refused before the upload is read
        Historie.Resultaat r = historie.importeer(door, Upload.lees(request), Client.van(request));
        return ResponseEntity.status(r.importId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(Antwoord.van(r));
    }

    static final String BESCHRIJVING = "CSV (; of , als scheidingsteken, UTF-8) of XLSX (eerste werkblad); eerste "
            + "regel = kolomnamen (hoofdletterongevoelig). Als request body (text/csv of XLSX) of als formulierveld "
            + "'bestand' (multipart/form-data), hoogstens 10 MiB. Alles of niets: bij één fout wordt niets "
            + "opgeslagen en noemt invalidParams elke fout als 'regel N, kolom X' (de kopregel is regel 1).";

    /** The multipart form, for the OpenAPI description. */
    record Formulier(@Schema(type = "string", format = "binary", description = "CSV- of XLSX-bestand") String bestand) {
    }

    /** The answer: as the imports of figures ({@code import} null when nothing was new). */
    record Antwoord(@Schema(name = "import", description = "Het nummer van de import; null als er niets nieuw was")
            @com.fasterxml.jackson.annotation.JsonProperty("import") Long importId, String bestand, String soort,
            int aantalRegels, int nieuw, int ongewijzigd, String sha256, java.util.List<Long> casussen) {

        static Antwoord van(Historie.Resultaat r) {
            return new Antwoord(r.importId(), r.bestand(), r.soort(), r.aantalRegels(), r.nieuw(), r.ongewijzigd(),
                    r.sha256(), r.casussen());
        }
    }
}
