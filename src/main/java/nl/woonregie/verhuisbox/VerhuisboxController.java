package nl.woonregie.verhuisbox;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
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
 * The Verhuisbox Plus API, scoped like the screens (see {@link VerhuisboxToegang}); errors are problem+json with
 * every invalid field named; a transition whose entry conditions are not met is a 409 naming each unmet condition.
 */
@RestController
@Tag(name = "Verhuisbox", description = "Het traject van een dakloos huishouden van melding tot verhuizing: "
        + "melding, ICP-toets, wachtlijst, intake, zoeken (inschrijvingen, kluis, reacties), aanbod, verhuizing, "
        + "afsluiting. Elke inzage in een casus wordt gelogd (verwerkingenlogging).")
class VerhuisboxController {

    static final String API = "/api/v1/verhuisbox";

    private final VerhuisboxToegang toegang;
    private final Casussen casussen;
    private final Zoeken zoeken;
    private final Clock klok;

    VerhuisboxController(VerhuisboxToegang toegang, Casussen casussen, Zoeken zoeken, Clock klok) {
        this.toegang = toegang;
        this.casussen = casussen;
        this.zoeken = zoeken;
        this.klok = klok;
    }

    // ---------------------------------------------------------------- referrals (aanmelder)

    @PostMapping(API + "/meldingen")
    @Operation(summary = "Meld een huishouden aan (AANMELDER, ICP), met de vastgelegde toestemming van de cliënt")
    ResponseEntity<Casussen.Statusweergave> meld(@RequestBody(required = false) Casussen.Melding m,
            HttpServletRequest request) {
        Gebruiker g = toegang.rol(Rol.AANMELDER, Rol.ICP);
        long id = casussen.meld(m, g, Client.van(request));
        return ResponseEntity.created(URI.create(API + "/meldingen/" + id)).body(casussen.status(id));
    }

    @GetMapping(API + "/meldingen")
    @Operation(summary = "De eigen meldingen met hun status (AANMELDER); niets uit het dossier")
    Map<String, List<Casussen.Statusweergave>> eigenMeldingen() {
        Gebruiker g = toegang.rol(Rol.AANMELDER);
        List<Casussen.Statusweergave> lijst = casussen.eigenMeldingen(g);
        lijst.forEach(s -> toegang.statusLezen(s.id()));
        return Map.of("meldingen", lijst);
    }

    @GetMapping(API + "/meldingen/{id}")
    @Operation(summary = "De status van een melding: de eigen aanmelder, of wie de casus mag zien")
    Casussen.Statusweergave status(@PathVariable long id) {
        toegang.statusLezen(id);
        return casussen.status(id);
    }

    // ---------------------------------------------------------------- cases

    @GetMapping(API + "/casussen")
    @Operation(summary = "De casussen die dit account mag zien (team, rol, toewijzing), eventueel van één status")
    Map<String, List<Casussen.Overzicht>> lijst(@RequestParam(required = false) String status) {
        Gebruiker g = toegang.rol(Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        return Map.of("casussen", casussen.lijst(g, status == null ? null : enumWaarde(Status.class, status,
                "status")));
    }

    @GetMapping(API + "/casussen/{id}")
    @Operation(summary = "Een casus (gelogd als inzage, met doel)")
    Casussen.Casus casus(@PathVariable long id) {
        toegang.lezen(id, "casus");
        return casussen.lees(id);
    }

    @GetMapping(API + "/casussen/{id}/tijdlijn")
    @Operation(summary = "De tijdlijn van een casus: elke wijziging met wie en wanneer")
    Map<String, List<Casussen.Gebeurtenis>> tijdlijn(@PathVariable long id) {
        toegang.lezen(id, "tijdlijn");
        return Map.of("gebeurtenissen", casussen.tijdlijn(id));
    }

    record OvergangVerzoek(String naar, String reden, String uitkomst, String stopreden, String bestemming,
            String bestemmingCode, LocalDate verhuisdatum) {
    }

    @PostMapping(API + "/casussen/{id}/overgangen")
    @Operation(summary = "Statuswijziging met reden: in behandeling nemen (ICP), toelaten tot intake (COORDINATOR), "
            + "naar zoeken (CASEMANAGER), afsluiten of stoppen met reden uit de vaste lijst (CASEMANAGER, COORDINATOR)")
    Casussen.Casus overgang(@PathVariable long id, @RequestBody(required = false) OvergangVerzoek v,
            HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "statuswijziging", Rol.ICP, Rol.COORDINATOR, Rol.CASEMANAGER);
        if (v == null) {
            throw ApiException.invalid("Geef de nieuwe status en de reden.", List.of(new InvalidParam("naar",
                    "verplicht"), new InvalidParam("reden", "verplicht")));
        }
        Status naar = v.naar() == null ? null : enumWaarde(Status.class, v.naar(), "naar");
        if (naar == null) {
            throw ApiException.invalid("Geef de nieuwe status.", List.of(new InvalidParam("naar", "verplicht")));
        }
        Traject.Afsluiting afsluiting = naar == Status.AFGESLOTEN ? new Traject.Afsluiting(
                v.uitkomst() == null ? null : enumWaarde(Uitkomst.class, v.uitkomst(), "uitkomst"),
                v.stopreden() == null ? null : enumWaarde(Stopreden.class, v.stopreden(), "stopreden"),
                v.bestemming(), v.bestemmingCode()) : null;
        magOvergang(g, naar, afsluiting);
        casussen.overgang(id, naar, v.reden(), afsluiting, v.verhuisdatum(), g, Client.van(request));
        return casussen.lees(id);
    }

