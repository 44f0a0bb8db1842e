package nl.woonregie.doorbraakplan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Versiekop;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The communication and participation plan over the API (issue 17 §6): a tranche's plan with the same-moment check,
 * a project's (lead's) actions and meetings, adding and changing actions and meetings (a change names its version:
 * {@code versie} or If-Match, 409 on a stale one), the municipality's audiences. Translates JSON to
 * {@link Communicatieplannen}, which judges access and input.
 */
@RestController
@Tag(name = OndersteuningController.TAG)
class CommunicatieController {

    private static final String PAD = "/api/v1/gemeenten/{code}";

    private final Communicatieplannen plannen;
    private final Toegang toegang;

    CommunicatieController(Communicatieplannen plannen, Toegang toegang) {
        this.plannen = plannen;
        this.toegang = toegang;
    }

    @Schema(name = "CommunicatieactieVerzoek")
    record ActieJson(@Schema(implementation = Integer.class, description = "Bij een wijziging: de versie die u wijzigt "
            + "(of If-Match)") JsonNode versie,
            @Schema(implementation = Long.class, description = "De tranche (een tranche, een lead of beide)")
            JsonNode tranche,
            @Schema(implementation = Long.class, description = "De lead (het project) waar de actie over gaat")
            JsonNode lead,
            @Schema(example = "Raadsmededeling in RIS", maxLength = 300,
                    requiredMode = Schema.RequiredMode.REQUIRED) String wat,
            @Schema(maxLength = 300, description = "Wie, in eigen woorden (naast of in plaats van uitvoerders)")
            String wie,
            @ArraySchema(maxItems = 7, schema = @Schema(description = "PROGRAMMATEAM, PROJECTLEIDERS, STADSDELEN, "
                    + "STADSDEELDIRECTEUREN, COMMUNICATIE, WETHOUDERS of COLLEGE")) List<String> uitvoerders,
            @Schema(format = "date", example = "2022-03-29", description = "De dag; of anders maand") String datum,
            @Schema(example = "2022-04", pattern = "^\\d{4}-\\d{2}$", description = "Als alleen de maand bekend is "
                    + "(JJJJ-MM, memo 5: \"april\"): in plaats van datum") String maand,
            @Schema(description = "DAG of MAAND (standaard: DAG bij datum, MAAND bij maand)") String precisie,
            @ArraySchema(maxItems = 20, schema = @Schema(description = "Codes uit de doelgroepen van de gemeente, "
                    + "bijvoorbeeld RAAD, BEWONERSORGANISATIES, OMWONENDEN")) List<String> doelgroepen,
            @Schema(description = "BRIEF, NIEUWSBRIEF, RAADSMEDEDELING, EMAIL, TELEFONISCH, PERSOONLIJK, BIJEENKOMST, "
                    + "PERSBERICHT, WEBSITE of ANDERS") String kanaal,
            @Schema(maxLength = 2000) String extra,
            @Schema(description = "GEPLAND (standaard), GEDAAN (met gedaanOp) of VERVALLEN (met vervallenReden)")
            String stand,
            @Schema(format = "date") String gedaanOp,
            @Schema(maxLength = 2000) String vervallenReden,
            @Schema(maxLength = 2000, description = "Waarom; verplicht bij een wijziging") String reden) {

        Communicatieverzoek alsVerzoek() {
            boolean metMaand = maand != null && !maand.isBlank();
            if (metMaand && datum != null && !datum.isBlank()) {
                throw ApiException.invalid("De actie is niet vastgelegd.", List.of(new InvalidParam("datum",
                        "datum of maand, niet beide"), new InvalidParam("maand", "datum of maand, niet beide")));
            }
            if (metMaand && !maand.strip().matches("\\d{4}-\\d{2}")) {
                throw ApiException.invalid("De actie is niet vastgelegd.", List.of(new InvalidParam("maand",
                        "geen maand JJJJ-MM")));
            }
            return new Communicatieverzoek(LeadController.getal(versie), LeadController.getal(tranche),
                    LeadController.getal(lead), wat, wie, uitvoerders, metMaand ? maand.strip() : datum, precisie,
                    doelgroepen, kanaal, extra, stand, gedaanOp, vervallenReden, reden);
        }
    }

