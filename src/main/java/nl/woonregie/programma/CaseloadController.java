package nl.woonregie.programma;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.programma.caseload.Caseloadoverzicht;
import nl.woonregie.programma.caseload.Caseloadregels;
import nl.woonregie.programma.caseload.Inburgeringsroute;
import nl.woonregie.programma.caseload.Jaarcijfer;
import nl.woonregie.programma.caseload.Jaarcijfercontrole;
import nl.woonregie.programma.caseload.Leeftijdsband;
import nl.woonregie.programma.caseload.School;
import nl.woonregie.programma.caseload.Statushouder;
import nl.woonregie.programma.internal.CaseloadOpslag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The integration caseload over the API: the statushouders (personal data, every read logged), one statushouder with
 * its version as ETag and its change with If-Match, the overview without names (JSON and XLSX), the overdue
 * participatieverklaringen, and the taakstelling with the yearly figures before toezicht's records. Translates JSON
 * to {@link Caseload}, which judges access and input.
 */
@RestController
@Tag(name = CaseloadController.TAG, description = "De integratie-caseload van een gemeente: statushouders, "
        + "participatieverklaringen, het overzicht per thema en de taakstelling")
class CaseloadController {

    static final String TAG = "Integratie-caseload";
    private static final String GEMEENTE = "/api/v1/gemeenten/{gemeente}";
    private static final String PERSOON = "/api/v1/statushouders/{id}";

    private final Caseload caseload;
    private final Toegang toegang;

    CaseloadController(Caseload caseload, Toegang toegang) {
        this.caseload = caseload;
        this.toegang = toegang;
    }

    @Schema(name = "Statushouder", description = "Een statushouder in de caseload (persoonsgegevens)")
    record StatushouderAntwoord(long id, int versie, String naam, String huishouden, LocalDate geboortedatum,
            Leeftijdsband leeftijdsband, LocalDate aankomstdatum, boolean amv, Caseloadregels.Amv amvStatus,
            LocalDate participatieverklaring, LocalDate participatieverklaringUiterlijk,
            boolean participatieverklaringTeLaat, Inburgeringsroute inburgeringsroute, String taalniveau,
            boolean spoorOpleiding, boolean spoorWerk, boolean spoorParticipatie, boolean zonderExtraSpoor,
            School school, LocalDate intakeWerkInkomen, boolean noaAssessment, String casemanager,
            LocalDate uitCaseload, String toelichting) {
    }

    @Schema(name = "Statushouders")
    record Lijst(List<StatushouderAntwoord> statushouders) {
    }

    @Schema(name = "CaseloadAantal", description = "Een aantal bij een code of naam")
    record Aantal(String code, String omschrijving, long aantal) {
    }

    @Schema(name = "CaseloadOverzicht", description = "Aantallen zonder namen, op de datum van vandaag")
    record Overzicht(String gemeente, LocalDate datum, long personen, long huishoudens, List<Aantal> perLeeftijdsband,
            List<Aantal> perInburgeringsroute, List<Aantal> perCasemanager, long zonderCasemanager,
            long participatieverklaringGetekend, long participatieverklaringTeLaat, long zonderExtraSpoor,
            long zonderSchool, long amvMinderjarig, long amvMeerderjarig, long intakeWerkInkomen,
            long noaAssessment) {
    }

    @Schema(name = "CaseloadVerwerking", description = "Eén gelogde inzage van de persoonsgegevens")
    record Verwerking(String actie, OffsetDateTime tijdstip, String actor, String rol, String doel,
            String handeling) {
    }

    @Schema(name = "CaseloadVerwerkingen")
    record Verwerkingen(List<Verwerking> verwerkingen) {
    }

