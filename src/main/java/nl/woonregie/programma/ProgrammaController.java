package nl.woonregie.programma;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
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
 * Programmes over the API: the list, one programme (its version as ETag), its computed budget (JSON and XLSX) and the
 * writes of its parts, each naming the version it changes with If-Match. Translates JSON to {@link ProgrammaService},
 * which judges access and input.
 */
@RestController
@Tag(name = ProgrammaController.TAG, description = "Programma's van gemeenten: thema's, doelen, projecten, "
        + "begrotingsregels en indicatoren, met een berekende begroting")
class ProgrammaController {

    static final String TAG = "Programma's";
    private static final String PAD = "/api/v1/programmas";

    private final ProgrammaService programmas;
    private final Toegang toegang;

    ProgrammaController(ProgrammaService programmas, Toegang toegang) {
        this.programmas = programmas;
        this.toegang = toegang;
    }

    @Schema(name = "Programmas")
    record Lijst(List<Samenvatting> programmas) {
    }

    @Schema(name = "ProgrammaSamenvatting")
    record Samenvatting(long id, int versie, String naam, String eigenaar, List<String> partnergemeenten,
            int vanJaar, int totJaar) {
    }

    @Schema(name = "ProgrammaVerzoek", description = "Een nieuw programma: het hele plan en de reden")
    record NieuwVerzoek(@Schema(maxLength = 200) String naam,
            @Schema(description = "De gemeente die eigenaar is", example = "GM0392") String eigenaar,
            @Schema(maxLength = 200) String regio, List<String> partnergemeenten, Integer vanJaar, Integer totJaar,
            @Schema(maxLength = 200) String bronMiddelen, @Schema(maxLength = 200) String besluit,
            BigDecimal vermeldTotaal, @Schema(maxLength = 2000) String restmiddelen,
            List<Programmaplan.Thema> themas, List<Programmaplan.Doel> doelen, List<Programmaplan.Project> projecten,
            List<Programmaplan.Begrotingsregel> regels, List<Programmaplan.Indicator> indicatoren,
            @Schema(maxLength = 2000) String reden,
            @Schema(description = "Een begroting van personen × tarieven (optioneel)")
            Programmaplan.Dekkingsbegroting dekking) {
    }

    @Schema(name = "ProgrammaThemaVerzoek")
    record ThemaVerzoek(@Schema(maxLength = 200, example = "Preventie") String naam,
            @Schema(maxLength = 2000, description = "Waarom u dit wijzigt") String reden) {
    }

    @Schema(name = "ProgrammaDoelVerzoek")
    record DoelVerzoek(@Schema(description = "Het nummer van het thema") Integer thema,
            @Schema(maxLength = 2000) String omschrijving, Programmaplan.Doelsoort soort, LocalDate deadline,
            @Schema(maxLength = 2000) String reden) {
    }

    @Schema(name = "ProgrammaProjectVerzoek")
    record ProjectVerzoek(@Schema(description = "Het nummer van het doel dat het project dient") Integer doel,
            @Schema(maxLength = 200) String naam, Programmaplan.Projectsoort soort,
            Programmaplan.Projectstatus status, @Schema(maxLength = 200) String planning,
            @Schema(maxLength = 200) String eigenaar, List<String> partners,
            @Schema(maxLength = 2000) String verwachtResultaat, @Schema(maxLength = 2000) String reden) {
    }

    @Schema(name = "ProgrammaRegelVerzoek")
    record RegelVerzoek(@Schema(maxLength = 200) String omschrijving,
            @Schema(description = "In euro's; leeg voor n.v.t.", example = "500000.00") BigDecimal bedrag,
            Integer vanJaar, @Schema(description = "Gelijk aan vanJaar voor één jaar") Integer totJaar,
            Programmaplan.Kostensoort kostensoort, @Schema(maxLength = 200) String financieringsbron,
            @Schema(description = "Hoort bij een thema (nummer)") Integer thema,
            @Schema(description = "Hoort bij een doel (nummer)") Integer doel,
            @Schema(description = "Hoort bij één of meer projecten (nummers)") List<Integer> projecten,
            @Schema(maxLength = 2000) String restmiddelen, @Schema(maxLength = 2000) String reden) {
    }