    @Schema(name = "BijeenkomstVerzoek")
    record BijeenkomstJson(@Schema(implementation = Integer.class, description = "Bij een wijziging: de versie die u "
            + "wijzigt (of If-Match)") JsonNode versie,
            @Schema(implementation = Long.class) JsonNode tranche,
            @Schema(implementation = Long.class) JsonNode lead,
            @Schema(example = "Informatiebijeenkomst Leeghwaterplein", maxLength = 200,
                    requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(maxLength = 300) String plaats,
            @Schema(format = "date", description = "Leeg: de datum volgt nog") String datum,
            @ArraySchema(maxItems = 20, schema = @Schema(description = "Codes uit de doelgroepen van de gemeente"))
            List<String> doelgroepen,
            @Schema(maxLength = 300, example = "wethouder Balster") String wie,
            @Schema(implementation = Integer.class, description = "Het aantal aanmeldingen") JsonNode aanmeldingen,
            @Schema(description = "true: meer dan dat aantal (\"meer dan 50 aanmeldingen\")")
            Boolean aanmeldingenMeerDan,
            @Schema(maxLength = 4000) String uitkomst,
            @Schema(maxLength = 2000, description = "Waarom; verplicht bij een wijziging") String reden) {

        Bijeenkomstverzoek alsVerzoek() {
            return new Bijeenkomstverzoek(LeadController.getal(versie), LeadController.getal(tranche),
                    LeadController.getal(lead), naam, plaats, datum, doelgroepen, wie,
                    LeadController.getal(aanmeldingen),
                    aanmeldingenMeerDan == null ? null : aanmeldingenMeerDan.toString(), uitkomst, reden);
        }
    }

    @Schema(name = "DoelgroepVerzoek")
    record DoelgroepJson(@Schema(example = "WIJKRADEN", requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(maxLength = 200, description = "Verplicht voor een nieuwe doelgroep") String omschrijving,
            @Schema(description = "false trekt de doelgroep in (wat haar gebruikt, houdt haar)") Boolean actief) {
    }

    @GetMapping(path = PAD + "/tranches/{tranche}/communicatieplan", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanCommunicatieplan", summary = "Het communicatieplan van een tranche: acties "
            + "op datum, bijeenkomsten en de toets 'op hetzelfde moment'", description = "Na het collegebesluit van de "
            + "tranche toetst het plan of raad, bewonersorganisaties en omwonenden op hetzelfde moment worden "
            + "geïnformeerd en of de omwonenden van elk nieuw project een brief krijgen (toets.bevindingen). "
            + "Programmateam, bestuur, BEHEERDER.")
    Communicatieplan plan(@PathVariable String code, @PathVariable long tranche) {
        return plannen.plan(toegang.huidige(), code, tranche);
    }

    @GetMapping(PAD + "/tranches/{tranche}/communicatieplan.xlsx")
    @Operation(operationId = "doorbraakplanCommunicatieplanXlsx", summary = "Het communicatieplan van een tranche als "
            + "XLSX (bladen Acties, Bijeenkomsten, Toets)", responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = Spreadsheet.XLSX,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> xlsx(@PathVariable String code, @PathVariable long tranche) {
        return Download.bijlage(plannen.xlsx(toegang.huidige(), code, tranche), Spreadsheet.XLSX,
                "communicatieplan-" + code + "-" + tranche + ".xlsx");
    }

    @GetMapping(path = PAD + "/leads/{id}/communicatie", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadCommunicatie", summary = "De acties en bijeenkomsten van een project "
            + "(lead)", description = "Programmateam, bestuur, BEHEERDER en de projectleider van de lead.")
    Leadcommunicatie lead(@PathVariable String code, @PathVariable long id) {
        return plannen.vanLead(toegang.huidige(), code, id);
    }

    @PostMapping(path = PAD + "/communicatieacties", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanCommunicatieactieToevoegen", summary = "Voeg een communicatieactie toe "
            + "(het programmateam, BEHEERDER)", description = "Van een tranche, een project (lead) of beide. 400 met "
            + "elk ongeldig veld.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    ResponseEntity<Communicatieactie> actieToevoegen(@PathVariable String code, @RequestBody ActieJson verzoek,
            HttpServletRequest request) {
        Communicatieactie a = plannen.voegActieToe(toegang.huidige(), code, verzoek.alsVerzoek(), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + code + "/communicatieacties/" + a.id()))
                .eTag(Versiekop.etag(a.versie())).body(a);
    }

    @GetMapping(path = PAD + "/communicatieacties/{actie}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanCommunicatieactie", summary = "Een communicatieactie met haar versies "
            + "(ETag: de versie)")
    ResponseEntity<Communicatieactie> actie(@PathVariable String code, @PathVariable long actie) {
        Communicatieactie a = plannen.actie(toegang.huidige(), code, actie);
        return ResponseEntity.ok().eTag(Versiekop.etag(a.versie())).body(a);
    }

    @PutMapping(path = PAD + "/communicatieacties/{actie}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanCommunicatieactieWijzigen", summary = "Wijzig een communicatieactie, ook "
            + "gedaan of vervallen (het programmateam, BEHEERDER)", description = "De hele actie met de versie die u "
            + "wijzigt en de reden: een nieuwe versie. 400 met elk ongeldig veld, 409 als zij intussen veranderde.")
    ResponseEntity<Communicatieactie> actieWijzigen(@PathVariable String code, @PathVariable long actie,
            @RequestBody ActieJson verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Communicatieactie a = plannen.wijzigActie(toegang.huidige(), code, actie, verzoek.alsVerzoek(),
                Versiekop.uitIfMatch(ifMatch), Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(a.versie())).body(a);
    }

    @PostMapping(path = PAD + "/bijeenkomsten", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanBijeenkomstToevoegen", summary = "Voeg een bijeenkomst toe (het "
            + "programmateam, BEHEERDER)", description = "400 met elk ongeldig veld.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd")
    ResponseEntity<Bijeenkomst> bijeenkomstToevoegen(@PathVariable String code, @RequestBody BijeenkomstJson verzoek,
            HttpServletRequest request) {
        Bijeenkomst b = plannen.voegBijeenkomstToe(toegang.huidige(), code, verzoek.alsVerzoek(),
                Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + code + "/bijeenkomsten/" + b.id()))
                .eTag(Versiekop.etag(b.versie())).body(b);
    }

    @GetMapping(path = PAD + "/bijeenkomsten/{bijeenkomst}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanBijeenkomst", summary = "Een bijeenkomst met haar versies (ETag: de versie)")
    ResponseEntity<Bijeenkomst> bijeenkomst(@PathVariable String code, @PathVariable long bijeenkomst) {
        Bijeenkomst b = plannen.bijeenkomst(toegang.huidige(), code, bijeenkomst);
        return ResponseEntity.ok().eTag(Versiekop.etag(b.versie())).body(b);
    }

    @PutMapping(path = PAD + "/bijeenkomsten/{bijeenkomst}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanBijeenkomstWijzigen", summary = "Wijzig een bijeenkomst (het "
            + "programmateam, BEHEERDER)", description = "De hele bijeenkomst met de versie die u wijzigt en de "
            + "reden. 400 met elk ongeldig veld, 409 als zij intussen veranderde.")
    ResponseEntity<Bijeenkomst> bijeenkomstWijzigen(@PathVariable String code, @PathVariable long bijeenkomst,
            @RequestBody BijeenkomstJson verzoek,
            @Parameter(description = "De versie die u wijzigt, bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Bijeenkomst b = plannen.wijzigBijeenkomst(toegang.huidige(), code, bijeenkomst, verzoek.alsVerzoek(),
                Versiekop.uitIfMatch(ifMatch), Client.van(request));
        return ResponseEntity.ok().eTag(Versiekop.etag(b.versie())).body(b);
    }

    @GetMapping(path = PAD + "/doelgroepen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanDoelgroepen", summary = "De doelgroepen van communicatie zoals de gemeente "
            + "ze bijhoudt")
    List<Doelgroep> doelgroepen(@PathVariable String code) {
        return plannen.doelgroepen(toegang.huidige(), code);
    }

    @PostMapping(path = PAD + "/doelgroepen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanDoelgroepWijzigen", summary = "Voeg een doelgroep toe, hernoem of trek er "
            + "een in (het programmateam, BEHEERDER)")
    List<Doelgroep> doelgroep(@PathVariable String code, @RequestBody DoelgroepJson verzoek,
            HttpServletRequest request) {
        return plannen.doelgroep(toegang.huidige(), code, verzoek.code(), verzoek.omschrijving(),
                verzoek.actief() == null || verzoek.actief(), Client.van(request));
    }
}
