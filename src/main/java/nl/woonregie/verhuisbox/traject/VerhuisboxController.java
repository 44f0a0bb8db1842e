package nl.woonregie.verhuisbox.traject;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Criterium;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Verhuisbox Plus API of the trajectory, scoped like the screens; it only translates: JSON in, the service call
 * (which authorises and validates, see {@link VerhuisboxToegang}), JSON out. Errors are problem+json with every
 * invalid field named; a transition whose entry conditions are not met is a 409 naming each unmet condition.
 */
@RestController
@Tag(name = "Verhuisbox", description = "Het traject van een dakloos huishouden van melding tot verhuizing: "
        + "melding, ICP-toets, wachtlijst, intake, zoeken (inschrijvingen, kluis, reacties), aanbod, verhuizing, "
        + "afsluiting. Elke inzage in een casus wordt gelogd (verwerkingenlogging).")
class VerhuisboxController {

    static final String API = "/api/v1/verhuisbox";

    private final VerhuisboxToegang toegang;
    private final CasusDienst casussen;
    private final Overgangen overgangen;
    private final Toetsing toetsing;
    private final Wachtlijsten wachtlijsten;
    private final Checklisten checklisten;
    private final Taken taken;
    private final Overdrachten overdrachten;

    VerhuisboxController(VerhuisboxToegang toegang, CasusDienst casussen, Overgangen overgangen, Toetsing toetsing,
            Wachtlijsten wachtlijsten, Checklisten checklisten, Taken taken, Overdrachten overdrachten) {
        this.overdrachten = overdrachten;
        this.toegang = toegang;
        this.casussen = casussen;
        this.overgangen = overgangen;
        this.toetsing = toetsing;
        this.wachtlijsten = wachtlijsten;
        this.checklisten = checklisten;
        this.taken = taken;
    }

    // ---------------------------------------------------------------- referrals (aanmelder)

    @PostMapping(API + "/meldingen")
    @Operation(summary = "Meld een huishouden aan (AANMELDER, ICP), met de vastgelegde toestemming van de cliënt")
    ResponseEntity<CasusDienst.Statusweergave> meld(@RequestBody(required = false) Casussen.Melding m,
            HttpServletRequest request) {
        long id = casussen.meld(m, toegang.huidige(), Client.van(request));
        return ResponseEntity.created(URI.create(API + "/meldingen/" + id)).body(casussen.status(id));
    }

    @GetMapping(API + "/meldingen")
    @Operation(summary = "De eigen meldingen met hun status (AANMELDER); niets uit het dossier")
    Map<String, List<CasusDienst.Statusweergave>> eigenMeldingen() {
        return Map.of("meldingen", casussen.eigenMeldingen(toegang.huidige()));
    }

    @GetMapping(API + "/meldingen/{id}")
    @Operation(summary = "De status van een melding: de eigen aanmelder, of wie de casus mag zien")
    CasusDienst.Statusweergave status(@PathVariable long id) {
        return casussen.status(id, toegang.huidige());
    }

    // ---------------------------------------------------------------- cases

    /** Rows per page of a list when none is asked. */
    static final int PAGINAGROOTTE = 100;

    @GetMapping(API + "/casussen")
    @Operation(summary = "De casussen die dit account mag zien (team, rol, toewijzing), per pagina (standaard 100, "
            + "hoogstens 1000): zoeken op naam of kenmerk (zoek), status, soort open taak (taak), alleen met een "
            + "taak over de deadline (teLaat=true). De getoonde casussen worden gelogd (verwerkingenlogging)")
    Map<String, Object> lijst(@RequestParam(required = false) String zoek,
            @RequestParam(required = false) String status, @RequestParam(required = false) String taak,
            @RequestParam(required = false) String teLaat, @RequestParam(required = false) String pagina,
            @RequestParam(required = false) String paginaGrootte) {
        return pagina("casussen", casussen.lijst(toegang.huidige(), new Lijstvraag(zoek, status, taak, teLaat, pagina,
                paginaGrootte), PAGINAGROOTTE, "casussenlijst (API)"));
    }

    static Map<String, Object> pagina(String naam, Bladzijde<?> b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(naam, b.rijen());
        m.put("pagina", b.pagina());
        m.put("paginaGrootte", b.paginaGrootte());
        m.put("totaalAantal", b.totaal());
        return m;
    }

