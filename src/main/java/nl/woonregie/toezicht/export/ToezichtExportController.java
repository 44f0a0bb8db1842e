package nl.woonregie.toezicht.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Download;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads of the supervision overviews and histories as XLSX and CSV. Same scope, validation and errors
 * (problem+json) as the JSON endpoints {@code /api/v1/provincies/{code}/overzicht} and
 * {@code /api/v1/gemeenten/{code}/toezicht}.
 */
@RestController
@Tag(name = "Export", description = "Overzichten en toezichthistorie als spreadsheet (XLSX of CSV)")
class ToezichtExportController {

    private final OverzichtExport overzichten;
    private final HistorieExport historie;
    private final LandelijkExport landelijk;
    private final LandelijkOverzicht landelijkOverzicht;
    private final Toegang toegang;
    private final ProvincieOverzicht provincieOverzicht;

    ToezichtExportController(OverzichtExport overzichten, HistorieExport historie, LandelijkExport landelijk,
            LandelijkOverzicht landelijkOverzicht, Toegang toegang, ProvincieOverzicht provincieOverzicht) {
        this.provincieOverzicht = provincieOverzicht;
        this.overzichten = overzichten;
        this.historie = historie;
        this.landelijk = landelijk;
        this.landelijkOverzicht = landelijkOverzicht;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/landelijk/overzicht.xlsx")
    @Operation(operationId = "landelijkOverzichtXlsx", summary = "Het landelijke overzicht per peildatum als XLSX, "
            + "met de bladen Provincies (met de rij Nederland), Gemeenten, Treden en Toelichting (RIJK, "
            + "TOEZICHTHOUDER, BEHEERDER)", responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> landelijkXlsx(
            @RequestParam @Parameter(schema = @Schema(type = "string", format = "date")) String peildatum) {
        var g = landelijkOverzicht.vereisZien(toegang.huidige());
        return download(landelijk.xlsx(g, ProvincieOverzicht.peildatum(peildatum)));
    }

    @GetMapping("/api/v1/provincies/{code}/overzicht.xlsx")
    @Operation(summary = "Het provincieoverzicht (of met ?regio= de regionale tabel) per peildatum als XLSX, met de "
            + "bladen Totalen en Toelichting", responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> overzichtXlsx(@PathVariable String code,
            @RequestParam @Parameter(schema = @Schema(type = "string", format = "date")) String peildatum,
            @RequestParam(required = false) String regio) {
        toegang.provincieToezien(code);
        return download(overzichten.xlsx(code, provincieOverzicht.peildatum(peildatum, code), regio));
    }

    @GetMapping("/api/v1/provincies/{code}/overzicht.csv")
    @Operation(summary = "Het provincieoverzicht (of met ?regio= de regionale tabel met totaalrij) per peildatum als "
            + "CSV (UTF-8 met BOM, scheidingsteken ;)", responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<byte[]> overzichtCsv(@PathVariable String code,
            @RequestParam @Parameter(schema = @Schema(type = "string", format = "date")) String peildatum,
            @RequestParam(required = false) String regio) {
        toegang.provincieToezien(code);
        return download(overzichten.csv(code, provincieOverzicht.peildatum(peildatum, code), regio));
    }

    @GetMapping("/api/v1/gemeenten/{code}/toezicht.xlsx")
    @Operation(summary = "De toezichthistorie van een gemeente als XLSX: perioden, oordelen, beslissingen, "
            + "bevindingen", responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> historieXlsx(@PathVariable String code) {
        return download(historie.xlsx(code, toegang.toezichtLezen(code)));
    }

    private static ResponseEntity<byte[]> download(Bestand bestand) {
        return Download.bijlage(bestand.inhoud(), bestand.mediaType(), bestand.naam());
    }
}
