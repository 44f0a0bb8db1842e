package nl.woonregie.aanbod;

import java.io.IOException;
import java.net.URI;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.JsonNode;

/**
 * A gemeente's own year table ({@link Jaartabellen}) and its notes beside the forecast ({@link Aanbodnotities}) over
 * the API. Translates JSON and uploads to the services, which judge access and input.
 */
@RestController
@Tag(name = PrognoseController.TAG)
class JaartabelController {

    private static final String JAARTABEL = "/api/v1/gemeenten/{code}/jaartabel";
    private static final String NOTITIES = "/api/v1/gemeenten/{code}/aanbodnotities";

    private final Jaartabellen jaartabellen;
    private final Aanbodnotities notities;
    private final Aanbodbronnen bronnen;
    private final Toegang toegang;

    JaartabelController(Jaartabellen jaartabellen, Aanbodnotities notities, Aanbodbronnen bronnen, Toegang toegang) {
        this.jaartabellen = jaartabellen;
        this.notities = notities;
        this.bronnen = bronnen;
        this.toegang = toegang;
    }

    /** The year table as sent. */
    @Schema(name = "EigenJaartabelVerzoek")
    record JaartabelVerzoek(
            @Schema(implementation = Integer.class, description = "De versie die u vervangt (0 voor de eerste)",
                    example = "0", requiredMode = Schema.RequiredMode.REQUIRED) JsonNode versie,
            @Schema(description = "Per jaar hoogstens één regel, minstens één", requiredMode =
                    Schema.RequiredMode.REQUIRED) List<RegelVerzoek> regels,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    /** A year as sent; every number but the year may be left out (not given). */
    @Schema(name = "EigenJaartabelRegelVerzoek")
    record RegelVerzoek(
            @Schema(implementation = Integer.class, example = "2022", requiredMode = Schema.RequiredMode.REQUIRED)
            JsonNode jaar,
            @Schema(implementation = Long.class, description = "Taakstelling eerste helft", example = "309")
            JsonNode taakstelling1,
            @Schema(implementation = Long.class, description = "Taakstelling tweede helft", example = "419")
            JsonNode taakstelling2,
            @Schema(implementation = Long.class, description = "Saldo uit het vorige jaar (+ achterstand, − "
                    + "voorsprong)", example = "108") JsonNode saldoIn,
            @Schema(implementation = Long.class, description = "Extra ambitie", example = "131") JsonNode extraAmbitie,
            @Schema(implementation = Long.class, description = "Totaal te huisvesten", example = "967") JsonNode totaal,
            @Schema(implementation = Long.class, description = "Realisatie", example = "577") JsonNode gehuisvest,
            @Schema(implementation = Long.class, description = "Saldo aan het einde van het jaar") JsonNode saldoUit) {

        Jaartabellen.RegelVerzoek alsVerzoek() {
            return new Jaartabellen.RegelVerzoek(AanbodController.getal(jaar), AanbodController.getal(taakstelling1),
                    AanbodController.getal(taakstelling2), AanbodController.getal(saldoIn),
                    AanbodController.getal(extraAmbitie), AanbodController.getal(totaal),
                    AanbodController.getal(gehuisvest), AanbodController.getal(saldoUit));
        }
    }

    /** The multipart form of an import, for the OpenAPI description. */
    @Schema(name = "EigenJaartabelImport")
    record ImportFormulier(@Schema(type = "string", format = "binary", description = "CSV- of XLSX-bestand")
            String bestand,
            @Schema(description = "De versie die u vervangt (0 voor de eerste)", example = "0") String versie,
            @Schema(description = "Waarom", example = "Tabel 1 uit de notitie van 26 september 2022") String reden) {
    }

    @GetMapping(path = JAARTABEL, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteJaartabel", summary = "De eigen jaartabel van een gemeente met de bevindingen "
            + "(BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)", description = "De tabel zoals de "
            + "gemeente haar invoerde of importeerde (tabel 1 van de notitie: per jaar de taakstelling per halfjaar, "
            + "saldo, extra ambitie, totaal, realisatie), met per cel een bevinding waar ze zelf niet optelt (totaal, "
            + "saldo aan het einde, aansluiting op het vorige jaar) en waar ze afwijkt van de berekening uit de "
            + "opgeslagen cijfers. Versie 0 zonder regels: nog niets vastgelegd.")
    EigenJaartabel jaartabel(@PathVariable String code) {
        return jaartabellen.lees(toegang.huidige(), code);
    }

    @PutMapping(path = JAARTABEL, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "jaartabelVastleggen", summary = "Leg de eigen jaartabel vast (de gemeente zelf, "
            + "BEHEERDER)", description = "Een nieuwe versie, met de reden, in het auditlog. 400 met elk ongeldig veld "
            + "(regels[1].totaal); 409 als intussen een andere versie is vastgelegd.")
    EigenJaartabel jaartabelVastleggen(@PathVariable String code, @RequestBody JaartabelVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        return jaartabellen.vastleggen(g, code, new Jaartabellen.Verzoek(AanbodController.getal(verzoek.versie()),
                verzoek.regels() == null ? null : verzoek.regels().stream().map(r -> r == null ? null
                        : r.alsVerzoek()).toList(), verzoek.reden()), Client.van(request));
    }

    @PostMapping(path = JAARTABEL + "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "jaartabelImporteren", summary = "Importeer de eigen jaartabel uit een CSV- of "
            + "XLSX-bestand (de gemeente zelf, BEHEERDER)", description = "De kolommen van het blad Jaren van de "
            + "export van het jaaroverzicht (Jaar verplicht; Taakstelling 1e helft, Taakstelling 2e helft, Saldo "
            + "voorgaande periode, Extra ambitie, Totaal te huisvesten, Realisatie, Saldo aan het einde), in het "
            + "formulierveld 'bestand' (XLSX: het blad Jaren, anders het eerste; CSV: , of ; UTF-8), met 'versie' en "
            + "'reden'. Alles of niets: bij één fout wordt niets opgeslagen en noemt invalidParams elke fout ('regel 3, "
            + "kolom Totaal te huisvesten'). Een nieuwe versie, in het auditlog.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                        schema = @Schema(implementation = ImportFormulier.class))))
    @ApiResponse(responseCode = "201", description = "Geïmporteerd")
    @ApiResponse(responseCode = "415", description = "Geen multipart/form-data", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ResponseEntity<EigenJaartabel> jaartabelImporteren(@PathVariable String code, HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code); // refused before the upload is read
        MultipartHttpServletRequest formulier = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (formulier == null) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Mediatype niet ondersteund",
                    "Stuur het bestand als multipart/form-data in het veld 'bestand', met de velden 'versie' en "
                            + "'reden'.", null);
        }
        MultipartFile bestand = formulier.getFile("bestand");
        EigenJaartabel t = jaartabellen.importeren(g, code, inhoud(bestand), bestand == null ? null
                : bestand.getOriginalFilename(), formulier.getParameter("versie"), formulier.getParameter("reden"),
                Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + t.gemeente() + "/jaartabel")).body(t);
    }

    /** The bytes of an uploaded file (null when none was sent). */
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

    /** A note as sent. */
    @Schema(name = "AanbodnotitieVerzoek")
    record NotitieVerzoek(
            @Schema(format = "date", description = "De dag van de uitspraak (2015 tot en met vandaag)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String datum,
            @Schema(implementation = Integer.class, description = "Bij een wijziging: de versie die u wijzigt",
                    example = "1") JsonNode versie,
            @Schema(maxLength = 200, description = "Waar het gezegd is (notitie, rapportage)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String bron,
            @Schema(maxLength = 2000, description = "De uitspraak", requiredMode = Schema.RequiredMode.REQUIRED)
            String tekst,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {

        Aanbodnotities.Verzoek alsVerzoek() {
            return new Aanbodnotities.Verzoek(datum, bron, tekst, reden);
        }
    }

    @GetMapping(path = NOTITIES, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteAanbodnotities", summary = "De notities van een gemeente naast haar prognose "
            + "(BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)", description = "Wat de gemeente op "
            + "een dag over haar prognose zei, de laatste uitspraak eerst; verwijderde notities niet.")
    List<Aanbodnotitie> notities(@PathVariable String code) {
        return notities.vanGemeente(toegang.huidige(), code);
    }

    @PostMapping(path = NOTITIES, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodnotitieToevoegen", summary = "Voeg een notitie naast de prognose toe (de gemeente "
            + "zelf, BEHEERDER)", description = "Versie 1, met de reden, in het auditlog. 400 met elk ongeldig veld.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    ResponseEntity<Aanbodnotitie> notitieToevoegen(@PathVariable String code, @RequestBody NotitieVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodnotitie n = notities.toevoegen(g, code, verzoek.alsVerzoek(), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + n.gemeente() + "/aanbodnotities/" + n.id()))
                .body(n);
    }

    @GetMapping(path = NOTITIES + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodnotitie", summary = "Een notitie met al haar versies (wie, wanneer, waarom)")
    Aanbodnotitie notitie(@PathVariable String code, @PathVariable long id) {
        return notities.lees(toegang.huidige(), code, id);
    }

    @PutMapping(path = NOTITIES + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "aanbodnotitieWijzigen", summary = "Wijzig een notitie: een nieuwe versie (de gemeente "
            + "zelf, BEHEERDER)", description = "De volledige nieuwe inhoud, de versie die u wijzigt en een reden. "
            + "409 als de notitie intussen gewijzigd of verwijderd is.")
    Aanbodnotitie notitieWijzigen(@PathVariable String code, @PathVariable long id,
            @RequestBody NotitieVerzoek verzoek, HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        return notities.wijzigen(g, code, id, AanbodController.getal(verzoek.versie()), verzoek.alsVerzoek(),
                Client.van(request));
    }

    @DeleteMapping(path = NOTITIES + "/{id}")
    @Operation(operationId = "aanbodnotitieVerwijderen", summary = "Verwijder een notitie (de gemeente zelf, "
            + "BEHEERDER)", description = "Een laatste versie met de reden; de notitie blijft met haar versies te "
            + "lezen. 409 als ze intussen gewijzigd of verwijderd is.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> notitieVerwijderen(@PathVariable String code, @PathVariable long id,
            @io.swagger.v3.oas.annotations.Parameter(description = "De versie die u verwijdert (een geheel getal)")
            @RequestParam(required = false) String versie,
            @io.swagger.v3.oas.annotations.Parameter(description = "Waarom de notitie vervalt")
            @RequestParam(required = false) String reden, HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        notities.verwijderen(g, code, id, versie, reden, Client.van(request));
        return ResponseEntity.noContent().build();
    }
}
