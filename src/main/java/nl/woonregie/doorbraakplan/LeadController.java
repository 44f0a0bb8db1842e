package nl.woonregie.doorbraakplan;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The lead pipeline of a municipality's doorbraakplan over the API: the register, a lead with its history and its
 * steps, the analysis, the feasibility study, the tasks to inform submitters, the reasons for dropping, the tranches
 * and the funnel. Translates JSON to {@link Leads}, which judges access and input.
 */
@RestController
@Tag(name = OndersteuningController.TAG)
class LeadController {

    private static final String PAD = "/api/v1/gemeenten/{code}";

    private final Leads leads;
    private final Toegang toegang;

    LeadController(Leads leads, Toegang toegang) {
        this.leads = leads;
        this.toegang = toegang;
    }

    @Schema(name = "LeadVerzoek")
    record LeadJson(@Schema(example = "Leeghwaterplein", maxLength = 200,
            requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(maxLength = 300) String adres, @Schema(maxLength = 2000) String omschrijving,
            @Schema(format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String ingediendOp,
            @Schema(description = "BEWONERSORGANISATIE, WIJKVERENIGING, EIGENAAR, COLLEGA of ANDERS",
                    requiredMode = Schema.RequiredMode.REQUIRED) String inbrengerSoort,
            @Schema(maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String inbrengerNaam,
            @Schema(maxLength = 300, description = "E-mailadres, telefoonnummer of adres",
                    requiredMode = Schema.RequiredMode.REQUIRED) String inbrengerContact,
            @Schema(maxLength = 200) String eigenaar,
            @Schema(implementation = Integer.class, description = "Plaatsen voor statushouders, als bekend")
            JsonNode plaatsen,
            @Schema(implementation = Integer.class, description = "Alle eenheden of plaatsen, als bekend")
            JsonNode eenheden) {

        Leadverzoek alsVerzoek() {
            return new Leadverzoek(naam, adres, omschrijving, ingediendOp, inbrengerSoort, inbrengerNaam,
                    inbrengerContact, eigenaar, getal(plaatsen), getal(eenheden));
        }
    }

    @Schema(name = "LeadStapVerzoek")
    record StapJson(@Schema(description = "BESCHIKBAARHEID_VRAGEN, BESCHIKBAAR, HAALBAARHEIDSONDERZOEK_STARTEN, "
            + "NAAR_COLLEGE, AANWIJZEN of AFVALLEN", requiredMode = Schema.RequiredMode.REQUIRED) String stap,
            @Schema(implementation = Integer.class, description = "De versie van de lead die u verder zet",
                    requiredMode = Schema.RequiredMode.REQUIRED) JsonNode versie,
            @Schema(format = "date", description = "De datum van de stap of het besluit",
                    requiredMode = Schema.RequiredMode.REQUIRED) String datum,
            @Schema(maxLength = 100, description = "Het kenmerk van het besluit (wethouders, college)") String kenmerk,
            @Schema(maxLength = 2000) String toelichting,
            @Schema(description = "AFVALLEN: de code van een reden uit de lijst van de gemeente") String reden,
            @Schema(implementation = Long.class, description = "De tranche van het collegebesluit") JsonNode tranche,
            @Schema(maxLength = 100, description = "HAALBAARHEIDSONDERZOEK_STARTEN: de projectleider (account)")
            String projectleider,
            @Schema(description = "AANWIJZEN: ORANJE (onderzoekslocatie) of GROEN") String kleur,
            @Schema(implementation = Integer.class, description = "AANWIJZEN: plaatsen voor statushouders")
            JsonNode plaatsen,
            @Schema(implementation = Integer.class, description = "AANWIJZEN: alle eenheden of plaatsen")
            JsonNode eenheden,
            @Schema(description = "AANWIJZEN: TIJDELIJK of PERMANENT") String duur,
            @Schema(description = "AANWIJZEN: ZELFSTANDIG of ONZELFSTANDIG") String woonvorm,
            @Schema(format = "date", description = "AANWIJZEN: start van de inhuizing") String startInhuizing,
            @Schema(format = "date", description = "AANWIJZEN (tijdelijk): einde van het gebruik") String eindeGebruik) {

        Stapverzoek alsVerzoek() {
            return new Stapverzoek(stap, getal(versie), datum, kenmerk, toelichting, reden, getal(tranche),
                    projectleider, kleur, getal(plaatsen), getal(eenheden), duur, woonvorm, startInhuizing,
                    eindeGebruik);
        }
    }

    @Schema(name = "LeadAnalyseVerzoek")
    record AnalyseJson(@Schema(description = "POSITIEF, ONDER_VOORWAARDEN of NEGATIEF",
            requiredMode = Schema.RequiredMode.REQUIRED) String uitkomst,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String toelichting) {
    }

    @Schema(name = "HaalbaarheidsonderzoekVerzoek")
    record OnderzoekJson(@Schema(maxLength = 4000, requiredMode = Schema.RequiredMode.REQUIRED) String conclusie) {
    }

    @Schema(name = "InformeertaakAfhandeling")
    record AfhandelingJson(@Schema(format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String datum,
            @Schema(description = "BRIEF, EMAIL, TELEFOON of GESPREK", requiredMode = Schema.RequiredMode.REQUIRED)
            String wijze, @Schema(maxLength = 2000) String toelichting) {
    }

    @Schema(name = "AfvalredenVerzoek")
    record RedenJson(@Schema(example = "GEEN_DRAAGVLAK", requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(maxLength = 200, description = "Verplicht voor een nieuwe reden") String omschrijving,
            @Schema(description = "false trekt de reden in (een gebruikte reden blijft bij haar leads)")
            Boolean actief) {
    }

    @Schema(name = "TrancheVerzoek")
    record TrancheJson(@Schema(example = "Tweede tranche", maxLength = 200,
            requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(format = "date", description = "De datum van het collegebesluit") String besluitdatum,
            @Schema(maxLength = 100) String kenmerk) {
    }

    @GetMapping(path = PAD + "/leads", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeads", summary = "Het register van leads van een gemeente (programmateam, "
            + "bestuur, BEHEERDER), zonder persoonsgegevens; filter op stand en tranche")
    List<Leadoverzicht> register(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(required = false) Long tranche) {
        Leadstatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = Leadstatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                leads.vereisLezen(toegang.huidige(), code);
                throw ApiException.invalid("Onbekende stand.", List.of(new InvalidParam("status", "onbekend")));
            }
        }
        return leads.register(toegang.huidige(), code, s, tranche);
    }

    @PostMapping(path = PAD + "/leads", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadIndienen", summary = "Registreer een lead (het programmateam, "
            + "BEHEERDER)", description = "Een mogelijke locatie met wie haar inbracht: de soort inbrenger, naam en "
            + "contact (persoonsgegevens: elke inzage wordt gelogd, na de bewaartermijn geanonimiseerd). 400 met elk "
            + "ongeldig veld.")
    @ApiResponse(responseCode = "201", description = "Geregistreerd")
    ResponseEntity<Lead> indienen(@PathVariable String code, @RequestBody LeadJson verzoek,
            HttpServletRequest request) {
        Lead l = leads.indienen(leads.vereisWijzigen(toegang.huidige(), code), code, verzoek.alsVerzoek(),
                Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + code + "/leads/" + l.id()))
                .eTag("\"" + l.versie() + "\"").body(l);
    }

    @GetMapping(path = PAD + "/leads/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLead", summary = "Een lead met haar geschiedenis en de stappen die zij nu "
            + "kan zetten", description = "De naam en het contact van de inbrenger alleen voor het programmateam, "
            + "BEHEERDER en de projectleider van de lead; elke inzage wordt gelogd. ETag: de versie.")
    ResponseEntity<Lead> lees(@PathVariable String code, @PathVariable long id) {
        Lead l = leads.lees(toegang.huidige(), code, id, "lead (API)");
        return ResponseEntity.ok().eTag("\"" + l.versie() + "\"").body(l);
    }

    @PostMapping(path = PAD + "/leads/{id}/stappen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadStap", summary = "Zet een lead een stap verder of laat haar afvallen "
            + "(het programmateam, BEHEERDER)", description = "Elke stap met haar voorwaarden: de analyse op alle vier "
            + "de aspecten voor het besluit over een haalbaarheidsonderzoek, de conclusie van het onderzoek voor het "
            + "college, kenmerk, kleur en tranche bij de aanwijzing (die het project aan het aanbod van de gemeente "
            + "toevoegt), een reden uit de lijst en een toelichting bij afvallen. Een besluit of afvallen maakt een "
            + "taak om de inbrenger te informeren. 400 met elk ongeldig veld, 409 als de lead intussen veranderde.")
    ResponseEntity<Lead> stap(@PathVariable String code, @PathVariable long id, @RequestBody StapJson verzoek,
            HttpServletRequest request) {
        Lead l = leads.stap(leads.vereisWijzigen(toegang.huidige(), code), code, id, verzoek.alsVerzoek(),
                Client.van(request));
        return ResponseEntity.ok().eTag("\"" + l.versie() + "\"").body(l);
    }

    @PutMapping(path = PAD + "/leads/{id}/analyse/{aspect}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadAnalyse", summary = "Leg de uitkomst van een aspect van de analyse vast "
            + "(UITGANGSPUNTEN, RUIMTELIJKE_MOGELIJKHEDEN, FINANCIEN, LEEFBAARHEID_EN_VEILIGHEID)")
    Lead analyse(@PathVariable String code, @PathVariable long id, @PathVariable String aspect,
            @RequestBody AnalyseJson verzoek, HttpServletRequest request) {
        return leads.analyseer(leads.vereisWijzigen(toegang.huidige(), code), code, id, aspect, verzoek.uitkomst(),
                verzoek.toelichting(), Client.van(request));
    }

    @PutMapping(path = PAD + "/leads/{id}/haalbaarheidsonderzoek", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanHaalbaarheidsonderzoek", summary = "Leg de conclusie van het "
            + "haalbaarheidsonderzoek vast (de projectleider van de lead, het programmateam, BEHEERDER)")
    Lead onderzoek(@PathVariable String code, @PathVariable long id, @RequestBody OnderzoekJson verzoek,
            HttpServletRequest request) {
        return leads.onderzoek(toegang.huidige(), code, id, verzoek.conclusie(), Client.van(request));
    }

    @GetMapping(path = PAD + "/leads/{id}/verwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLeadVerwerkingen", summary = "Wie de persoonsgegevens van de inbrenger "
            + "inzag (het programmateam, BEHEERDER)")
    List<String> verwerkingen(@PathVariable String code, @PathVariable long id) {
        return leads.verwerkingen(toegang.huidige(), code, id);
    }

    @GetMapping(path = PAD + "/informeertaken", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanInformeertaken", summary = "De taken om inbrengers te informeren over een "
            + "besluit (programmateam, bestuur, BEHEERDER); te laat gemarkeerd")
    List<Informeertaak> taken(@PathVariable String code, @RequestParam(defaultValue = "true") boolean open) {
        return leads.taken(toegang.huidige(), code, open);
    }

    @PostMapping(path = PAD + "/informeertaken/{id}/afhandeling", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanInformeertaakAfhandelen", summary = "Leg vast wanneer en hoe de inbrenger "
            + "is geïnformeerd (het programmateam, BEHEERDER)")
    Informeertaak afhandelen(@PathVariable String code, @PathVariable long id, @RequestBody AfhandelingJson verzoek,
            HttpServletRequest request) {
        return leads.afhandelen(leads.vereisWijzigen(toegang.huidige(), code), code, id, verzoek.datum(),
                verzoek.wijze(), verzoek.toelichting(), Client.van(request));
    }

    @GetMapping(path = PAD + "/afvalredenen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanAfvalredenen", summary = "De redenen om een lead te laten afvallen, zoals "
            + "de gemeente ze bijhoudt")
    List<Afvalreden> redenen(@PathVariable String code) {
        return leads.afvalredenen(toegang.huidige(), code);
    }

    @PostMapping(path = PAD + "/afvalredenen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanAfvalredenWijzigen", summary = "Voeg een reden toe of trek er een in (het "
            + "programmateam, BEHEERDER)")
    List<Afvalreden> reden(@PathVariable String code, @RequestBody RedenJson verzoek, HttpServletRequest request) {
        return leads.reden(leads.vereisWijzigen(toegang.huidige(), code), code, verzoek.code(),
                verzoek.omschrijving(), verzoek.actief() == null || verzoek.actief(), Client.van(request));
    }

    @GetMapping(path = PAD + "/tranches", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanTranches", summary = "De tranches van een gemeente met hun aantallen "
            + "locaties, oranje en groen")
    List<Tranche> tranches(@PathVariable String code) {
        return leads.tranches(toegang.huidige(), code);
    }

    @PostMapping(path = PAD + "/tranches", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanTrancheMaken", summary = "Maak een tranche (het programmateam, BEHEERDER)")
    @ApiResponse(responseCode = "201", description = "Gemaakt")
    ResponseEntity<Tranche> tranche(@PathVariable String code, @RequestBody TrancheJson verzoek,
            HttpServletRequest request) {
        Tranche t = leads.tranche(leads.vereisWijzigen(toegang.huidige(), code), code, verzoek.naam(),
                verzoek.besluitdatum(), verzoek.kenmerk(), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/gemeenten/" + code + "/tranches")).body(t);
    }

    @GetMapping(path = PAD + "/leadtrechter", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanTrechter", summary = "De trechter van de leads op een peildatum (standaard "
            + "vandaag), van één tranche desgewenst", description = "Per stand: bereikt, afgevallen, doorgegaan, nu en "
            + "over (bereikt min afgevallen), en de afgevallen leads per stand en reden; geteld uit de stappen van de "
            + "leads, nooit ingetypt.")
    Leadtrechter trechter(@PathVariable String code,
            @RequestParam(required = false) @Schema(format = "date") String peildatum,
            @RequestParam(required = false) String tranche) {
        return leads.trechter(toegang.huidige(), code, peildatum, tranche);
    }

    @GetMapping(PAD + "/leads.xlsx")
    @Operation(operationId = "doorbraakplanLeadsXlsx", summary = "Het register en de trechter als XLSX (bladen "
            + "Register, Trechter, Afgevallen), zonder persoonsgegevens", responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = Spreadsheet.XLSX,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> xlsx(@PathVariable String code) {
        return Download.bijlage(leads.xlsx(toegang.huidige(), code), Spreadsheet.XLSX, "leads-" + code + ".xlsx");
    }

    static String getal(JsonNode waarde) {
        if (waarde == null || waarde.isNull() || waarde.isMissingNode()) {
            return null;
        }
        if (waarde.isIntegralNumber()) {
            return waarde.bigIntegerValue().toString();
        }
        if (waarde.isString()) {
            return waarde.asString();
        }
        return "x" + waarde;
    }
}
