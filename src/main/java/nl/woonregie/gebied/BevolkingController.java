package nl.woonregie.gebied;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The population figures per 1 January: where each peildatum's figures come from, and the administrator's import of
 * a CBS file for a year the reference data lacks ({@link BevolkingImport}).
 */
@RestController
@Tag(name = GemeenteController.TAG)
class BevolkingController {

    private final BevolkingImport importer;
    private final Toegang toegang;

    BevolkingController(BevolkingImport importer, Toegang toegang) {
        this.importer = importer;
        this.toegang = toegang;
    }

    /** The peildata with population figures and their provenance. */
    record Bevolkingsbronnen(List<Bevolkingsbron> bronnen) {
    }

    @GetMapping(path = "/api/v1/bevolkingscijfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "De peildata met bevolkingscijfers en hun herkomst",
            description = "Per 1 januari: het aantal gemeenten, de som van hun inwoners (de bevolking van Nederland) "
                    + "en waar de cijfers vandaan komen: de referentiedata van Woonregie of een import door een "
                    + "beheerder, met de opgegeven bron, het bestand en wie het wanneer importeerde.")
    Bevolkingsbronnen bevolkingsbronnen() {
        toegang.huidige();
        return new Bevolkingsbronnen(importer.bronnen());
    }

    /** The multipart form, for the OpenAPI description. */
    record Formulier(@Schema(type = "string", format = "binary", description = "CSV-bestand") String bestand,
            @Schema(description = "Het jaar: de cijfers zijn van 1 januari van dat jaar", example = "2021") String jaar,
            @Schema(description = "Waar het bestand vandaan komt", example = "CBS StatLine 03759ned, gedownload op "
                    + "3 maart 2025") String bron) {
    }

    @PostMapping(path = "/api/v1/bevolkingscijfers/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Importeer de CBS-bevolking op 1 januari van een jaar (BEHEERDER)",
            description = "Een CSV-bestand (, of ; als scheidingsteken, UTF-8) met de kolommen jaar, peildatum, "
                    + "code, naam_in_bron en inwoners, zoals de referentiedata (bevolking-gemeenten-per-jaar.csv), "
                    + "in het formulierveld 'bestand', met 'jaar' en 'bron' (de herkomst). De gemeenten moeten precies "
                    + "die van 1 januari van dat jaar zijn. Alles of niets: bij één fout wordt niets opgeslagen en "
                    + "noemt invalidParams elke fout ('regel 14, kolom inwoners'). Een jaar dat al geïmporteerd was, "
                    + "wordt vervangen (de eerdere import blijft bewaard); de jaren van de referentiedata niet.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                        schema = @Schema(implementation = Formulier.class))))
    @ApiResponse(responseCode = "201", description = "Geïmporteerd")
    @ApiResponse(responseCode = "413", description = "Bestand groter dan 10 MiB", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "415", description = "Geen multipart/form-data", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<BevolkingImportResultaat> bevolkingImporteren(HttpServletRequest request) {
        Gebruiker g = importer.vereisImporteren(toegang.huidige()); // refused before the upload is read
        MultipartHttpServletRequest formulier = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (formulier == null) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Mediatype niet ondersteund",
                    "Stuur het bestand als multipart/form-data in het veld 'bestand', met de velden 'jaar' en 'bron'.",
                    null);
        }
        MultipartFile bestand = formulier.getFile("bestand");
        return ResponseEntity.status(HttpStatus.CREATED).body(importer.importeer(formulier.getParameter("jaar"),
                formulier.getParameter("bron"), inhoud(bestand), bestand == null ? null : bestand.getOriginalFilename(),
                g, Client.van(request)));
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