    @Schema(name = "ProgrammaDekkingsregelVerzoek", description = "Een regel van inkomsten of uitgaven: alleen de "
            + "velden van haar berekening")
    record DekkingsregelVerzoek(@Schema(example = "2017") Integer jaar, Programmaplan.Geldstroom stroom,
            @Schema(maxLength = 200, example = "RMBA middelen 2017") String omschrijving,
            Programmaplan.Berekening berekening,
            @Schema(description = "Bij BEDRAG: het bedrag in euro's", example = "107701.00") BigDecimal bedrag,
            @Schema(description = "Bij AANTAL_MAAL_TARIEF: het aantal personen of trajecten", example = "22")
            Integer aantal,
            @Schema(description = "Bij AANTAL_MAAL_TARIEF: het eigen tarief van het plan, of leeg met een tariefsoort")
            BigDecimal tarief,
            @Schema(description = "Bij AANTAL_MAAL_TARIEF: het gedateerde tarief (programma/tarieven.yaml)")
            Programmaplan.Persoonstarief tariefsoort,
            @Schema(description = "Bij DEEL_VAN_REGEL: de regel waarvan dit een deel is") Integer deelVanRegel,
            @Schema(description = "Bij DEEL_VAN_REGEL: de teller, negatief voor een correctie", example = "-2")
            Integer teller,
            @Schema(description = "Bij DEEL_VAN_REGEL: de noemer", example = "12") Integer noemer,
            @Schema(description = "Het bedrag zoals het plan het vermeldt (0 voor '–'); alleen ter vergelijking")
            BigDecimal vermeldBedrag, @Schema(maxLength = 2000) String reden) {
    }

    @Schema(name = "ProgrammaIndicatorVerzoek")
    record IndicatorVerzoek(@Schema(maxLength = 200) String naam, @Schema(maxLength = 200) String eenheid,
            BigDecimal streefwaarde, LocalDate deadline, Integer doel, Integer project,
            @Schema(maxLength = 2000) String reden,
            @Schema(description = "TEN_MINSTE (standaard) of TEN_HOOGSTE de streefwaarde; leeg: blijft zoals het was")
            nl.woonregie.programma.voortgang.Streefrichting richting) {
    }

    @Schema(name = "ProgrammaMetingVerzoek")
    record MetingVerzoek(LocalDate datum, BigDecimal waarde, @Schema(maxLength = 200) String bron,
            @Schema(maxLength = 2000) String toelichting, @Schema(maxLength = 2000) String reden) {
    }

    @Schema(name = "ProgrammaRealisatieVerzoek", description = "Wat in een jaar aan een begrotingsregel is uitgegeven")
    record RealisatieVerzoek(
            @Schema(description = "Het bedrag dat in het jaar (tot en met de maand) is uitgegeven, in euro's",
                    example = "250000.00") BigDecimal bedrag,
            @Schema(description = "Tot en met welke maand van het jaar (1–12); leeg: het hele jaar", example = "9",
                    minimum = "1", maximum = "12") Integer totEnMetMaand,
            @Schema(maxLength = 2000) String reden) {
    }

    @Schema(name = "ProgrammaVerdelingVerzoek", description = "De verdeling van een meerjarige regel over haar jaren "
            + "door de controller; samen het bedrag van de regel. Leeg: geen verdeling (de regel blijft een reeks)")
    record VerdelingVerzoek(List<Uitvoering.Jaarbedrag> jaren, @Schema(maxLength = 2000) String reden) {
    }

