package nl.woonregie.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents over the API: the documents of an object, a document with its versions, uploading a document or a new
 * version ({@code multipart/form-data}, field {@code bestand}), and downloading a version's content. Who may do what
 * is decided by the object's owner, as for the object itself.
 */
@RestController
@Tag(name = DocumentController.TAG, description = "Documenten bij gesprekken, plannen van aanpak, huurcontracten, "
        + "besluiten en Verhuisbox-casussen: uploaden, versies, downloaden. Toegang: die van het object.")
class DocumentController {

    static final String TAG = "Documenten";
    static final String TOEGESTAAN = "Toegestaan (herkend aan de inhoud, niet aan de naam): PDF, Word, Excel en "
            + "PowerPoint (.docx, .xlsx, .pptx), OpenDocument (.odt, .ods, .odp), PNG, JPEG, TIFF en platte tekst in "
            + "UTF-8 (.txt, .csv); geen macro's.";

    /** The form of an upload, for the API description. */
    record Formulier(@Schema(description = "soort object, bijvoorbeeld toezichtgesprek") String objectsoort,
            @Schema(description = "id van het object") Long objectId,
            @Schema(description = "titel (optioneel; anders de bestandsnaam)") String titel,
            @Schema(type = "string", format = "binary") MultipartFile bestand) {
    }