    @Schema(name = "CaseloadJaarcijferVerzoek", description = "Een jaarcijfer zoals de bron het noemt")
    record JaarcijferVerzoek(Integer jaar, Jaarcijfer.Grootheid grootheid, Jaarcijfer.Deel deel, Integer waarde,
            @Schema(maxLength = 200, example = "004:L23-31") String bron,
            @Schema(maxLength = 2000) String toelichting) {
    }

    @Schema(name = "CaseloadHalfjaar", description = "Een halfjaar uit de toezichtgegevens")
    record Halfjaar(String periode, String omschrijving, long taakstelling, long additioneleOpgave, Long gehuisvest,
            long achterstand) {
    }

    @Schema(name = "CaseloadJaarcijfer", description = "Een jaarcijfer zoals de bron het noemt")
    record JaarcijferAntwoord(long id, int jaar, Jaarcijfer.Grootheid grootheid, Jaarcijfer.Deel deel, int waarde,
            String bron, String toelichting) {
    }

    @Schema(name = "CaseloadJaartotaal", description = "De som over de jaren; laagste en hoogste waar een jaar meer "
            + "dan één waarde heeft")
    record Totaal(Jaarcijfer.Grootheid grootheid, int vanJaar, int totJaar, long laagste, long hoogste) {
    }

    @Schema(name = "CaseloadBevinding", description = "Een verschil of afleiding in de jaarcijfers, met de ids van "
            + "de cijfers waarover het gaat")
    record Bevinding(Jaarcijfercontrole.Soort soort, int jaar, Jaarcijfer.Grootheid grootheid, String omschrijving,
            List<Long> cijfers) {
    }

    @Schema(name = "CaseloadTaakstelling", description = "De halfjaren uit de toezichtgegevens en de jaarcijfers "
            + "van de jaren ervoor, met hun controle")
    record TaakstellingAntwoord(String gemeente, Integer eersteJaarToezicht, List<Halfjaar> halfjaren,
            List<JaarcijferAntwoord> jaarcijfers, List<Totaal> totalen, List<Bevinding> bevindingen) {
    }

    @GetMapping(path = GEMEENTE + "/statushouders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "statushouders", summary = "De statushouders in de caseload die u mag lezen",
            description = "De casemanager integratie: de aan hem of haar toegewezen statushouders; de "
                    + "programmamanager van een programma van de gemeente en BEHEERDER: allemaal. Elke getoonde "
                    + "persoon wordt gelogd als inzage.")
    Lijst statushouders(@PathVariable String gemeente) {
        Gebruiker g = toegang.huidige();
        return new Lijst(caseload.lijst(g, gemeente, "statushouderslijst (API)").stream().map(this::antwoord)
                .toList());
    }

    @PostMapping(path = GEMEENTE + "/statushouders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "statushouderRegistreren", summary = "Leg een statushouder vast in de caseload",
            description = "400 met elk ongeldig veld. Een casemanager integratie krijgt wie hij of zij vastlegt "
                    + "toegewezen; de programmamanager wijst toe met casemanager.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<StatushouderAntwoord> registreer(@PathVariable String gemeente,
            @RequestBody Statushouderverzoek v, HttpServletRequest request) {
        Statushouder s = caseload.registreer(toegang.huidige(), gemeente, v, Client.van(request));
        return ResponseEntity.created(java.net.URI.create("/api/v1/statushouders/" + s.id()))
                .eTag(Integer.toString(s.versie())).body(antwoord(s));
    }

    @GetMapping(path = PERSOON, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "statushouder", summary = "Eén statushouder met de versie als ETag",
            description = "404 voor wie hem niet mag lezen (de statushouder van een andere casemanager). De "
                    + "inzage wordt gelogd.")
    ResponseEntity<StatushouderAntwoord> statushouder(@PathVariable long id) {
        Statushouder s = caseload.lees(toegang.huidige(), id, "statushouder (API)");
        return ResponseEntity.ok().eTag(Integer.toString(s.versie())).body(antwoord(s));
    }

