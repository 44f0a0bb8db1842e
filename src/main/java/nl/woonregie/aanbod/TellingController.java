package nl.woonregie.aanbod;

import java.net.URI;
import java.util.List;

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
 * A gemeente's own counts against COA's, its households by size against the dwellings expected, and the outflow of
 * its temporary projects over the API. Translates JSON to {@link Eigentellingen}, {@link HuishoudensService} and
 * {@link Doorstroom}, which judge access and input.
 */
@RestController
@Tag(name = PrognoseController.TAG)
class TellingController {

    private static final String TELLINGEN = "/api/v1/gemeenten/{code}/eigentellingen";
    private static final String HUISHOUDENS = "/api/v1/gemeenten/{code}/huishoudens";

    private final Eigentellingen tellingen;
    private final HuishoudensService huishoudens;
    private final Doorstroom doorstroom;
    private final Aanbodbronnen bronnen;
    private final Toegang toegang;

    TellingController(Eigentellingen tellingen, HuishoudensService huishoudens, Doorstroom doorstroom,
            Aanbodbronnen bronnen, Toegang toegang) {
        this.tellingen = tellingen;
        this.huishoudens = huishoudens;
        this.doorstroom = doorstroom;
        this.bronnen = bronnen;
        this.toegang = toegang;
    }