    @GetMapping(path = PAD, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmas", summary = "De programma's die u mag lezen, in de volgorde van aanmaken")
    Lijst programmas() {
        return new Lijst(programmas.lijst(toegang.huidige()).stream().map(p -> new Samenvatting(p.id(), p.versie(),
                p.plan().naam(), p.plan().eigenaar(), p.plan().partnergemeenten(), p.plan().vanJaar(),
                p.plan().totJaar())).toList());
    }

    @PostMapping(path = PAD, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaAanmaken", summary = "Maak een programma aan met zijn hele plan (BEHEERDER)",
            description = "Versie 1, met de reden in het auditlog; daarna houden de programmamanager en de controller "
                    + "het bij. 400 met elk ongeldig veld (als pad in het plan, bijvoorbeeld regels[2].bedrag).")
    @ApiResponse(responseCode = "201", description = "Aangemaakt")
    ResponseEntity<Programma> aanmaken(@RequestBody NieuwVerzoek v, HttpServletRequest request) {
        Programma p = programmas.aanmaken(toegang.huidige(), new Programmaplan(v.naam(), v.eigenaar(), v.regio(),
                v.partnergemeenten(), v.vanJaar() == null ? 0 : v.vanJaar(), v.totJaar() == null ? 0 : v.totJaar(),
                v.bronMiddelen(), v.besluit(), v.vermeldTotaal(), v.restmiddelen(), v.themas(), v.doelen(),
                v.projecten(), v.regels(), v.indicatoren(), v.dekking()), v.reden(), Client.van(request));
        return ResponseEntity.created(java.net.URI.create(PAD + "/" + p.id())).eTag(Integer.toString(p.versie()))
                .body(p);
    }

    @GetMapping(path = PAD + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programma", summary = "Een programma in zijn huidige versie (ETag), met alle versies",
            description = "BEHEERDER, de programmamanager en de controller van het programma, GEMEENTE en BESTUUR van "
                    + "de eigenaar en van de partnergemeenten.")
    ResponseEntity<Programma> programma(@PathVariable long id) {
        Programma p = programmas.lees(toegang.huidige(), id);
        return ResponseEntity.ok().eTag(Integer.toString(p.versie())).body(p);
    }

    @GetMapping(path = PAD + "/{id}/begroting", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaBegroting", summary = "De berekende begroting van een programma",
            description = "Totalen per thema, doel, project(en), jaar (alleen regels van één jaar) en "
                    + "financieringsbron, elk met de regels waaruit het bestaat; regels over meerdere jaren als "
                    + "{vanJaar, totJaar, bedrag}, niet verdeeld; de bevindingen. Voor een begroting van personen × "
                    + "tarieven (dekking): de inkomsten en uitgaven per jaar met hun afleiding en het berekende saldo. "
                    + "De realisatie: per regel en totaal begroot, gerealiseerd, resterend, uitputting, de prognose "
                    + "tot het einde en de overheveling van niet uitgegeven geld.")
    BegrotingAntwoord begroting(@PathVariable long id) {
        Programma p = programmas.lees(toegang.huidige(), id);
        return BegrotingAntwoord.van(p.plan(), ProgrammaService.begroting(p.plan()));
    }

    @GetMapping(path = PAD + "/{id}/begroting.xlsx")
    @Operation(operationId = "programmaBegrotingXlsx", summary = "De berekende begroting van een programma als "
            + "spreadsheet")
    @ApiResponse(responseCode = "200", description = "De regels, de totalen per thema, jaar en bron, de bevindingen",
            content = @Content(mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> begrotingXlsx(@PathVariable long id) {
        Programma p = programmas.lees(toegang.huidige(), id);
        return Download.bijlage(BegrotingExport.xlsx(p.plan(), ProgrammaService.begroting(p.plan())),
                Spreadsheet.XLSX, "begroting-programma-" + id + ".xlsx");
    }

    @Schema(name = "ProgrammaGegevensVerzoek", description = "De eigen gegevens van een programma en de reden; de "
            + "eigenaar blijft")
    record GegevensVerzoek(@Schema(maxLength = 200) String naam, @Schema(maxLength = 200) String regio,
            @Schema(description = "De partnergemeenten (alleen BEHEERDER wijzigt ze); weggelaten: ongewijzigd")
            List<String> partnergemeenten, Integer vanJaar, Integer totJaar,
            @Schema(maxLength = 200) String bronMiddelen, @Schema(maxLength = 200) String besluit,
            @Schema(maxLength = 2000) String reden) {
    }

    @PutMapping(path = PAD + "/{id}/gegevens", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaGegevensZetten", summary = "Wijzig de eigen gegevens van een programma (de "
            + "programmamanager, BEHEERDER)", description = "Naam, regio, periode, bron van de middelen en besluit; "
            + "de partnergemeenten alleen BEHEERDER; de eigenaar blijft. If-Match: de versie die u wijzigt; 409 als "
            + "het programma intussen gewijzigd is.")
    ResponseEntity<Programma> gegevens(@PathVariable long id, @RequestBody GegevensVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return antwoord(programmas.zetGegevens(toegang.huidige(), id, ifMatch, new ProgrammaService.Gegevens(v.naam(),
                v.regio(), v.partnergemeenten(), v.vanJaar(), v.totJaar(), v.bronMiddelen(), v.besluit()),
                v.reden(), Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/themas/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaThemaZetten", summary = "Voeg een thema toe of wijzig het (de "
            + "programmamanager, BEHEERDER)", description = "If-Match: de versie die u wijzigt; 409 als het programma "
            + "intussen gewijzigd is.")
    ResponseEntity<Programma> thema(@PathVariable long id, @PathVariable int nummer, @RequestBody ThemaVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return antwoord(programmas.zetThema(toegang.huidige(), id, ifMatch, new Programmaplan.Thema(nummer,
                v.naam()), v.reden(), Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/doelen/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaDoelZetten", summary = "Voeg een doel toe of wijzig het (de programmamanager, "
            + "BEHEERDER)", description = "If-Match: de versie die u wijzigt.")
    ResponseEntity<Programma> doel(@PathVariable long id, @PathVariable int nummer, @RequestBody DoelVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return antwoord(programmas.zetDoel(toegang.huidige(), id, ifMatch, new Programmaplan.Doel(nummer,
                v.thema() == null ? 0 : v.thema(), v.omschrijving(), v.soort(), v.deadline()), v.reden(),
                Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/projecten/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaProjectZetten", summary = "Voeg een project toe of wijzig het (de "
            + "programmamanager, BEHEERDER; de projectleider van het project zijn stand, planning en verwacht "
            + "resultaat)", description = "If-Match: de versie die u wijzigt. De projectleider laat de andere velden "
            + "weg (of stuurt ze ongewijzigd); een gewijzigd ander veld wordt genoemd.")
    ResponseEntity<Programma> project(@PathVariable long id, @PathVariable int nummer, @RequestBody ProjectVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return antwoord(programmas.zetProject(toegang.huidige(), id, ifMatch, new Programmaplan.Project(nummer,
                v.doel() == null ? 0 : v.doel(), v.naam(), v.soort(), v.status(), v.planning(), v.eigenaar(),
                v.partners(), v.verwachtResultaat()), v.reden(), Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/begrotingsregels/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaRegelZetten", summary = "Voeg een begrotingsregel toe of wijzig haar (de "
            + "controller, BEHEERDER)", description = "Een bedrag of n.v.t. (leeg), één jaar of een reeks jaren; bij "
            + "het programma, één thema, één doel of één of meer projecten. If-Match: de versie die u wijzigt.")
    ResponseEntity<Programma> regel(@PathVariable long id, @PathVariable int nummer, @RequestBody RegelVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return antwoord(programmas.zetRegel(toegang.huidige(), id, ifMatch, new Programmaplan.Begrotingsregel(nummer,
                v.omschrijving(), v.bedrag(), v.vanJaar(), v.totJaar(), v.kostensoort(), v.financieringsbron(),
                v.thema(), v.doel(), v.projecten(), v.restmiddelen()), v.reden(), Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/dekkingsregels/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaDekkingsregelZetten", summary = "Voeg een regel van inkomsten of uitgaven "
            + "toe of wijzig haar (de controller, BEHEERDER)", description = "Een begroting van personen × tarieven: "
            + "een gegeven bedrag, een aantal × tarief, de overheveling van het saldo van het vorige jaar (berekend) "
            + "of een deel van een andere regel. If-Match: de versie die u wijzigt; 409 als het programma intussen "
            + "gewijzigd is.")
    ResponseEntity<Programma> dekkingsregel(@PathVariable long id, @PathVariable int nummer,
            @RequestBody DekkingsregelVerzoek v, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return antwoord(programmas.zetDekkingsregel(toegang.huidige(), id, ifMatch, new Programmaplan.Dekkingsregel(
                nummer, v.jaar() == null ? 0 : v.jaar(), v.stroom(), v.omschrijving(), v.berekening(), v.bedrag(),
                v.aantal(), v.tarief(), v.tariefsoort(), v.deelVanRegel(), v.teller(), v.noemer(), v.vermeldBedrag()),
                v.reden(), Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/begrotingsregels/{nummer}/realisaties/{jaar}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaRealisatieZetten", summary = "Leg vast wat in een jaar aan een begrotingsregel "
            + "is uitgegeven (de controller, BEHEERDER)", description = "Vervangt het bedrag van dat jaar. Alleen een "
            + "regel met een bedrag (niet n.v.t.) en een jaar van de regel. If-Match: de versie die u wijzigt; 409 als "
            + "het programma intussen gewijzigd is.")
    ResponseEntity<Programma> realisatie(@PathVariable long id, @PathVariable int nummer, @PathVariable int jaar,
            @RequestBody RealisatieVerzoek v, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return antwoord(programmas.zetRealisatie(toegang.huidige(), id, ifMatch, new Uitvoering.Realisatie(nummer,
                jaar, v.bedrag(), v.totEnMetMaand()), v.reden(), Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/begrotingsregels/{nummer}/verdeling", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaVerdelingZetten", summary = "Verdeel een meerjarige begrotingsregel over haar "
            + "jaren (de controller, BEHEERDER)", description = "De bedragen per jaar tellen op tot het bedrag van de "
            + "regel (anders 400 met het veld jaren); met jaren [] vervalt de verdeling en blijft de regel een reeks "
            + "van jaren. If-Match: de versie die u wijzigt.")
    ResponseEntity<Programma> verdeling(@PathVariable long id, @PathVariable int nummer,
            @RequestBody VerdelingVerzoek v, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return antwoord(programmas.zetVerdeling(toegang.huidige(), id, ifMatch, nummer, v.jaren(), v.reden(),
                Client.van(request)));
    }

    @PutMapping(path = PAD + "/{id}/indicatoren/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaIndicatorZetten", summary = "Voeg een indicator toe of wijzig haar (de "
            + "programmamanager, BEHEERDER); haar metingen blijven", description = "If-Match: de versie die u wijzigt.")
    ResponseEntity<Programma> indicator(@PathVariable long id, @PathVariable int nummer,
            @RequestBody IndicatorVerzoek v, @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return antwoord(programmas.zetIndicator(toegang.huidige(), id, ifMatch, new Programmaplan.Indicator(nummer,
                v.naam(), v.eenheid(), v.streefwaarde(), v.deadline(), v.doel(), v.project(), List.of(),
                v.richting()), v.reden(),
                Client.van(request)));
    }

    @PostMapping(path = PAD + "/{id}/indicatoren/{nummer}/metingen", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaMetingToevoegen", summary = "Voeg een meting toe aan een indicator (de "
            + "programmamanager, BEHEERDER)", description = "If-Match: de versie die u wijzigt.")
    ResponseEntity<Programma> meting(@PathVariable long id, @PathVariable int nummer, @RequestBody MetingVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return antwoord(programmas.voegMetingToe(toegang.huidige(), id, ifMatch, nummer, new Programmaplan.Meting(
                v.datum(), v.waarde(), v.bron(), v.toelichting()), v.reden(), Client.van(request)));
    }

    private static ResponseEntity<Programma> antwoord(Programma p) {
        return ResponseEntity.ok().eTag(Integer.toString(p.versie())).body(p);
    }
}
