package nl.woonregie.toezicht.cijfers;

import java.math.BigDecimal;

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
import nl.woonregie.platform.importbestand.Upload;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The extra ambition above the taakstelling over the API: computed from a national number, imported from a file, and
 * read per province and period ({@link Ambities}). See {@code docs/cijfers-import.md}, "Ambitie".
 */
@RestController
@Tag(name = CijferImportController.TAG)
class AmbitieController {

    private final Ambities ambities;
    private final CijferImport importer;
    private final Toegang toegang;

    AmbitieController(Ambities ambities, CijferImport importer, Toegang toegang) {
        this.ambities = ambities;
        this.importer = importer;
        this.toegang = toegang;
    }

    /** A computation: the province whose municipalities get the ambition, the period, the national number. */
    @Schema(name = "AmbitieBerekeningVerzoek")
    record Verzoek(@Schema(description = "provincie (CBS-code, bijvoorbeeld PV28)", example = "PV28") String provincie,
            @Schema(description = "periode: jjjj-I of jjjj-II", example = "2023-II") String periode,
            @Schema(description = "de landelijke ambitie: een geheel getal van 1 tot 1.000.000",
                    implementation = Long.class, minimum = "1", maximum = "1000000", example = "20000")
            BigDecimal landelijk,
            @Schema(description = "optioneel: waarom; opgeslagen bij de nieuwe versies") String reden) {
    }

    @PostMapping("/api/v1/ambities/berekeningen")
    @Operation(summary = "Bereken de ambitie van de gemeenten van een provincie uit een landelijk aantal en sla die op "
            + "(BEHEERDER; TOEZICHTHOUDER voor de eigen provincie)",
            description = "Naar rato van de bevolking, zoals de taakstelling (Huisvestingswet 2014, art. 29 lid 1): "
                    + "landelijk × inwoners van de gemeente / inwoners van Nederland, naar boven afgerond, met de "
                    + "bevolking per 1 januari van het jaar vóór dat van de periode en de gemeentelijke indeling per "
                    + "1 januari van dat jaar. Opgeslagen als nieuwe versie van de taakstelling van elke gemeente van "
                    + "de provincie, met de ambitie boven de taakstelling als additionele opgave: alles of niets, "
                    + "met versies en in de audittrail. De ambitie telt niet mee voor het oordeel. Een ontbrekend "
                    + "bevolkingsjaar of een gemeente zonder taakstelling staat in invalidParams onder periode.")
    @ApiResponse(responseCode = "201", description = "Berekend en opgeslagen; er is iets nieuw of gewijzigd")
    @ApiResponse(responseCode = "200", description = "Berekend; alle ambities waren al zo, of alleen gecontroleerd "
            + "(niets opgeslagen)")
    ResponseEntity<Ambities.Berekening> bereken(@RequestBody Verzoek verzoek,
            @Parameter(description = "true: alleen berekenen en zeggen wat er zou veranderen, niets opslaan")
            @RequestParam(defaultValue = "false") boolean controleer, HttpServletRequest request) {
        Gebruiker door = toegang.huidige();
        ambities.vereisInvoeren(door);
        Ambities.Berekening b = ambities.bereken(verzoek.provincie(), verzoek.periode(), tekst(verzoek.landelijk()),
                verzoek.reden(), !controleer, door, Client.van(request));
        return ResponseEntity.status(b.opgeslagen() ? HttpStatus.CREATED : HttpStatus.OK).body(b);
    }

    @PostMapping("/api/v1/ambities/import")
    @Operation(summary = "Importeer ambities (BEHEERDER; TOEZICHTHOUDER voor de gemeenten van de eigen provincie)",
            description = "Kolommen gemeente, periode en ambitie (de ambitie van de gemeente voor de periode, niet "
                    + "lager dan haar taakstelling). Opgeslagen als nieuwe versie van de taakstelling, met de ambitie "
                    + "boven de taakstelling als additionele opgave; een gemeente zonder taakstelling voor de periode "
                    + "is een fout van haar regel. " + CijferImportController.BESCHRIJVING,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "multipart/form-data",
                        schema = @Schema(implementation = CijferImportController.Formulier.class))}))
    @ApiResponse(responseCode = "201", description = "Ingelezen; er is iets nieuw of gewijzigd")
    @ApiResponse(responseCode = "200", description = "Ingelezen; alle waarden waren al zo (niets opgeslagen)")
    @ApiResponse(responseCode = "413", description = "Bestand groter dan 10 MiB")
    ResponseEntity<ImportResultaat> importeer(HttpServletRequest request,
            @Parameter(description = "waarom (bijvoorbeeld bij een correctie); opgeslagen bij de nieuwe versies")
            @RequestParam(required = false) String reden,
            @Parameter(description = "true: alleen controleren en zeggen wat er zou veranderen, niets opslaan")
            @RequestParam(defaultValue = "false") boolean controleer) {
        Gebruiker door = toegang.huidige();
        importer.vereisImporteren(ImportSoort.AMBITIE, door);
        if (controleer) {
            return ResponseEntity.ok(importer.controleer(ImportSoort.AMBITIE, Upload.lees(request), door));
        }
        String schoneReden = CijferImport.reden(reden);
        ImportResultaat resultaat = importer.importeer(ImportSoort.AMBITIE, Upload.lees(request), schoneReden, door,
                Client.van(request));
        return ResponseEntity.status(resultaat.importId() == null ? HttpStatus.OK : HttpStatus.CREATED)
                .body(resultaat);
    }

    @GetMapping("/api/v1/provincies/{code}/ambities")
    @Operation(summary = "De ambities van de gemeenten van een provincie voor een periode, met hun taakstelling en de "
            + "invoer van de laatste berekening (BEHEERDER, TOEZICHTHOUDER van de provincie)")
    Ambities.Overzicht lees(@PathVariable String code,
            @Parameter(description = "periode: jjjj-I of jjjj-II", required = true, example = "2022-II")
            @RequestParam(required = false) String periode) {
        return ambities.lees(code, periode, toegang.huidige());
    }

    /**
     * The national number as the service reads it: a whole number as its digits; anything else (a fraction) as
     * written, so that the service names it. JSON's 20.000 is twenty, not twenty thousand.
     */
    static String tekst(BigDecimal landelijk) {
        if (landelijk == null) {
            return null;
        }
        BigDecimal n = landelijk.stripTrailingZeros();
        return n.scale() <= 0 ? n.toBigInteger().toString() : landelijk.toPlainString();
    }
}