    @PutMapping(path = PERSOON, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "statushouderWijzigen", summary = "Wijzig een statushouder (geheel)",
            description = "If-Match: de versie die u wijzigt; 409 als hij intussen gewijzigd is. 400 met elk "
                    + "ongeldig veld.")
    ResponseEntity<StatushouderAntwoord> wijzig(@PathVariable long id, @RequestBody Statushouderverzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Statushouder s = caseload.wijzig(toegang.huidige(), id, ifMatch, v, Client.van(request));
        return ResponseEntity.ok().eTag(Integer.toString(s.versie())).body(antwoord(s));
    }

    @GetMapping(path = PERSOON + "/verwerkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "statushouderVerwerkingen", summary = "De gelogde inzagen van een statushouder",
            description = "De programmamanager van de gemeente en BEHEERDER.")
    Verwerkingen verwerkingen(@PathVariable long id) {
        List<Verwerking> l = new ArrayList<>();
        for (CaseloadOpslag.Verwerking v : caseload.verwerkingen(toegang.huidige(), id)) {
            l.add(new Verwerking(v.actie().toString(), v.tijdstip(), v.actor(), v.rol(), v.doel(), v.handeling()));
        }
        return new Verwerkingen(l);
    }

    @GetMapping(path = GEMEENTE + "/participatieverklaringen-te-laat", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "participatieverklaringenTeLaat", summary = "De statushouders van wie de "
            + "participatieverklaring te laat is", description = "Niet getekend binnen een jaar na aankomst, vroegste "
            + "eerst; van de statushouders die u mag lezen. De inzage wordt gelogd.")
    Lijst teLaat(@PathVariable String gemeente) {
        return new Lijst(caseload.teLaat(toegang.huidige(), gemeente, "participatieverklaringen te laat (API)")
                .stream().map(this::antwoord).toList());
    }

    @GetMapping(path = GEMEENTE + "/caseload", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "caseloadOverzicht", summary = "Het overzicht van de caseload per thema, zonder namen",
            description = "De programmamanager van de gemeente en BEHEERDER.")
    Overzicht overzicht(@PathVariable String gemeente) {
        Caseloadoverzicht o = caseload.overzicht(toegang.huidige(), gemeente);
        Map<Long, String> namen = caseload.casemanagers(o);
        List<Aantal> banden = new ArrayList<>();
        o.perLeeftijdsband().forEach((b, n) -> banden.add(new Aantal(b.name(), Caseload.label(b), n)));
        List<Aantal> routes = new ArrayList<>();
        o.perInburgeringsroute().forEach((r, n) -> routes.add(new Aantal(r.name(), Caseload.label(r), n)));
        List<Aantal> cm = new ArrayList<>();
        o.perCasemanager().forEach((id, n) -> cm.add(new Aantal(namen.get(id), namen.get(id), n)));
        return new Overzicht(gemeente, o.dag(), o.personen(), o.huishoudens(), banden, routes, cm,
                o.zonderCasemanager(), o.participatieverklaringGetekend(), o.participatieverklaringTeLaat(),
                o.zonderExtraSpoor(), o.zonderSchool(), o.amvMinderjarig(), o.amvMeerderjarig(),
                o.intakeWerkInkomen(), o.noaAssessment());
    }