    /** The form of a new version, for the API description. */
    record VersieFormulier(@Schema(type = "string", format = "binary") MultipartFile bestand) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "DocumentLijst")
    record Lijst(String objectsoort, long objectId, List<Document> documenten) {
    }

    private final Documenten documenten;
    private final Toegang toegang;

    DocumentController(Documenten documenten, Toegang toegang) {
        this.documenten = documenten;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/documenten")
    @Operation(summary = "De documenten van een object, het nieuwste eerst",
            description = "objectsoort: toezichtgesprek, plan-van-aanpak, inzending, huurcontract, ronde-beslissing of casus "
                    + "(Verhuisbox); objectId: het id van het object. Wie het object mag lezen, leest zijn "
                    + "documenten.")
    Lijst lijst(@RequestParam(required = false) String objectsoort,
            @RequestParam(required = false) String objectId) {
        Gebruiker g = toegang.huidige();
        Long id = object(objectsoort, objectId, "Ongeldige parameter.");
        return new Lijst(objectsoort, id, documenten.vanObject(objectsoort, id, g));
    }

    @PostMapping(path = "/api/v1/documenten", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "documentVoegToe", summary = "Voeg een document toe aan een object (versie 1)",
            description = "multipart/form-data met objectsoort, objectId, bestand en eventueel titel. " + TOEGESTAAN,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = Formulier.class))))
    @ApiResponse(responseCode = "201", description = "Opgeslagen; Location is het document")
    @ApiResponse(responseCode = "400", description = "invalidParams noemt elk ongeldig veld (ook een bestand van een "
            + "soort die niet is toegestaan)", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Bestand groter dan woonregie.documenten.max-grootte",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<Document> voegToe(@RequestParam(required = false) String objectsoort,
            @RequestParam(required = false) String objectId, @RequestParam(required = false) String titel,
            @RequestParam(required = false) MultipartFile bestand, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        Long id = object(objectsoort, objectId, "Onbekend object.");
        documenten.vereisToevoegen(objectsoort, id, g); // before the file is read
        Document d = documenten.voegToe(objectsoort, id, titel, bestand(bestand), g, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/documenten/" + d.id())).body(d);
    }

    @GetMapping("/api/v1/documenten/{id}")
    @Operation(summary = "Een document met al zijn versies (zonder inhoud)")
    Document lees(@PathVariable long id) {
        return documenten.lees(id, toegang.huidige());
    }

    @PostMapping(path = "/api/v1/documenten/{id}/versies", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Voeg een nieuwe versie van een document toe; de vorige versies blijven",
            description = "multipart/form-data met bestand. " + TOEGESTAAN,
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = VersieFormulier.class))))
    @ApiResponse(responseCode = "201", description = "Opgeslagen; Location is de inhoud van de nieuwe versie")
    ResponseEntity<Document> voegVersieToe(@PathVariable long id,
            @RequestParam(required = false) MultipartFile bestand, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        documenten.vereisNieuweVersie(id, g); // before the file is read
        Document d = documenten.voegVersieToe(id, bestand(bestand), g, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/documenten/" + id + "/versies/" + d.versie() + "/inhoud"))
                .body(d);
    }

    @GetMapping("/api/v1/documenten/{id}/inhoud")
    @Operation(summary = "De inhoud van de nieuwste versie (download)",
            description = "Als bijlage, met het mediatype van de inhoud, Repr-Digest (SHA-256) en ETag. Het "
                    + "downloaden van een document van een Verhuisbox-casus staat in de verwerkingenlogging. 410 als "
                    + "de inhoud met de bewaartermijn van het object is verwijderd.")
    @ApiResponse(responseCode = "200", description = "De inhoud, als bijlage met het mediatype van het document",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> inhoud(@PathVariable long id) {
        return download(documenten.inhoud(id, null, toegang.huidige()));
    }

    @GetMapping("/api/v1/documenten/{id}/versies/{versie}/inhoud")
    @Operation(summary = "De inhoud van een versie (download)")
    @ApiResponse(responseCode = "200", description = "De inhoud, als bijlage met het mediatype van het document",
            content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> inhoudVanVersie(@PathVariable long id,
            @Parameter(description = "het versienummer, vanaf 1") @PathVariable String versie) {
        Gebruiker g = toegang.huidige();
        List<InvalidParam> fouten = new ArrayList<>();
        Long v = id(versie, "versie", fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Ongeldig versienummer.", fouten);
        }
        return download(documenten.inhoud(id, v.intValue(), g));
    }

    /**
     * A version's content as an attachment: its kind, a file name, never cached, never sniffed or run by the browser
     * (nosniff from the security headers, a sandbox CSP), with its SHA-256 (RFC 9530 Repr-Digest, and as ETag).
     */
    static ResponseEntity<byte[]> download(Documenten.Inhoud i) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(i.type().mediatype()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(i.bestandsnaam(), java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(i.sha256())) + ":")
                .eTag("\"" + i.sha256() + "\"")
                .contentLength(i.bytes().length)
                .body(i.bytes());
    }

    /** The upload's name and bytes (read only after the access check); null when no file was sent. */
    static Documenten.Bestand bestand(MultipartFile f) {
        if (f == null || (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))) {
            return null;
        }
        try {
            return new Documenten.Bestand(f.getOriginalFilename(), f.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object's kind and id as parameters: 400 naming each that is missing, unknown or malformed. */
    private Long object(String objectsoort, String objectId, String detail) {
        List<InvalidParam> fouten = new ArrayList<>();
        if (objectsoort == null || objectsoort.isBlank() || !documenten.soorten().contains(objectsoort)) {
            fouten.add(new InvalidParam("objectsoort", (objectsoort == null || objectsoort.isBlank() ? "verplicht: "
                    : "") + "een van " + String.join(", ", documenten.soorten())));
        }
        Long id = id(objectId, "objectId", fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid(detail, fouten);
        }
        return id;
    }

    /** A positive id in a parameter; null (and a message when {@code fouten} is given) otherwise. */
    static Long id(String tekst, String veld, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            if (fouten != null) {
                fouten.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        try {
            long id = Long.parseLong(tekst.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        List<InvalidParam> f = fouten != null ? fouten : new ArrayList<>();
        f.add(new InvalidParam(veld, "een positief geheel getal"));
        if (fouten == null) {
            throw ApiException.invalid("Ongeldige parameter.", f);
        }
        return null;
    }
}