    @GetMapping(API + "/casussen/{id}")
    @Operation(summary = "Een casus (gelogd als inzage, met doel)")
    Casussen.Casus casus(@PathVariable long id) {
        return casussen.casus(id, toegang.huidige());
    }

    @GetMapping(API + "/casussen/{id}/tijdlijn")
    @Operation(summary = "De tijdlijn van een casus: elke wijziging met wie en wanneer")
    Map<String, List<CasusDienst.Gebeurtenis>> tijdlijn(@PathVariable long id) {
        return Map.of("gebeurtenissen", casussen.tijdlijn(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/overgangen")
    @Operation(summary = "Statuswijziging met reden: in behandeling nemen (ICP), toelaten tot intake (COORDINATOR), "
            + "naar zoeken (CASEMANAGER), afsluiten of stoppen met reden uit de vaste lijst (CASEMANAGER, COORDINATOR)")
    Casussen.Casus overgang(@PathVariable long id, @RequestBody(required = false) Overgangen.OvergangVerzoek v,
            HttpServletRequest request) {
        overgangen.overgang(id, v, toegang.huidige(), Client.van(request));
        return casussen.lees(id);
    }

    @GetMapping(API + "/casussen/{id}/overdrachten")
    @Operation(summary = "De overdrachten aan de ontvangende gemeente van een casus, met de verzendstatus van elke "
            + "e-mail (NIET_VERZONDEN, VERZONDEN, MISLUKT)")
    Map<String, List<Overdrachten.Overdracht>> overdrachten(@PathVariable long id) {
        return Map.of("overdrachten", overdrachten.vanCasus(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/overdrachten")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een warme overdracht aan de ontvangende gemeente vast en verstuur die als e-mail via de "
            + "uitgaande post (toegewezen CASEMANAGER of COORDINATOR; tijdens of na de verhuizing)", description =
            "organisatie (de ontvangende gemeente of organisatie) en contactpersoon (elk hoogstens 200 tekens), email "
            + "(het e-mailadres van de contactpersoon), datum (jjjj-mm-dd, niet in de toekomst, niet vóór de "
            + "aanmelding) en wat (wat is overgedragen, hoogstens 2000 tekens). De e-mail wordt uit een sjabloon "
            + "gemaakt en in dezelfde transactie in de uitgaande post geplaatst; de taak 'Warme overdracht …' wordt "
            + "afgerond. 409 als de casus niet in Verhuizing is of niet is afgesloten als verhuisd (status).")
    Map<String, List<Overdrachten.Overdracht>> overdragen(@PathVariable long id,
            @RequestBody(required = false) Overdrachten.OverdrachtVerzoek v, HttpServletRequest request) {
        overdrachten.leg(id, v, toegang.huidige(), Client.van(request));
        return Map.of("overdrachten", overdrachten.lijst(id));
    }

    @PostMapping(API + "/casussen/{id}/netwerk")
    @Operation(summary = "Leg huisvesting in het eigen netwerk van de cliënt vast (toegewezen CASEMANAGER of "
            + "COORDINATOR; eenmaal, in Intake, Zoeken of Aanbod)", description = "bij (bij wie de cliënt woont, "
            + "hoogstens 200 tekens), datum (jjjj-mm-dd, vanaf wanneer; niet in de toekomst, niet vóór de aanmelding), "
            + "briefadres (true/false) en kostendelersnormUit (true/false: de kostendelersnorm buiten toepassing). "
            + "Daarna kan de casemanager de casus afsluiten met uitkomst GEHUISVEST_NETWERK (POST …/overgangen). 409 "
            + "als de casus niet in Intake, Zoeken of Aanbod is (status) of het al is vastgelegd (netwerk).")
    Casussen.Casus netwerk(@PathVariable long id, @RequestBody(required = false) CasusDienst.NetwerkVerzoek v,
            HttpServletRequest request) {
        casussen.netwerk(id, v, toegang.huidige(), Client.van(request));
        return casussen.lees(id);
    }

    @PostMapping(API + "/casussen/{id}/gezinsgesprek")
    @Operation(summary = "Leg het gezinsgesprek van de CJG-regel vast: met minderjarige kinderen in het huishouden "
            + "leidt de gezinscoach van het CJG en voert een gezinsgesprek vóór het zoeken (toegewezen CASEMANAGER of "
            + "COORDINATOR; eenmaal, tijdens de intake)", description = "datum (jjjj-mm-dd, niet in de toekomst, niet "
            + "vóór de aanmelding) en gezinscoach (de gezinscoach van het CJG die het gesprek voerde, hoogstens 200 "
            + "tekens). Zonder dit gesprek kan een casus met minderjarige kinderen niet van Intake naar Zoeken (409 "
            + "met gezinsgesprek). 409 als het huishouden geen minderjarige kinderen heeft (kinderen), de casus niet "
            + "in Intake is (status) of het gesprek al is vastgelegd (gezinsgesprek). De taak 'Gezinsgesprek …' wordt "
            + "daarmee afgerond.")
    Casussen.Casus gezinsgesprek(@PathVariable long id,
            @RequestBody(required = false) CasusDienst.GezinsgesprekVerzoek v, HttpServletRequest request) {
        casussen.gezinsgesprek(id, v, toegang.huidige(), Client.van(request));
        return casussen.lees(id);
    }

    @PutMapping(API + "/casussen/{id}/uitkering")
    @Operation(summary = "Leg vast of de uitkering in Den Haag na de huisvesting is beëindigd, en per wanneer "
            + "(toegewezen CASEMANAGER of ADMINISTRATIEF; bij of na het afsluiten als verhuisd of gehuisvest)")
    Casussen.Casus uitkering(@PathVariable long id, @RequestBody(required = false) CasusDienst.UitkeringVerzoek v,
            HttpServletRequest request) {
        casussen.uitkering(id, v, toegang.huidige(), Client.van(request));
        return casussen.lees(id);
    }

    // ---------------------------------------------------------------- ICP-toets and criteria

    @GetMapping(API + "/criteria/{jaar}")
    @Operation(summary = "De criteria van een jaar (of van het laatste eerdere jaar met criteria)")
    Map<String, Object> criteria(@PathVariable int jaar) {
        int geldig = toetsing.criteriaJaar(jaar, toegang.huidige());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", geldig);
        m.put("criteria", toetsing.criteria(geldig));
        return m;
    }

    record CriteriaVerzoek(List<Criterium> criteria) {
    }

    @PutMapping(API + "/criteria/{jaar}")
    @Operation(summary = "Stel de criteria van een jaar vast (COORDINATOR); de vorige set blijft in de audit")
    Map<String, Object> zetCriteria(@PathVariable int jaar, @RequestBody(required = false) CriteriaVerzoek v,
            HttpServletRequest request) {
        toetsing.zetCriteria(jaar, v == null ? null : v.criteria(), toegang.huidige(), Client.van(request));
        return criteria(jaar);
    }

    record ToetsVerzoek(List<Casussen.Toetsregel> criteria) {
    }

    @PostMapping(API + "/casussen/{id}/toets")
    @Operation(summary = "Leg de ICP-toets vast per criterium (ICP); weigering of wachtlijst volgt uit de uitkomsten")
    Casussen.ToetsAntwoord toets(@PathVariable long id, @RequestBody(required = false) ToetsVerzoek v,
            HttpServletRequest request) {
        return toetsing.toets(id, v == null ? null : v.criteria(), toegang.huidige(), Client.van(request));
    }

    // ---------------------------------------------------------------- waiting list, capacity, assignment

    record Wachtplaats(int positie, long casus, int kinderen, LocalDate compleetOp, String uitleg,
            int verwachteWeken) {
    }

    @GetMapping(API + "/wachtlijst")
    @Operation(summary = "De wachtlijst per categorie in volgorde, met uitleg per plaats en de capaciteit "
            + "(COORDINATOR, ICP)")
    Map<String, Object> wachtlijst() {
        Gebruiker g = toegang.huidige();
        Map<Categorie, Wachtlijsten.Lijst> lijsten = wachtlijsten.lijsten(g);
        Map<String, Object> m = new LinkedHashMap<>();
        boolean kinderenEerst = wachtlijsten.kinderenEerst(g.team());
        m.put("volgorde", (kinderenEerst ? "Huishoudens met kinderen eerst; daarna " : "")
                + "op datum van de complete aanmelding, de vroegste eerst; bij gelijke datum op kenmerk.");
        m.put("kinderenEerst", kinderenEerst);
        lijsten.forEach((c, l) -> {
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("capaciteit", l.capaciteit());
            cat.put("gestart", l.gestart());
            cat.put("plaatsen", l.plaatsen().stream().map(p -> new Wachtplaats(p.positie(), p.wachtende().casus(),
                    p.wachtende().kinderen(), p.wachtende().compleetOp(), p.uitleg(), p.verwachteWeken())).toList());
            m.put(c.name(), cat);
        });
        return m;
    }

    @PutMapping(API + "/capaciteit")
    @Operation(summary = "Capaciteit per jaar en categorie (COORDINATOR)")
    Map<String, Object> capaciteit(@RequestBody(required = false) Wachtlijsten.CapaciteitVerzoek v,
            HttpServletRequest request) {
        Categorie c = wachtlijsten.zetCapaciteit(v, toegang.huidige(), Client.van(request));
        return Map.of("jaar", v.jaar(), "categorie", c, "aantal", v.aantal());
    }

    @PutMapping(API + "/wachtlijst/volgorde")
    @Operation(summary = "Voorrangsregel van de wachtlijst aan of uit (COORDINATOR); voor iedereen gelijk")
    Map<String, Object> volgorde(@RequestBody(required = false) Wachtlijsten.VolgordeVerzoek v,
            HttpServletRequest request) {
        wachtlijsten.zetVolgorde(v, toegang.huidige(), Client.van(request));
        return wachtlijst();
    }

    @PutMapping(API + "/casussen/{id}/toewijzing")
    @Operation(summary = "Wijs casemanager en/of administratief ondersteuner toe (COORDINATOR)")
    Casussen.Casus toewijzing(@PathVariable long id, @RequestBody(required = false) CasusDienst.ToewijzingVerzoek v,
            HttpServletRequest request) {
        casussen.wijsToe(id, v == null ? null : v.casemanager(), v == null ? null : v.administratief(),
                toegang.huidige(), Client.van(request));
        return casussen.lees(id);
    }

    // ---------------------------------------------------------------- intake and checklists

    @PutMapping(API + "/casussen/{id}/intake")
    @Operation(summary = "Dienstverlening en zoekregio's (minstens één zeer kansrijk) (CASEMANAGER)")
    Casussen.Casus intake(@PathVariable long id, @RequestBody(required = false) CasusDienst.IntakeVerzoek v,
            HttpServletRequest request) {
        casussen.intake(id, v, toegang.huidige(), Client.van(request));
        return casussen.lees(id);
    }

    @GetMapping(API + "/casussen/{id}/checklist")
    @Operation(summary = "De checklists van een casus (intake, documenten bij aanbod, verhuizing)")
    Map<String, List<Checklisten.Checkitem>> checklist(@PathVariable long id) {
        return Map.of("punten", checklisten.checklist(id, toegang.huidige()));
    }

    @PutMapping(API + "/casussen/{id}/checklist/{lijst}/{code}")
    @Operation(summary = "Zet een checklistpunt op OPEN, GEDAAN of NVT (CASEMANAGER, ADMINISTRATIEF, CONSULENT)")
    Map<String, List<Checklisten.Checkitem>> vink(@PathVariable long id, @PathVariable String lijst,
            @PathVariable String code, @RequestBody(required = false) Checklisten.VinkVerzoek v,
            HttpServletRequest request) {
        checklisten.vink(id, lijst, code, v, toegang.huidige(), Client.van(request));
        return Map.of("punten", checklisten.items(id));
    }

    // ---------------------------------------------------------------- worklist

    @GetMapping(API + "/werklijst")
    @Operation(summary = "De open taken en deadlines voor mijn rol, van de casussen die ik mag zien, vroegste "
            + "deadline eerst, per pagina (standaard 100, hoogstens 1000): zoeken op naam of kenmerk (zoek), status "
            + "van de casus, soort taak (taak), alleen te laat (teLaat=true). De getoonde casussen worden gelogd")
    Map<String, Object> werklijst(@RequestParam(required = false) String zoek,
            @RequestParam(required = false) String status, @RequestParam(required = false) String taak,
            @RequestParam(required = false) String teLaat, @RequestParam(required = false) String pagina,
            @RequestParam(required = false) String paginaGrootte) {
        return pagina("taken", taken.werklijst(toegang.huidige(), new Lijstvraag(zoek, status, taak, teLaat, pagina,
                paginaGrootte), PAGINAGROOTTE, "werklijst (API)"));
    }

    @PostMapping(API + "/taken/{id}/afronden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rond een taak af (de rol van de taak, op een casus die u mag zien)")
    void rondAf(@PathVariable long id, HttpServletRequest request) {
        taken.rondAf(id, toegang.huidige(), Client.van(request));
    }
}