    @GetMapping(path = GEMEENTE + "/caseload.xlsx")
    @Operation(operationId = "caseloadOverzichtXlsx", summary = "Het overzicht van de caseload als spreadsheet")
    @ApiResponse(responseCode = "200", description = "Aantallen per thema, leeftijdsband, route en casemanager; "
            + "zonder namen van statushouders", content = @Content(mediaType = Spreadsheet.XLSX,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> overzichtXlsx(@PathVariable String gemeente) {
        return Download.bijlage(caseload.overzichtXlsx(toegang.huidige(), gemeente), Spreadsheet.XLSX,
                "caseload-" + gemeente + ".xlsx");
    }

    @GetMapping(path = GEMEENTE + "/caseload/taakstelling", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "caseloadTaakstelling", summary = "Taakstelling en realisatie van de gemeente",
            description = "De halfjaren uit de toezichtgegevens (taakstelling, gehuisvest, achterstand) en de "
                    + "jaarcijfers van de jaren ervoor zoals hun bron ze noemt, met de berekende totalen en de "
                    + "bevindingen (meerdere waarden voor één jaar, de afleiding uit halfjaren en achterstand).")
    TaakstellingAntwoord taakstelling(@PathVariable String gemeente) {
        return antwoord(caseload.taakstelling(toegang.huidige(), gemeente));
    }

    @PostMapping(path = GEMEENTE + "/caseload/jaarcijfers", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "caseloadJaarcijferToevoegen", summary = "Leg een jaarcijfer vast zoals de bron het "
            + "noemt", description = "Alleen voor een jaar vóór de toezichtgegevens; nooit een verzonnen verdeling "
            + "over halfjaren. Antwoordt met de taakstelling en de controle, zodat een tegenstrijdigheid meteen "
            + "zichtbaar is. De programmamanager en BEHEERDER.")
    @ApiResponse(responseCode = "201", description = "Vastgelegd")
    ResponseEntity<TaakstellingAntwoord> jaarcijfer(@PathVariable String gemeente, @RequestBody JaarcijferVerzoek v,
            HttpServletRequest request) {
        Caseload.Taakstelling t = caseload.voegJaarcijferToe(toegang.huidige(), gemeente, new Jaarcijfer(0,
                v.jaar() == null ? 0 : v.jaar(), v.grootheid(), v.deel(), v.waarde() == null ? -1 : v.waarde(),
                v.bron(), v.toelichting()), Client.van(request));
        return ResponseEntity.created(java.net.URI.create("/api/v1/gemeenten/" + gemeente + "/caseload/taakstelling"))
                .body(antwoord(t));
    }

    private static TaakstellingAntwoord antwoord(Caseload.Taakstelling t) {
        return new TaakstellingAntwoord(t.gemeente(), t.eersteJaarToezicht(), t.halfjaren().stream()
                .map(h -> new Halfjaar(h.periode(), h.omschrijving(), h.taakstelling(), h.additioneleOpgave(),
                        h.gehuisvest(), h.achterstand())).toList(),
                t.jaarcijfers().stream().map(c -> new JaarcijferAntwoord(c.id(), c.jaar(), c.grootheid(), c.deel(),
                        c.waarde(), c.bron(), c.toelichting())).toList(),
                t.controle().totalen().stream().map(x -> new Totaal(x.grootheid(), x.vanJaar(), x.totJaar(),
                        x.laagste(), x.hoogste())).toList(),
                t.controle().bevindingen().stream().map(b -> new Bevinding(b.soort(), b.jaar(), b.grootheid(),
                        b.omschrijving(), b.cijfers())).toList());
    }

    private StatushouderAntwoord antwoord(Statushouder s) {
        LocalDate vandaag = caseload.vandaag();
        return new StatushouderAntwoord(s.id(), s.versie(), s.naam(), s.huishouden(), s.geboortedatum(),
                Leeftijdsband.op(s.geboortedatum(), vandaag), s.aankomstdatum(), s.amv(),
                Caseloadregels.amv(s, vandaag), s.participatieverklaring(),
                Caseloadregels.participatieverklaringUiterlijk(s),
                Caseloadregels.participatieverklaringTeLaat(s, vandaag), s.inburgeringsroute(), s.taalniveau(),
                s.spoorOpleiding(), s.spoorWerk(), s.spoorParticipatie(), Caseloadregels.zonderExtraSpoor(s, vandaag),
                s.school(), s.intakeWerkInkomen(), s.noaAssessment(), caseload.casemanagerNaam(s.casemanager()),
                s.uitCaseload(), s.toelichting());
    }
}
