package nl.woonregie.verhuisbox.geld;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.Beschikkingen;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verhuisbox money over the API: budgets per pot with their figures, the grant rules of a year, grants per case
 * (proposal, approval or rejection by a consulent, payment, the coordinator's override of an exhausted pot), the
 * beschikking as PDF/A, and XLSX exports. Only translates; the services authorise and validate.
 */
@RestController
@Tag(name = "Verhuisbox geld", description = "Budgetten per team, jaar en pot; de regels per jaar (soort, pot, gift of "
        + "lening, richtbedrag en maximum, grondslag, bezwaar); verstrekkingen per casus met vier ogen (voorstel → "
        + "goedkeuring door een consulent → betaling), beschikking als PDF/A, exports.")
class GeldController {

    static final String API = "/api/v1/verhuisbox";
    static final String PROGNOSE = "Prognose = betaald tot en met vandaag ÷ verstreken dagen van het jaar (vandaag "
            + "meegeteld) × aantal dagen van het jaar; voor een voorbij jaar het betaalde bedrag, voor een komend jaar 0.";

    private final VerhuisboxToegang toegang;
    private final Potten potten;
    private final Verstrekkingen verstrekkingen;
    private final Clock klok;

    GeldController(VerhuisboxToegang toegang, Potten potten, Verstrekkingen verstrekkingen, Clock klok) {
        this.toegang = toegang;
        this.potten = potten;
        this.verstrekkingen = verstrekkingen;
        this.klok = klok;
    }

    // ---------------------------------------------------------------- budgets and rules

    @GetMapping(API + "/budgetten")
    @Operation(summary = "Het budgetoverzicht van het team per pot in een jaar: budget, voorgesteld, toegezegd "
            + "(goedgekeurd, niet betaald), betaald, resterend, prognose tot het jaareinde, waarschuwing en "
            + "overschrijdingen (COORDINATOR, CONSULENT, ADMINISTRATIEF)")
    Map<String, Object> budgetten(@RequestParam(required = false) Integer jaar) {
        List<Potten.Potstand> overzicht = potten.overzicht(toegang.huidige(), jaar);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", Jaren.gevraagd(jaar, klok));
        m.put("prognose", PROGNOSE);
        m.put("potten", overzicht);
        return m;
    }

    @PostMapping(API + "/budgetten")
    @Operation(summary = "Een nieuwe pot voor een jaar (COORDINATOR), geaudit")
    ResponseEntity<Potten.Pot> nieuwePot(@RequestBody(required = false) Potten.NieuwePot n,
            HttpServletRequest request) {
        Potten.Pot p = potten.maakPot(n, toegang.huidige(), Client.van(request));
        return ResponseEntity.created(URI.create(API + "/budgetten/" + p.id())).body(p);
    }

    @PutMapping(API + "/budgetten/{id}")
    @Operation(summary = "Wijzig naam, bedrag, waarschuwingsdrempel (%) of bron van een pot (COORDINATOR), geaudit")
    Potten.Potstand wijzigPot(@PathVariable long id, @RequestBody(required = false) Potten.PotWijziging w,
            HttpServletRequest request) {
        Potten.Pot p = potten.wijzigPot(id, w, toegang.huidige(), Client.van(request));
        return potten.stand(p, LocalDate.now(klok));
    }

    @GetMapping(API + "/regels")
    @Operation(summary = "De regels van een jaar per soort verstrekking: pot, gift of lening buiten en binnen de "
            + "eigen gemeente, richtbedrag, maximum, grondslag, bezwaar")
    Map<String, Object> regels(@RequestParam(required = false) Integer jaar) {
        List<Potten.Regel> regels = potten.regels(toegang.huidige(), jaar);
        return Map.of("jaar", Jaren.gevraagd(jaar, klok), "regels", regels);
    }

    @PutMapping(API + "/regels")
    @Operation(summary = "Stel de regel van een soort in een jaar vast of wijzig haar (COORDINATOR), geaudit")
    Potten.Regel zetRegel(@RequestBody(required = false) Potten.RegelInvoer r, HttpServletRequest request) {
        return potten.zetRegel(r, toegang.huidige(), Client.van(request));
    }

    // ---------------------------------------------------------------- grants

    @GetMapping(API + "/casussen/{id}/verstrekkingen")
    @Operation(summary = "De verstrekkingen van een casus (toegewezen CASEMANAGER/ADMINISTRATIEF, CONSULENT, "
            + "COORDINATOR; gelogd)")
    Map<String, List<Geld.Verstrekking>> vanCasus(@PathVariable long id) {
        return Map.of("verstrekkingen", verstrekkingen.vanCasus(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/verstrekkingen")
    @Operation(summary = "Stel een verstrekking voor (toegewezen CASEMANAGER/ADMINISTRATIEF, COORDINATOR): soort, "
            + "bedrag (euro, 2 decimalen), toelichting (verplicht boven het richtbedrag), waardendriehoek (maatwerk), "
            + "gemeente (alleen zonder aanvaard aanbod). Gift of lening volgt uit de regel en de gemeente")
    ResponseEntity<Geld.Verstrekking> stelVoor(@PathVariable long id, @RequestBody(required = false) Geld.Voorstel v,
            HttpServletRequest request) {
        Geld.Verstrekking n = verstrekkingen.stelVoor(id, v, toegang.huidige(), Client.van(request));
        return ResponseEntity.created(URI.create(API + "/verstrekkingen/" + n.id())).body(n);
    }

    @GetMapping(API + "/verstrekkingen")
    @Operation(summary = "De verstrekkingen van het team in een jaar, eventueel van één pot en status (bijv. "
            + "VOORGESTELD: te beoordelen); casemanager en administratief zien die van hun eigen casussen")
    Map<String, Object> lijst(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String pot,
            @RequestParam(required = false) String status) {
        List<Geld.Verstrekking> lijst = verstrekkingen.lijst(toegang.huidige(), jaar, pot, status);
        return Map.of("jaar", Jaren.gevraagd(jaar, klok), "verstrekkingen", lijst);
    }

    @GetMapping(API + "/verstrekkingen/{id}")
    @Operation(summary = "Eén verstrekking (gelogd)")
    Geld.Verstrekking verstrekking(@PathVariable long id) {
        return verstrekkingen.lees(id, toegang.huidige());
    }

    @PostMapping(API + "/verstrekkingen/{id}/goedkeuring")
    @Operation(summary = "Keur een voorgestelde verstrekking goed (CONSULENT, nooit de voorsteller): kenmerk en "
            + "beschikking; geweigerd (409) als de pot daardoor boven het budget komt zonder overschrijding")
    Geld.Verstrekking keurGoed(@PathVariable long id, HttpServletRequest request) {
        return verstrekkingen.keurGoed(id, toegang.huidige(), Client.van(request));
    }

    record Reden(String reden) {
    }

    @PostMapping(API + "/verstrekkingen/{id}/afwijzing")
    @Operation(summary = "Wijs een voorgestelde verstrekking af met reden (CONSULENT, nooit de voorsteller)")
    Geld.Verstrekking wijsAf(@PathVariable long id, @RequestBody(required = false) Reden r,
            HttpServletRequest request) {
        return verstrekkingen.wijsAf(id, r == null ? null : r.reden(), toegang.huidige(), Client.van(request));
    }

    @PostMapping(API + "/verstrekkingen/{id}/betaling")
    @Operation(summary = "Leg de betaling van een goedgekeurde verstrekking vast (toegewezen ADMINISTRATIEF, "
            + "CONSULENT): betaaldOp (standaard vandaag), referentie")
    Geld.Verstrekking betaal(@PathVariable long id, @RequestBody(required = false) Geld.Betaling b,
            HttpServletRequest request) {
        return verstrekkingen.betaal(id, b, toegang.huidige(), Client.van(request));
    }

    @PostMapping(API + "/verstrekkingen/{id}/overschrijding")
    @Operation(summary = "Sta toe dat deze verstrekking haar pot boven het budget brengt (COORDINATOR), met reden; "
            + "geaudit en zichtbaar in het budgetoverzicht")
    Geld.Verstrekking overschrijding(@PathVariable long id, @RequestBody(required = false) Reden r,
            HttpServletRequest request) {
        return verstrekkingen.staOverschrijdingToe(id, r == null ? null : r.reden(), toegang.huidige(),
                Client.van(request));
    }

    @GetMapping(API + "/verstrekkingen/{id}/beschikking")
    @Operation(summary = "De beschikking als PDF/A-2a: bij elke aanvraag dezelfde bytes (X-Kenmerk, X-Sha256)")
    @ApiResponse(responseCode = "200", description = "De beschikking als PDF/A-2a",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> beschikking(@PathVariable long id) {
        Beschikkingen.Beschikking b = verstrekkingen.beschikking(id, toegang.huidige());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("beschikking-" + b.kenmerk() + ".pdf").build().toString())
                .header("X-Kenmerk", b.kenmerk()).header("X-Sha256", b.sha256()).body(b.pdf());
    }

    // ---------------------------------------------------------------- exports

    @GetMapping(API + "/verstrekkingen.xlsx")
    @Operation(summary = "De verstrekkingen van een jaar (eventueel één pot) als XLSX (COORDINATOR, CONSULENT)")
    @ApiResponse(responseCode = "200", description = "De verstrekkingen als XLSX",
            content = @Content(mediaType = Spreadsheet.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> verstrekkingenXlsx(@RequestParam(required = false) Integer jaar,
            @RequestParam(required = false) String pot, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        List<Geld.Verstrekking> lijst = verstrekkingen.voorExport(g, jaar, pot);
        int j = Jaren.gevraagd(jaar, klok);
        String p = pot == null || pot.isBlank() ? null : pot.strip().toUpperCase(Locale.ROOT);
        List<List<Object>> rijen = new ArrayList<>();
        for (Geld.Verstrekking v : lijst) {
            rijen.add(Arrays.asList(v.kenmerk(), "VHB-" + v.casus(), v.potCode(), v.soort(), v.omschrijving(),
                    v.vorm().name(), new Spreadsheet.Bedrag(v.bedrag()), v.status().name(), v.gemeente(),
                    v.voorgesteldDoor(), v.voorgesteldOp(), v.beoordeeldDoor(), v.beoordeeldOp(), v.betaaldDoor(),
                    v.betaaldOp(), v.overschrijding(), v.woonoppervlakte()));
        }
        byte[] xlsx = Spreadsheet.xlsx("Verstrekkingen " + j, List.of("Kenmerk", "Casus", "Pot", "Soort",
                "Omschrijving", "Vorm", "Bedrag", "Status", "Gemeente", "Voorgesteld door", "Voorgesteld op",
                "Beoordeeld door", "Beoordeeld op", "Betaald door", "Betaald op", "Overschrijding (reden)",
                "Woonoppervlakte (m²)"), rijen);
        potten.exportGelogd(g, Map.of("export", "verstrekkingen", "jaar", j, "pot", p == null ? "alle" : p, "rijen",
                rijen.size()), Client.van(request));
        return xlsx("verstrekkingen-" + j + (p == null ? "" : "-" + p.toLowerCase(Locale.ROOT)) + ".xlsx", xlsx);
    }

    @GetMapping(API + "/budgetten.xlsx")
    @Operation(summary = "Het budgetoverzicht van een jaar als XLSX (COORDINATOR, CONSULENT)")
    @ApiResponse(responseCode = "200", description = "Het budgetoverzicht als XLSX",
            content = @Content(mediaType = Spreadsheet.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> budgettenXlsx(@RequestParam(required = false) Integer jaar, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        List<Potten.Potstand> overzicht = potten.voorExport(g, jaar);
        int j = Jaren.gevraagd(jaar, klok);
        List<List<Object>> rijen = new ArrayList<>();
        for (Potten.Potstand s : overzicht) {
            rijen.add(List.of(s.pot().code(), s.pot().naam(), new Spreadsheet.Bedrag(s.pot().bedrag()),
                    new Spreadsheet.Bedrag(s.voorgesteld()), new Spreadsheet.Bedrag(s.toegezegd()),
                    new Spreadsheet.Bedrag(s.betaald()), new Spreadsheet.Bedrag(s.resterend()),
                    new Spreadsheet.Bedrag(s.prognose()), s.pot().waarschuwingPct(), s.verbruiktPct(),
                    s.waarschuwing() ? "ja" : "nee", s.overschrijdingen().size()));
        }
        byte[] xlsx = Spreadsheet.werkmap().blad("Budget " + j, List.of("Pot", "Naam", "Budget", "Voorgesteld",
                "Toegezegd", "Betaald", "Resterend", "Prognose jaareinde", "Waarschuwing bij %", "Verbruikt %",
                "Waarschuwing", "Overschrijdingen"), rijen).blad("Toelichting", List.of("Definitie"),
                List.of(List.of("Toegezegd = goedgekeurd, nog niet betaald; betaald = status BETAALD; resterend = "
                        + "budget − toegezegd − betaald."), List.of(PROGNOSE))).bytes();
        potten.exportGelogd(g, Map.of("export", "budgetoverzicht", "jaar", j), Client.van(request));
        return xlsx("budget-" + j + ".xlsx", xlsx);
    }

    static ResponseEntity<byte[]> xlsx(String naam, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Spreadsheet.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build()
                        .toString()).body(bytes);
    }
}