    /** A count as sent. */
    @Schema(name = "EigenTellingVerzoek")
    record TellingVerzoek(
            @Schema(format = "date", description = "De dag van de telling (niet na vandaag); verandert niet bij een "
                    + "wijziging", requiredMode = Schema.RequiredMode.REQUIRED) String datum,
            @Schema(implementation = Integer.class, description = "Bij een wijziging: de versie die u wijzigt",
                    example = "1") JsonNode versie,
            @Schema(implementation = Long.class, description = "Gehuisvest in het halfjaar van de datum tot en met de "
                    + "datum, volgens de gemeente", example = "760", requiredMode = Schema.RequiredMode.REQUIRED)
            JsonNode gehuisvest,
            @Schema(description = "De oorzaken van het verschil met het COA, elk hoogstens eenmaal")
            List<OorzaakVerzoek> oorzaken,
            @Schema(maxLength = 2000) String toelichting,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {

        Eigentellingen.Verzoek alsVerzoek() {
            return new Eigentellingen.Verzoek(datum, AanbodController.getal(gehuisvest), oorzaken == null ? null
                    : oorzaken.stream().map(o -> o == null ? null : new Eigentellingen.OorzaakVerzoek(o.oorzaak(),
                            AanbodController.getal(o.aantal()))).toList(), toelichting, reden);
        }
    }

    /** A cause as sent. */
    @Schema(name = "EigenTellingOorzaakVerzoek")
    record OorzaakVerzoek(
            @Schema(description = "COA_VERWERKING, ELDERS_GEREGISTREERD of ZELF_GEVONDEN_NIET_GEREGISTREERD",
                    requiredMode = Schema.RequiredMode.REQUIRED) String oorzaak,
            @Schema(implementation = Long.class, description = "Het aantal personen dat de oorzaak verklaart, als "
                    + "bekend", example = "40") JsonNode aantal) {
    }

    /** The counts of a gemeente, each beside COA's standing. */
    @Schema(name = "EigenTellingen")
    record TellingLijst(List<Eigentellingen.Afstemming> tellingen,
            @Schema(description = "Mag de aanvrager tellingen vastleggen?") boolean magWijzigen) {
    }

    @GetMapping(path = TELLINGEN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteEigenTellingen", summary = "De eigen tellingen van een gemeente naast de stand "
            + "van het COA (BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)", description = "Per "
            + "datum de eigen telling, de laatste stand van het COA in hetzelfde halfjaar op of voor die datum, het "
            + "verschil en het deel dat de oorzaken verklaren. Het oordeel van het toezicht blijft op de cijfers van "
            + "het COA.")
    TellingLijst tellingen(@PathVariable String code) {
        Gebruiker g = toegang.huidige();
        return new TellingLijst(tellingen.afstemming(g, code), bronnen.magWijzigen(g, code));
    }

    @PostMapping(path = TELLINGEN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "eigenTellingToevoegen", summary = "Leg een eigen telling vast (de gemeente zelf, "
            + "BEHEERDER)", description = "Versie 1, met de reden, in het auditlog. 400 met elk ongeldig veld; 409 "
            + "als op die datum al een telling staat.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<Eigentelling> toevoegen(@PathVariable String code, @RequestBody TellingVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Eigentelling t = tellingen.toevoegen(g, code, verzoek.alsVerzoek(), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + t.gemeente() + "/eigentellingen/" + t.id()))
                .body(t);
    }

    @GetMapping(path = TELLINGEN + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "eigenTelling", summary = "Een eigen telling met al haar versies (wie, wanneer, waarom)")
    Eigentelling telling(@PathVariable String code, @PathVariable long id) {
        return tellingen.lees(toegang.huidige(), code, id);
    }

    @PutMapping(path = TELLINGEN + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "eigenTellingWijzigen", summary = "Wijzig een eigen telling: een nieuwe versie (de "
            + "gemeente zelf, BEHEERDER)", description = "De volledige nieuwe inhoud, de versie die u wijzigt en een "
            + "reden; de datum verandert niet. 409 als de telling intussen gewijzigd of verwijderd is.")
    Eigentelling wijzigen(@PathVariable String code, @PathVariable long id, @RequestBody TellingVerzoek verzoek,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        return tellingen.wijzigen(g, code, id, AanbodController.getal(verzoek.versie()), verzoek.alsVerzoek(),
                Client.van(request));
    }

    @DeleteMapping(path = TELLINGEN + "/{id}")
    @Operation(operationId = "eigenTellingVerwijderen", summary = "Verwijder een eigen telling (de gemeente zelf, "
            + "BEHEERDER)", description = "Een laatste versie met de reden; de telling blijft met haar versies te "
            + "lezen. 409 als ze intussen gewijzigd of verwijderd is.")
    @ApiResponse(responseCode = "204", description = "Verwijderd")
    ResponseEntity<Void> verwijderen(@PathVariable String code, @PathVariable long id,
            @Parameter(description = "De versie die u verwijdert (een geheel getal)") @RequestParam(required = false)
            String versie,
            @Parameter(description = "Waarom de telling vervalt") @RequestParam(required = false) String reden,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        tellingen.verwijderen(g, code, id, versie, reden, Client.van(request));
        return ResponseEntity.noContent().build();
    }

    /** The households by size as sent: the version replaced (0 for the first), the size classes and the reason. */
    @Schema(name = "AanbodHuishoudensVerzoek")
    record HuishoudensVerzoek(
            @Schema(implementation = Integer.class, description = "De versie die u vervangt (0 voor de eerste)",
                    example = "0", requiredMode = Schema.RequiredMode.REQUIRED) JsonNode versie,
            @Schema(description = "Per grootteklasse (1 tot en met 7, 7 is 7 of meer) hoogstens één regel; een klasse "
                    + "die ontbreekt is nul") List<RegelVerzoek> regels,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String reden) {
    }

    /** A size class as sent. */
    @Schema(name = "AanbodHuishoudensRegelVerzoek")
    record RegelVerzoek(
            @Schema(implementation = Integer.class, description = "Personen per huishouden, 1 tot en met 7 (7 of "
                    + "meer)", example = "7", requiredMode = Schema.RequiredMode.REQUIRED) JsonNode grootte,
            @Schema(implementation = Long.class, description = "Wachtende huishoudens (gekoppeld, nog niet "
                    + "gehuisvest)", example = "31", requiredMode = Schema.RequiredMode.REQUIRED) JsonNode huishoudens,
            @Schema(implementation = Long.class, description = "Hun personen; verplicht bij 7 of meer, anders "
                    + "grootte × huishoudens", example = "225") JsonNode personen,
            @Schema(implementation = Long.class, description = "Woningen van deze grootte verwacht in de periode "
                    + "(standaard 0)", example = "5") JsonNode woningen) {
    }

    @GetMapping(path = HUISHOUDENS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteHuishoudens", summary = "Wachtende huishoudens per grootte tegen de verwachte "
            + "woningen van die grootte (BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)",
            description = "Per grootteklasse de wachtende huishoudens, hun personen, de woningen van die grootte die "
            + "in het halfjaar verwacht worden en het tekort. Zonder periode: het lopende halfjaar.")
    Huishoudens huishoudens(@PathVariable String code,
            @Parameter(description = "Het halfjaar, JJJJ-I of JJJJ-II") @RequestParam(required = false)
            String periode) {
        Gebruiker g = bronnen.vereisLezen(toegang.huidige(), code);
        return huishoudens.lees(g, code, huishoudens.periode(periode));
    }

    @PutMapping(path = HUISHOUDENS + "/{periode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "huishoudensVastleggen", summary = "Leg de wachtende huishoudens per grootte en de "
            + "verwachte woningen vast voor een halfjaar (de gemeente zelf, BEHEERDER)", description = "Een nieuwe "
            + "versie, met de reden, in het auditlog. 400 met elk ongeldig veld (regels[2].personen); 409 als "
            + "intussen een andere versie is vastgelegd.")
    Huishoudens huishoudensVastleggen(@PathVariable String code,
            @Parameter(description = "Het halfjaar, JJJJ-I of JJJJ-II") @PathVariable String periode,
            @RequestBody HuishoudensVerzoek verzoek, HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        HuishoudensService.Verzoek v = new HuishoudensService.Verzoek(AanbodController.getal(verzoek.versie()),
                verzoek.regels() == null ? null : verzoek.regels().stream().map(r -> r == null ? null
                        : new HuishoudensService.RegelVerzoek(AanbodController.getal(r.grootte()),
                                AanbodController.getal(r.huishoudens()), AanbodController.getal(r.personen()),
                                AanbodController.getal(r.woningen()))).toList(), verzoek.reden());
        return huishoudens.vastleggen(g, code, huishoudens.periode(periode), v, Client.van(request));
    }

    /** The multipart form of an import of households, for the OpenAPI description. */
    @Schema(name = "AanbodHuishoudensImport")
    record HuishoudensImport(@Schema(type = "string", format = "binary", description = "CSV- of XLSX-bestand")
            String bestand,
            @Schema(description = "De versie die u vervangt (0 voor de eerste)", example = "0") String versie,
            @Schema(description = "Waarom", example = "Koppelingen uit het COA-overzicht") String reden) {
    }

    @PostMapping(path = HUISHOUDENS + "/{periode}/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "huishoudensImporteren", summary = "Importeer de wachtende huishoudens per grootte en de "
            + "verwachte woningen voor een halfjaar uit een CSV- of XLSX-bestand (de gemeente zelf, BEHEERDER)",
            description = "De kolommen Grootte (1 tot en met 7; 7 of meer), Huishoudens, Personen en Woningen "
            + "(Grootte en Huishoudens verplicht) in het formulierveld 'bestand' (XLSX: het eerste blad; CSV: , of ; "
            + "UTF-8), met 'versie' en 'reden'. Alles of niets: bij één fout wordt niets opgeslagen en noemt "
            + "invalidParams elke fout ('regel 3, kolom Personen'). Een nieuwe versie, in het auditlog; 409 als "
            + "intussen een andere versie is vastgelegd.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                        schema = @Schema(implementation = HuishoudensImport.class))))
    @ApiResponse(responseCode = "201", description = "Geïmporteerd")
    @ApiResponse(responseCode = "415", description = "Geen multipart/form-data", content =
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = nl.woonregie.platform.web.Problem.class)))
    ResponseEntity<Huishoudens> huishoudensImporteren(@PathVariable String code,
            @Parameter(description = "Het halfjaar, JJJJ-I of JJJJ-II") @PathVariable String periode,
            HttpServletRequest request) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code); // refused before the upload is read
        org.springframework.web.multipart.MultipartHttpServletRequest formulier = org.springframework.web.util
                .WebUtils.getNativeRequest(request,
                        org.springframework.web.multipart.MultipartHttpServletRequest.class);
        if (formulier == null) {
            throw new nl.woonregie.platform.web.ApiException(org.springframework.http.HttpStatus
                    .UNSUPPORTED_MEDIA_TYPE, "Mediatype niet ondersteund", "Stuur het bestand als "
                    + "multipart/form-data in het veld 'bestand', met de velden 'versie' en 'reden'.", null);
        }
        Huishoudens h = huishoudens.importeren(g, code, huishoudens.periode(periode),
                JaartabelController.inhoud(formulier.getFile("bestand")), formulier.getParameter("versie"),
                formulier.getParameter("reden"), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + h.gemeente() + "/huishoudens?periode="
                + h.periode())).body(h);
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/doorstroom", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteDoorstroom", summary = "De doorstroombehoefte van een gemeente: wie per jaar "
            + "uit tijdelijke projecten verder moet (BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)",
            description = "Uit het einde van het gebruik van de opgeslagen tijdelijke projecten die niet beëindigd "
            + "zijn: per jaar vanaf dit jaar de plaatsen voor statushouders die vrijkomen en waarvan de bewoners "
            + "elders woonruimte nodig hebben. Ook de projecten waarvan het einde verstreken is en die zonder einde.")
    Doorstroom.Behoefte doorstroom(@PathVariable String code) {
        return doorstroom.behoefte(toegang.huidige(), code);
    }
}