    record UitkeringVerzoek(Boolean beeindigd, LocalDate op) {
    }

    @PutMapping(API + "/casussen/{id}/uitkering")
    @Operation(summary = "Leg vast of de uitkering in Den Haag na de huisvesting is beëindigd, en per wanneer "
            + "(toegewezen CASEMANAGER of ADMINISTRATIEF; bij of na het afsluiten als verhuisd of gehuisvest)")
    Casussen.Casus uitkering(@PathVariable long id, @RequestBody(required = false) UitkeringVerzoek v,
            HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "uitkering", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
        casussen.uitkering(id, v == null ? null : v.beeindigd(), v == null ? null : v.op(), g, Client.van(request));
        return casussen.lees(id);
    }

    /** Which role takes which step. */
    static void magOvergang(Gebruiker g, Status naar, Traject.Afsluiting afsluiting) {
        boolean stoppen = afsluiting != null && afsluiting.uitkomst() == Uitkomst.GESTOPT;
        boolean mag = switch (naar) {
            case ICP_TOETS -> g.rol() == Rol.ICP || g.rol() == Rol.COORDINATOR;
            case INTAKE -> g.rol() == Rol.COORDINATOR;
            case ZOEKEN -> g.rol() == Rol.CASEMANAGER;
            case AFGESLOTEN -> stoppen ? g.rol() == Rol.CASEMANAGER || g.rol() == Rol.COORDINATOR
                    : g.rol() == Rol.CASEMANAGER;
            // refusal and waiting list follow from the ICP-toets; offers from the offer endpoints
            default -> false;
        };
        if (!mag) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Uw rol (" + g.rol() + ") zet deze stap niet" + (naar == Status.GEWEIGERD
                            || naar == Status.WACHTLIJST ? "; dit volgt uit de ICP-toets" : "") + ".", null);
        }
    }

    // ---------------------------------------------------------------- ICP-toets and criteria

    @GetMapping(API + "/criteria/{jaar}")
    @Operation(summary = "De criteria van een jaar (of van het laatste eerdere jaar met criteria)")
    Map<String, Object> criteria(@PathVariable int jaar) {
        toegang.rol(Rol.ICP, Rol.CASEMANAGER, Rol.COORDINATOR, Rol.AANMELDER, Rol.ADMINISTRATIEF, Rol.CONSULENT);
        int geldig = casussen.criteriaJaar(jaar);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", geldig);
        m.put("criteria", casussen.criteria(geldig));
        return m;
    }

    record CriteriaVerzoek(List<Criterium> criteria) {
    }

    @PutMapping(API + "/criteria/{jaar}")
    @Operation(summary = "Stel de criteria van een jaar vast (COORDINATOR); de vorige set blijft in de audit")
    Map<String, Object> zetCriteria(@PathVariable int jaar, @RequestBody(required = false) CriteriaVerzoek v,
            HttpServletRequest request) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        casussen.zetCriteria(jaar, v == null ? null : v.criteria(), g, Client.van(request));
        return criteria(jaar);
    }

    record ToetsVerzoek(List<Casussen.Toetsregel> criteria) {
    }

    @PostMapping(API + "/casussen/{id}/toets")
    @Operation(summary = "Leg de ICP-toets vast per criterium (ICP); weigering of wachtlijst volgt uit de uitkomsten")
    Casussen.ToetsAntwoord toets(@PathVariable long id, @RequestBody(required = false) ToetsVerzoek v,
            HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "ICP-toets", Rol.ICP);
        return casussen.toets(id, v == null ? null : v.criteria(), g, Client.van(request));
    }

    // ---------------------------------------------------------------- waiting list, capacity, assignment

    record Wachtplaats(int positie, long casus, int kinderen, LocalDate compleetOp, String uitleg,
            int verwachteWeken) {
    }

    @GetMapping(API + "/wachtlijst")
    @Operation(summary = "De wachtlijst per categorie in volgorde, met uitleg per plaats en de capaciteit "
            + "(COORDINATOR, ICP)")
    Map<String, Object> wachtlijst() {
        Gebruiker g = toegang.rol(Rol.COORDINATOR, Rol.ICP);
        int jaar = LocalDate.now(klok).getYear();
        Map<String, Object> m = new LinkedHashMap<>();
        boolean kinderenEerst = casussen.kinderenEerst(g.team());
        m.put("volgorde", (kinderenEerst ? "Huishoudens met kinderen eerst; daarna " : "")
                + "op datum van de complete aanmelding, de vroegste eerst; bij gelijke datum op kenmerk.");
        m.put("kinderenEerst", kinderenEerst);
        for (Categorie c : Categorie.values()) {
            Map<String, Object> cat = new LinkedHashMap<>();
            cat.put("capaciteit", casussen.capaciteit(g.team(), jaar, c));
            cat.put("gestart", casussen.gestart(g.team(), jaar, c));
            cat.put("plaatsen", casussen.wachtlijst(g.team(), c).stream().map(p -> new Wachtplaats(p.positie(),
                    p.wachtende().casus(), p.wachtende().kinderen(), p.wachtende().compleetOp(), p.uitleg(),
                    p.verwachteWeken())).toList());
            m.put(c.name(), cat);
        }
        return m;
    }

    record CapaciteitVerzoek(Integer jaar, String categorie, Integer aantal) {
    }

    @PutMapping(API + "/capaciteit")
    @Operation(summary = "Capaciteit per jaar en categorie (COORDINATOR)")
    Map<String, Object> capaciteit(@RequestBody(required = false) CapaciteitVerzoek v, HttpServletRequest request) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        if (v == null || v.jaar() == null) {
            throw ApiException.invalid("Geef jaar, categorie en aantal.", List.of(new InvalidParam("jaar", "verplicht")));
        }
        Categorie c = v.categorie() == null ? null : enumWaarde(Categorie.class, v.categorie(), "categorie");
        casussen.zetCapaciteit(g.team(), v.jaar(), c, v.aantal(), g, Client.van(request));
        return Map.of("jaar", v.jaar(), "categorie", c, "aantal", v.aantal());
    }

    record VolgordeVerzoek(Boolean kinderenEerst) {
    }

    @PutMapping(API + "/wachtlijst/volgorde")
    @Operation(summary = "Voorrangsregel van de wachtlijst aan of uit (COORDINATOR); voor iedereen gelijk")
    Map<String, Object> volgorde(@RequestBody(required = false) VolgordeVerzoek v, HttpServletRequest request) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        if (v == null || v.kinderenEerst() == null) {
            throw ApiException.invalid("Geef kinderenEerst.", List.of(new InvalidParam("kinderenEerst", "true of false")));
        }
        casussen.zetVolgorde(g.team(), v.kinderenEerst(), g, Client.van(request));
        return wachtlijst();
    }

    record ToewijzingVerzoek(String casemanager, String administratief) {
    }

    @PutMapping(API + "/casussen/{id}/toewijzing")
    @Operation(summary = "Wijs casemanager en/of administratief ondersteuner toe (COORDINATOR)")
    Casussen.Casus toewijzing(@PathVariable long id, @RequestBody(required = false) ToewijzingVerzoek v,
            HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "toewijzing", Rol.COORDINATOR);
        casussen.wijsToe(id, v == null ? null : Casussen.leeg(v.casemanager()),
                v == null ? null : Casussen.leeg(v.administratief()), g, Client.van(request));
        return casussen.lees(id);
    }

    // ---------------------------------------------------------------- intake and checklists

    record IntakeVerzoek(String variant, List<Casussen.Zoekregio> zoekregios) {
    }

    @PutMapping(API + "/casussen/{id}/intake")
    @Operation(summary = "Dienstverlening en zoekregio's (minstens één zeer kansrijk) (CASEMANAGER)")
    Casussen.Casus intake(@PathVariable long id, @RequestBody(required = false) IntakeVerzoek v,
            HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "intake", Rol.CASEMANAGER);
        casussen.intake(id, v == null || v.variant() == null ? null : enumWaarde(Variant.class, v.variant(), "variant"),
                v == null ? null : v.zoekregios(), g, Client.van(request));
        return casussen.lees(id);
    }

    @GetMapping(API + "/casussen/{id}/checklist")
    @Operation(summary = "De checklists van een casus (intake, documenten bij aanbod, verhuizing)")
    Map<String, List<Casussen.Checkitem>> checklist(@PathVariable long id) {
        toegang.lezen(id, "checklist");
        return Map.of("punten", casussen.checklist(id));
    }

    record VinkVerzoek(String stand, String notitie) {
    }

    @PutMapping(API + "/casussen/{id}/checklist/{lijst}/{code}")
    @Operation(summary = "Zet een checklistpunt op OPEN, GEDAAN of NVT (CASEMANAGER, ADMINISTRATIEF, CONSULENT)")
    Map<String, List<Casussen.Checkitem>> vink(@PathVariable long id, @PathVariable String lijst,
            @PathVariable String code, @RequestBody(required = false) VinkVerzoek v, HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "checklist", Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT);
        casussen.vink(id, lijst, code, v == null ? null : v.stand(), v == null ? null : v.notitie(), g,
                Client.van(request));
        return Map.of("punten", casussen.checklist(id));
    }

    // ---------------------------------------------------------------- worklist

    @GetMapping(API + "/werklijst")
    @Operation(summary = "De open taken en deadlines voor mijn rol, van de casussen die ik mag zien")
    Map<String, List<Casussen.Taak>> werklijst() {
        Gebruiker g = toegang.rol(Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        return Map.of("taken", casussen.werklijst(g));
    }

    @PostMapping(API + "/taken/{id}/afronden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rond een taak af (de rol van de taak, op een casus die u mag zien)")
    void rondAf(@PathVariable long id, HttpServletRequest request) {
        long casus = casussen.casusVanTaak(id);
        Gebruiker g = toegang.lezen(casus, "taak afronden");
        casussen.rondAf(id, g, Client.van(request));
    }

    // ---------------------------------------------------------------- searching

    @GetMapping(API + "/websites")
    @Operation(summary = "De woonnetverdeelsystemen (naam, regio, provincies, kosten, verlenging, bijzonderheden)")
    Map<String, List<Zoeken.Website>> websites() {
        toegang.rol(Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        return Map.of("websites", zoeken.websites());
    }

    @GetMapping(API + "/casussen/{id}/inschrijvingen")
    @Operation(summary = "Inschrijvingen van een casus (zonder inloggegevens)")
    Map<String, List<Zoeken.Inschrijving>> inschrijvingen(@PathVariable long id) {
        toegang.lezen(id, "inschrijvingen");
        return Map.of("inschrijvingen", zoeken.inschrijvingen(id));
    }

    @PostMapping(API + "/casussen/{id}/inschrijvingen")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een inschrijving vast (CASEMANAGER, ADMINISTRATIEF); inloggegevens alleen met "
            + "instemming van de cliënt, versleuteld in de kluis")
    Map<String, List<Zoeken.Inschrijving>> schrijfIn(@PathVariable long id,
            @RequestBody(required = false) Zoeken.NieuweInschrijving n, HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "inschrijving", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
        if (n == null) {
            throw ApiException.invalid("Geef de inschrijving.", List.of(new InvalidParam("website", "verplicht")));
        }
        zoeken.schrijfIn(id, n, g, Client.van(request));
        return Map.of("inschrijvingen", zoeken.inschrijvingen(id));
    }

    @PostMapping(API + "/casussen/{id}/inschrijvingen/{inschrijving}/inloggegevens")
    @Operation(summary = "Toon de inloggegevens uit de kluis (alleen toegewezen CASEMANAGER/ADMINISTRATIEF; "
            + "elke inzage in de audit)")
    Zoeken.Inloggegevens onthul(@PathVariable long id, @PathVariable long inschrijving, HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "kluis", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
        return zoeken.onthul(id, inschrijving, g, Client.van(request));
    }

    @GetMapping(API + "/casussen/{id}/reacties")
    @Operation(summary = "Reacties op woningen van een casus")
    Map<String, List<Zoeken.Reactie>> reacties(@PathVariable long id) {
        toegang.lezen(id, "reacties");
        return Map.of("reacties", zoeken.reacties(id));
    }

    @PostMapping(API + "/casussen/{id}/reacties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een reactie vast (ADMINISTRATIEF, CASEMANAGER); loting of goede positie geeft een "
            + "deadline vandaag op de werklijst")
    Map<String, List<Zoeken.Reactie>> reageer(@PathVariable long id,
            @RequestBody(required = false) Zoeken.NieuweReactie r, HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "reactie", Rol.ADMINISTRATIEF, Rol.CASEMANAGER);
        if (r == null) {
            throw ApiException.invalid("Geef de reactie.", List.of(new InvalidParam("woning", "verplicht")));
        }
        zoeken.reageer(id, r, g, Client.van(request));
        return Map.of("reacties", zoeken.reacties(id));
    }

    @GetMapping(API + "/casussen/{id}/aanbiedingen")
    @Operation(summary = "Aanbiedingen van een casus met het besluit")
    Map<String, List<Zoeken.Aanbod>> aanbiedingen(@PathVariable long id) {
        toegang.lezen(id, "aanbiedingen");
        return Map.of("aanbiedingen", zoeken.aanbiedingen(id));
    }

    @PostMapping(API + "/casussen/{id}/aanbiedingen")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een aanbod vast (CASEMANAGER, ADMINISTRATIEF); de casus gaat naar Aanbod")
    Map<String, List<Zoeken.Aanbod>> bied(@PathVariable long id, @RequestBody(required = false) Zoeken.NieuwAanbod a,
            HttpServletRequest request) {
        Gebruiker g = toegang.bewerken(id, "aanbod", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
        if (a == null) {
            throw ApiException.invalid("Geef het aanbod.", List.of(new InvalidParam("adres", "verplicht")));
        }
        zoeken.bied(id, a, g, Client.van(request));
        return Map.of("aanbiedingen", zoeken.aanbiedingen(id));
    }

    @PostMapping(API + "/aanbiedingen/{id}/besluit")
    @Operation(summary = "Besluit over een aanbod (CASEMANAGER): aanvaard, geweigerd door de cliënt (zonder "
            + "gevolgen) of door de corporatie (in het belemmeringenlog)")
    Casussen.Casus besluit(@PathVariable long id, @RequestBody(required = false) Zoeken.Besluit b,
            HttpServletRequest request) {
        long casus = zoeken.casusVanAanbod(id);
        Gebruiker g = toegang.bewerken(casus, "besluit aanbod", Rol.CASEMANAGER);
        if (b == null) {
            throw ApiException.invalid("Geef het besluit.", List.of(new InvalidParam("besluit", "verplicht")));
        }
        zoeken.besluit(id, b, g, Client.van(request));
        return casussen.lees(casus);
    }

    @GetMapping(API + "/belemmeringen")
    @Operation(summary = "Het belemmeringenlog van het team: weigeringen door corporaties met de grond")
    Map<String, List<Zoeken.Belemmering>> belemmeringen() {
        Gebruiker g = toegang.rol(Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.COORDINATOR);
        return Map.of("belemmeringen", zoeken.belemmeringen(g.team()));
    }

    static <E extends Enum<E>> E enumWaarde(Class<E> soort, String waarde, String veld) {
        try {
            return Enum.valueOf(soort, waarde.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            StringBuilder sb = new StringBuilder("een van");
            for (E x : soort.getEnumConstants()) {
                sb.append(' ').append(x.name());
            }
            throw ApiException.invalid("Ongeldige waarde.", List.of(new InvalidParam(veld, sb.toString())));
        }
    }
}
