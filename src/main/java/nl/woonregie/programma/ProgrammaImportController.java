package nl.woonregie.programma;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The import of a plan from a workbook over the API (issue 18 §6): the template, a programme's plan in the same
 * format, a new programme from a workbook and a programme's plan replaced by one. {@link ProgrammaImport} judges
 * access and the file.
 */
@RestController
@Tag(name = ProgrammaController.TAG)
class ProgrammaImportController {

    private static final String PAD = "/api/v1/programmas";
    private static final String WERKMAP = "Een XLSX-werkmap met de bladen Programma (Veld, Waarde), Thema's, Doelen, "
            + "Projecten, Begrotingsregels en Indicatoren (zie het sjabloon), in het formulierveld 'bestand', met "
            + "'reden'. Alles of niets: bij één fout wordt niets opgeslagen en noemt invalidParams elke fout met blad, "
            + "regel en kolom ('blad Begrotingsregels, regel 4, kolom Bedrag').";

    private final ProgrammaImport importer;
    private final Toegang toegang;

    ProgrammaImportController(ProgrammaImport importer, Toegang toegang) {
        this.importer = importer;
        this.toegang = toegang;
    }

    /** The multipart form, for the OpenAPI description. */
    @Schema(name = "ProgrammaImportFormulier")
    record Formulier(@Schema(type = "string", format = "binary", description = "XLSX-werkmap") String bestand,
            @Schema(description = "Waarom u het plan importeert", maxLength = 1800) String reden) {
    }

    @GetMapping(path = PAD + "/importsjabloon.xlsx")
    @Operation(operationId = "programmaImportsjabloon", summary = "Het lege sjabloon voor de import van een plan",
            description = "De bladen en hun kolommen (BEHEERDER, programmamanager).")
    @ApiResponse(responseCode = "200", description = "Het sjabloon", content = @Content(mediaType = Spreadsheet.XLSX,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> sjabloon() {
        importer.vereisImporteren(toegang.huidige());
        return Download.bijlage(importer.sjabloon(), Spreadsheet.XLSX, "programma-sjabloon.xlsx");
    }

    @GetMapping(path = PAD + "/{id}/plan.xlsx")
    @Operation(operationId = "programmaPlanXlsx", summary = "Het plan van een programma als werkmap voor de import",
            description = "Hetzelfde formaat als het sjabloon: aanpassen en weer importeren.")
    @ApiResponse(responseCode = "200", description = "Het plan", content = @Content(mediaType = Spreadsheet.XLSX,
            schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> plan(@PathVariable long id) {
        return Download.bijlage(importer.werkmap(toegang.huidige(), id), Spreadsheet.XLSX,
                "plan-programma-" + id + ".xlsx");
    }

    @PostMapping(path = PAD + "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaImporteren", summary = "Maak een programma aan uit een werkmap (BEHEERDER)",
            description = WERKMAP, requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = Formulier.class))))
    @ApiResponse(responseCode = "201", description = "Aangemaakt")
    @ApiResponse(responseCode = "415", description = "Geen multipart/form-data", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Programma> importeren(HttpServletRequest request) {
        if (!importer.magAanmaken(toegang.huidige())) { // refused before the upload is read
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen een beheerder maakt een programma "
                    + "aan.", null);
        }
        MultipartHttpServletRequest formulier = formulier(request);
        MultipartFile bestand = formulier.getFile("bestand");
        Programma p = importer.aanmaken(toegang.huidige(), inhoud(bestand), bestand == null ? null
                : bestand.getOriginalFilename(), formulier.getParameter("reden"), Client.van(request));
        return ResponseEntity.created(java.net.URI.create(PAD + "/" + p.id())).eTag(Integer.toString(p.versie()))
                .body(p);
    }

    @PostMapping(path = PAD + "/{id}/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaPlanImporteren", summary = "Vervang het plan van een programma door een "
            + "werkmap (de programmamanager, BEHEERDER)", description = WERKMAP + " If-Match: de versie die u "
            + "vervangt; 409 als het programma intussen gewijzigd is. De eigenaar blijft; de partnergemeenten "
            + "wijzigt alleen een beheerder, de begrotingsregels alleen de controller of een beheerder. De "
            + "begroting van personen × tarieven en de metingen van de indicatoren blijven.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = Formulier.class))))
    @ApiResponse(responseCode = "200", description = "Vervangen: de nieuwe versie als ETag")
    @ApiResponse(responseCode = "415", description = "Geen multipart/form-data", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Programma> vervangen(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        importer.vereisVervangen(toegang.huidige(), id); // refused before the upload is read
        MultipartHttpServletRequest formulier = formulier(request);
        MultipartFile bestand = formulier.getFile("bestand");
        Programma p = importer.vervangen(toegang.huidige(), id, ifMatch, inhoud(bestand), bestand == null ? null
                : bestand.getOriginalFilename(), formulier.getParameter("reden"), Client.van(request));
        return ResponseEntity.ok().eTag(Integer.toString(p.versie())).body(p);
    }

    private static MultipartHttpServletRequest formulier(HttpServletRequest request) {
        MultipartHttpServletRequest formulier = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (formulier == null) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Mediatype niet ondersteund",
                    "Stuur de werkmap als multipart/form-data in het veld 'bestand', met het veld 'reden'.", null);
        }
        return formulier;
    }

    /** The bytes of the uploaded file (null when none was sent). */
    static byte[] inhoud(MultipartFile bestand) {
        if (bestand == null || bestand.isEmpty()) {
            return null;
        }
        try {
            return bestand.getBytes();
        } catch (IOException e) {
            throw ApiException.invalid("Het bestand kon niet worden gelezen.",
                    List.of(new InvalidParam("bestand", "onleesbaar")));
        }
    }
}
