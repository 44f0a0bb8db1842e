package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Afsluiting;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import nl.woonregie.verhuisbox.traject.internal.Deel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verhuisbox cases ({@link Casussen}, the module's API for others): the referral, reading a case, the lists, the
 * aanmelder's status view, the timeline from the audit trail, assignment, intake and the end of the benefit; the state
 * machine is {@link Overgangen}, the ICP-toets {@link Toetsing}, the checklists {@link Checklisten}. Every method that
 * takes an account authorises it first ({@link VerhuisboxToegang}), then validates (400 naming every invalid field).
 */
@Service
public class CasusDienst implements Casussen {

    private final CasusRepository casussen;
    private final Casusdossier dossier;
    private final Overgangen overgangen;
    private final Toetsing toetsing;
    private final Checklisten checklisten;
    private final Wachtlijsten wachtlijsten;
    private final Taken taken;
    private final VerhuisboxToegang toegang;
    private final Gebruikers gebruikers;
    private final AuditTrail audittrail;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;
    private final Verwijzers verwijzers;
    private final Zoekgebiedkeuze zoekgebieden;

    CasusDienst(CasusRepository casussen, Casusdossier dossier, Overgangen overgangen, Toetsing toetsing,
            Checklisten checklisten, Wachtlijsten wachtlijsten, Taken taken, VerhuisboxToegang toegang,
            Gebruikers gebruikers, AuditTrail audittrail, ApplicationEventPublisher gebeurtenissen, Clock klok,
            Verwijzers verwijzers, Zoekgebiedkeuze zoekgebieden) {
        this.verwijzers = verwijzers;
        this.zoekgebieden = zoekgebieden;
        this.casussen = casussen;
        this.dossier = dossier;
        this.overgangen = overgangen;
        this.toetsing = toetsing;
        this.checklisten = checklisten;
        this.wachtlijsten = wachtlijsten;
        this.taken = taken;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.audittrail = audittrail;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A case in a list: what the list shows, and its open tasks (visible today), how many of them overdue. */
    public record Overzicht(long id, String naam, Status status, String statusLabel, Categorie categorie,
            int kinderen, LocalDate compleetOp, String casemanager, int openTaken, int teLaat) {
    }

    /** What an aanmelder sees of a referral: its state, and nothing of the case file. */
    public record Statusweergave(long id, Status status, String statusLabel, LocalDate sinds, String toelichting,
            Integer wachtlijstPositie, Integer verwachteWachttijdWeken, String weigerbrief) {
    }

    /** One entry of the timeline: when, who, what, and its Dutch description as the audit trail recorded it. */
    public record Gebeurtenis(OffsetDateTime tijdstip, String actor, String actie, String omschrijving) {
    }

    public record ToewijzingVerzoek(String casemanager, String administratief) {
    }

    public record IntakeVerzoek(String variant, List<Zoekregio> zoekregios) {
    }

    public record UitkeringVerzoek(Boolean beeindigd, LocalDate op) {
    }

    /** Housing in the own network: with whom, from which day, briefadres and kostendelersnorm (true/false). */
    public record NetwerkVerzoek(String bij, LocalDate datum, Boolean briefadres, Boolean kostendelersnormUit) {
    }

    /** The family talk of the CJG rule: its day and the CJG gezinscoach who held it. */
    public record GezinsgesprekVerzoek(LocalDate datum, String gezinscoach) {
    }

    // ---------------------------------------------------------------- referral

    @Override
    @Transactional
    public long meld(Melding m, Gebruiker door, String client) {
        return meld(m, LocalDate.now(klok), door, client);
    }

    @Override
    @Transactional
    public long meld(Melding m, LocalDate compleetOp, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.AANMELDER, Rol.ICP);
        if (m == null) {
            throw ApiException.invalid("De melding is leeg.", List.of(new InvalidParam("melding", "verplicht")));
        }
        List<InvalidParam> f = fouten(m, compleetOp, door);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De melding is niet volledig of niet geldig.", f);
        }
        Optional<nl.woonregie.verhuisbox.traject.internal.VerwijzerRepository.Rij> verwijzer = verwijzer(m, door);
        String organisatie = verwijzer.map(v -> v.naam()).orElseGet(() -> m.organisatie().strip());
        LocalDate vandaag = LocalDate.now(klok);
        Categorie categorie = Period.between(m.geboortedatum(), vandaag).getYears() < 27 ? Categorie.JONGERE
                : Categorie.HUISHOUDEN;
        Route route = route(m.route());
        long id = casussen.meld(door.team(), door.id(), m, categorie, compleetOp, route, organisatie,
                verwijzer.map(v -> v.id()).orElse(null));
        casussen.geschiedenis(id, null, Status.MELDING, "Melding gedaan door " + organisatie
                + (route == Route.ALLEEN_GELD ? " (route alleen geld: de cliënt heeft een woning in zicht)" : ""),
                door.actor());
        taken.naOvergang(id, null, Status.MELDING, m.kinderen() != null && m.kinderen() > 0, door.actor(), vandaag);
        gebeurtenissen.publishEvent(new CasusGebeurtenis.Gemeld(id, categorie, organisatie,
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * The judgment of a referral without making it (the page's check when a field could not be read): the account
     * may refer (AANMELDER, ICP), and every invalid field.
     */
    public List<InvalidParam> controleer(Melding m, Gebruiker door) {
        toegang.teamrol(door, Rol.AANMELDER, Rol.ICP);
        return fouten(m, LocalDate.now(klok), door);
    }

    /**
     * The register's entry of a referral: the one the referring account belongs to, else (the ICP referring on
     * behalf of an organisation) the active entry of the team it names, else the active entry whose name was typed
     * (ignoring case); none: the organisation as typed counts (and is on the coordinator's list "niet gekoppeld").
     */
    private Optional<nl.woonregie.verhuisbox.traject.internal.VerwijzerRepository.Rij> verwijzer(Melding m,
            Gebruiker door) {
        var eigen = verwijzers.vanAanmelder(door);
        if (eigen.isPresent()) {
            return eigen;
        }
        return m.verwijzer() != null ? verwijzers.actief(m.verwijzer(), door.team())
                : verwijzers.metNaam(m.organisatie(), door.team());
    }

    /** The route asked: none is REGULIER; else exactly one of the routes' names (null when it is none). */
    static Route route(String route) {
        if (route == null) {
            return Route.REGULIER;
        }
        for (Route r : Route.values()) {
            if (r.name().equals(route.strip().toUpperCase(java.util.Locale.ROOT))) {
                return r;
            }
        }
        return null;
    }

    private List<InvalidParam> fouten(Melding m, LocalDate compleetOp, Gebruiker door) {
        List<InvalidParam> f = new ArrayList<>();
        if (route(m.route()) == null) {
            f.add(new InvalidParam("route", "REGULIER of ALLEEN_GELD"));
        }
        var eigen = verwijzers.vanAanmelder(door);
        if (eigen.isPresent() && m.verwijzer() != null && m.verwijzer() != eigen.get().id()) {
            f.add(new InvalidParam("verwijzer", "uw account hoort bij " + eigen.get().naam()));
        } else if (eigen.isEmpty() && m.verwijzer() != null
                && verwijzers.actief(m.verwijzer(), door.team()).isEmpty()) {
            f.add(new InvalidParam("verwijzer", "geen actieve verwijzer uit het register van uw team"));
        }
        if (eigen.isPresent() || m.verwijzer() != null) {
            hoogstens(f, "organisatie", m.organisatie(), 200);
        } else {
            tekst(f, "organisatie", m.organisatie(), 200);
        }
        meldgegevens(f, m, LocalDate.now(klok));
        tekst(f, "naam", m.naam(), 200);
        tekst(f, "inkomen", m.inkomen(), 200);
        tekst(f, "slaapplek", m.slaapplek(), 200);
        tekst(f, "reden", m.reden(), 2000);
        LocalDate vandaag = LocalDate.now(klok);
        if (m.geboortedatum() == null) {
            f.add(new InvalidParam("geboortedatum", "verplicht"));
        } else if (!m.geboortedatum().isBefore(vandaag.minusYears(16))
                || m.geboortedatum().isBefore(vandaag.minusYears(110))) {
            f.add(new InvalidParam("geboortedatum", "cliënt is 16 tot 110 jaar"));
        }
        if (m.bsn() != null && !m.bsn().isBlank() && !Bsn.geldig(m.bsn().strip())) {
            f.add(new InvalidParam("bsn", "geen geldig BSN (9 cijfers, elfproef)"));
        }
        if (m.email() != null && !m.email().isBlank() && !m.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            f.add(new InvalidParam("email", "geen geldig e-mailadres"));
        }
        // the optional texts, as long as their columns allow
        hoogstens(f, "telefoon", m.telefoon(), 50);
        hoogstens(f, "email", m.email(), 200);
        hoogstens(f, "urgentie", m.urgentie(), 2000);
        elementen(f, "voorkeursregios", m.voorkeursregios(), 200);
        elementen(f, "documenten", m.documenten(), 200);
        if (m.volwassenen() == null || m.volwassenen() < 1 || m.volwassenen() > 10) {
            f.add(new InvalidParam("volwassenen", "1 tot en met 10"));
        }
        if (m.kinderen() == null || m.kinderen() < 0 || m.kinderen() > 20) {
            f.add(new InvalidParam("kinderen", "0 tot en met 20"));
        }
        if (m.voorkeursregios() == null || m.voorkeursregios().isEmpty()) {
            f.add(new InvalidParam("voorkeursregios", "minstens één regio"));
        }
        if (m.toestemmingOp() == null) {
            f.add(new InvalidParam("toestemmingOp", "de datum waarop de cliënt toestemming gaf is verplicht"));
        } else if (m.toestemmingOp().isAfter(vandaag)) {
            f.add(new InvalidParam("toestemmingOp", "niet in de toekomst"));
        }
        if (compleetOp == null || compleetOp.isAfter(vandaag)) {
            f.add(new InvalidParam("compleetOp", "niet in de toekomst"));
        }
        return f;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Casus lees(long id) {
        return dossier.lees(id);
    }

    /** The case, read by an account that may (logged with its purpose). */
    public Casus casus(long id, Gebruiker door) {
        toegang.vereis(door, id, Handeling.CASUS);
        return lees(id);
    }

    /**
     * One page of the cases of the team this account may read that match the search (name or case number, state,
     * an open task of a kind, an overdue task), by case number. The cases shown are logged as one processing action
     * ({@code handeling}, verwerkingenlogging). {@code standaardGrootte}: the page size when none is asked.
     */
    public Bladzijde<Overzicht> lijst(Gebruiker g, Lijstvraag vraag, int standaardGrootte, String handeling) {
        toegang.teamrol(g, Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        Lijstvraag.Gelezen v = (vraag == null ? Lijstvraag.leeg() : vraag).lees(standaardGrootte);
        Deel<CasusRepository.Overzichtrij> deel = casussen.zoek(VerhuisboxToegang.leesbereik(g), v,
                LocalDate.now(klok));
        Map<Long, String> namen = gebruikers.namen(deel.rijen().stream().map(r -> r.scope().casemanager())
                .filter(Objects::nonNull).distinct().toList());
        List<Overzicht> rijen = deel.rijen().stream().map(r -> new Overzicht(r.scope().id(), r.naam(),
                r.scope().status(), r.scope().status().label(), r.categorie(), r.kinderen(), r.compleetOp(),
                r.scope().casemanager() == null ? null : namen.get(r.scope().casemanager()), r.openTaken(),
                r.teLaat())).toList();
        toegang.logLijst(g, rijen.stream().map(Overzicht::id).toList(), handeling);
        return new Bladzijde<>(rijen, deel.pagina(), v.paginaGrootte(), deel.totaal());
    }

    /** The own referrals of an aanmelder, status only; each read is logged. */
    public List<Statusweergave> eigenMeldingen(Gebruiker aanmelder) {
        toegang.teamrol(aanmelder, Rol.AANMELDER);
        List<Statusweergave> lijst = casussen.vanAanmelder(aanmelder.id(), aanmelder.team()).stream()
                .map(this::status).toList();
        lijst.forEach(s -> toegang.vereis(aanmelder, s.id(), Handeling.STATUS));
        return lijst;
    }

    /** The status of a referral: its own aanmelder, or whoever may read the case (logged). */
    public Statusweergave status(long id, Gebruiker door) {
        toegang.vereis(door, id, Handeling.STATUS);
        return status(id);
    }

    public Statusweergave status(long id) {
        Casus c = lees(id);
        LocalDate sinds = casussen.laatsteWijziging(id).atZoneSameInstant(klok.getZone()).toLocalDate();
        Integer positie = null;
        Integer weken = null;
        String toelichting = switch (c.status()) {
            case MELDING -> "De melding is ontvangen en wacht op de ICP-toets.";
            case ICP_TOETS -> "Het ICP toetst de melding aan de criteria.";
            case GEWEIGERD -> "De melding voldoet niet aan de criteria; zie de brief.";
            case WACHTLIJST -> "De cliënt staat op de wachtlijst voor een intake.";
            case ALLEEN_GELD -> "Alleen geld: de cliënt heeft een woning in zicht; de casemanager legt de woning vast "
                    + "en regelt het geld (geen wachtlijst).";
            case INTAKE -> "De casemanager heeft de intake gepland of gedaan.";
            case ZOEKEN -> "De cliënt is ingeschreven en er wordt gereageerd op woningen.";
            case AANBOD -> "Er is een woning aangeboden.";
            case VERHUIZING -> "De verhuizing wordt geregeld.";
            case AFGESLOTEN -> "Het traject is afgesloten.";
        };
        if (c.status() == Status.WACHTLIJST) {
            for (Wachtlijst.Plaats p : wachtlijsten.wachtlijst(teamVan(id), c.categorie())) {
                if (p.wachtende().casus() == id) {
                    positie = p.positie();
                    weken = p.verwachteWeken();
                }
            }
        }
        return new Statusweergave(id, c.status(), c.status().label(), sinds, toelichting, positie, weken,
                c.status() == Status.GEWEIGERD ? c.weigerbrief() : null);
    }

    /** The timeline: every change recorded for the case in the audit trail, oldest first, with its description. */
    public List<Gebeurtenis> tijdlijn(long id, Gebruiker door) {
        toegang.vereis(door, id, Handeling.TIJDLIJN);
        return tijdlijn(id);
    }

    List<Gebeurtenis> tijdlijn(long id) {
        return audittrail.vanObject("vhb_casus", String.valueOf(id)).stream()
                .map(g -> new Gebeurtenis(g.tijdstip(), g.actor(), g.actie(), g.omschrijving())).toList();
    }

    public long teamVan(long id) {
        return toegang.scope(id).team();
    }

    /** The names of cases (for lists of other parts that show them). */
    public Map<Long, String> namen(Collection<Long> ids) {
        return casussen.namen(ids);
    }

    /** The cases of the account's team assigned to this casemanager or administratief. */
    public List<Long> toegewezenAan(Gebruiker g) {
        return casussen.toegewezenAan(g.team(), g.id());
    }

    /** The not anonymised cases of a team (of one casemanager, when given): id, name and casemanager's name. */
    public record Gevolgd(long casus, String naam, String casemanager) {
    }

    public List<Gevolgd> gevolgd(long team, Long casemanager) {
        List<CasusRepository.Volgrij> rijen = casussen.gevolgd(team, casemanager);
        Map<Long, String> namen = gebruikers.namen(rijen.stream().map(CasusRepository.Volgrij::casemanager)
                .filter(Objects::nonNull).distinct().toList());
        return rijen.stream().map(r -> new Gevolgd(r.casus(), r.naam(),
                r.casemanager() == null ? null : namen.get(r.casemanager()))).toList();
    }

    /** Has the case been anonymised (after its retention term)? */
    public boolean geanonimiseerd(long id) {
        return casussen.geanonimiseerd(id);
    }

    // ---------------------------------------------------------------- state machine, toets, checklists

    @Override
    public void overgang(long id, Status naar, String reden, Afsluiting afsluiting, Gebruiker door, String client) {
        overgangen.overgang(id, naar, reden, afsluiting, null, door, client);
    }

    @Override
    public ToetsAntwoord toets(long id, List<Toetsregel> regels, Gebruiker door, String client) {
        return toetsing.toets(id, regels, door, client);
    }

    @Override
    @Transactional
    public void vink(long id, String lijst, String code, String stand, String notitie, Gebruiker door,
            String client) {
        checklisten.vink(id, lijst, code, new Checklisten.VinkVerzoek(stand, notitie), door, client);
    }

    @Override
    public List<String> checklistcodes(String lijst) {
        List<Checklists.Item> items = switch (lijst) {
            case "INTAKE" -> Checklists.INTAKE;
            case "AANBOD" -> Checklists.AANBOD;
            case "VERHUIZING" -> Checklists.VERHUIZING;
            default -> List.of();
        };
        return items.stream().map(Checklists.Item::code).toList();
    }

    @Override
    public List<Criterium> criteria(int jaar) {
        return toetsing.criteria(jaar);
    }

    @Override
    public int criteriaJaar(int jaar) {
        return toetsing.criteriaJaar(jaar);
    }

    // ---------------------------------------------------------------- assignment and intake

    @Override
    @Transactional
    public void wijsToe(long id, String casemanager, String administratief, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.TOEWIJZING);
        String cmNaam = Invoer.leeg(casemanager);
        String admNaam = Invoer.leeg(administratief);
        long team = teamVan(id);
        List<InvalidParam> f = new ArrayList<>();
        Long cm = cmNaam == null ? null : account(cmNaam, Rol.CASEMANAGER, team, "casemanager", f);
        Long adm = admNaam == null ? null : account(admNaam, Rol.ADMINISTRATIEF, team, "administratief", f);
        if (cmNaam == null && admNaam == null) {
            f.add(new InvalidParam("casemanager", "noem een casemanager en/of administratief ondersteuner"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De toewijzing is niet geldig.", f);
        }
        if (cm != null) {
            casussen.zetCasemanager(id, cm);
            // the self-finder's "Casemanager toewijzen" is done
            taken.rondAlleAf(id, Taaksoort.TOEWIJZEN, door.actor());
        }
        if (adm != null) {
            casussen.zetAdministratief(id, adm);
        }
        gebeurtenissen.publishEvent(new CasusGebeurtenis.Toegewezen(id, cmNaam, admNaam,
                new Actor(door.actor(), client)));
    }

    private Long account(String naam, Rol rol, long team, String veld, List<InvalidParam> f) {
        Long id = gebruikers.idVan(naam, rol, team).orElse(null);
        if (id == null) {
            f.add(new InvalidParam(veld, "geen actief " + rol + "-account van dit team"));
        }
        return id;
    }

    /** The intake as asked (API body or page form): the variant by name. */
    @Transactional
    public void intake(long id, IntakeVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.INTAKE);
        registreerIntake(id, v == null || v.variant() == null ? null
                : Invoer.enumWaarde(Variant.class, v.variant(), "variant"), v == null ? null : v.zoekregios(), door,
                client);
    }

    @Override
    @Transactional
    public void intake(long id, Variant variant, List<Zoekregio> regios, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.INTAKE);
        registreerIntake(id, variant, regios, door, client);
    }

    private void registreerIntake(long id, Variant variant, List<Zoekregio> regios, Gebruiker door, String client) {
        List<InvalidParam> f = new ArrayList<>();
        if (variant == null) {
            f.add(new InvalidParam("variant", "INTENSIEF, LICHT of ADVIES"));
        }
        if (regios != null && regios.stream().anyMatch(r -> r != null && r.gebied() != null)) {
            regios = uitRegister(id, regios, f);
        }
        if (regios == null || regios.isEmpty()) {
            f.add(new InvalidParam("zoekregios", "minstens één zoekregio"));
        } else {
            for (int i = 0; i < regios.size(); i++) {
                if (regios.get(i) == null) {
                    f.add(new InvalidParam("zoekregios[" + i + "]", "verplicht"));
                } else if (regios.get(i).gebied() != null) {
                    continue; // an area of the register: its name and zeer kansrijk are the register's
                } else if (regios.get(i).regio() == null || regios.get(i).regio().isBlank()) {
                    f.add(new InvalidParam("zoekregios[" + i + "].regio", "verplicht"));
                } else {
                    hoogstens(f, "zoekregios[" + i + "].regio", regios.get(i).regio(), 200);
                }
            }
            if (regios.stream().filter(java.util.Objects::nonNull).noneMatch(Zoekregio::kansrijk)) {
                f.add(new InvalidParam("zoekregios", "minstens één zeer kansrijke regio"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De intake is niet geldig.", f);
        }
        casussen.zetIntake(id, variant, regios);
        gebeurtenissen.publishEvent(new CasusGebeurtenis.IntakeVastgelegd(id, variant, regios,
                new Actor(door.actor(), client)));
    }

    /**
     * The search regions with every area of the register ({@code gebied}) replaced by the register's name and its zeer
     * kansrijk (its level, ADR 0061; a tick sent with it does not count); an id the case's team has not is an error at
     * {@code zoekregios[i].gebied}.
     */
    private List<Zoekregio> uitRegister(long id, List<Zoekregio> regios, List<InvalidParam> f) {
        long team = casussen.scope(id).orElseThrow().team();
        List<Zoekregio> uit = new ArrayList<>();
        for (int i = 0; i < regios.size(); i++) {
            Zoekregio r = regios.get(i);
            if (r == null || r.gebied() == null) {
                uit.add(r);
                continue;
            }
            java.util.Optional<Zoekgebiedkeuze.Gekozen> g = zoekgebieden.gebied(team, r.gebied());
            if (g.isEmpty()) {
                f.add(new InvalidParam("zoekregios[" + i + "].gebied", "geen zoekgebied uit het register van het team"));
                uit.add(new Zoekregio(r.regio(), false, r.gebied()));
            } else {
                uit.add(new Zoekregio(g.get().naam(), g.get().zeerKansrijk(), g.get().id()));
            }
        }
        return uit;
    }

    // ---------------------------------------------------------------- housing in the own network

    /**
     * Records housing in the client's own network (issue 20 §1; 002:L85–L87): with whom, from which day, whether a
     * briefadres is used and whether the kostendelersnorm is switched off. The assigned CASEMANAGER or the
     * COORDINATOR, once, while the case is in Intake, Zoeken or Aanbod (409 otherwise); closing with the outcome
     * GEHUISVEST_NETWERK needs it.
     */
    @Transactional
    public void netwerk(long id, NetwerkVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.NETWERK);
        Casus c = lees(id);
        ApiException staat = netwerkStaat(c);
        if (staat != null) {
            throw staat;
        }
        List<InvalidParam> f = netwerkFouten(c, v);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De huisvesting in het eigen netwerk is niet volledig of niet geldig.", f);
        }
        String bij = v.bij().strip();
        if (!casussen.zetNetwerk(id, v.datum(), bij, v.briefadres(), v.kostendelersnormUit(), door.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Netwerk niet vastgelegd",
                    "De casus is intussen gewijzigd; bekijk de casus opnieuw.",
                    List.of(new InvalidParam("netwerk", "al vastgelegd of de casus is niet meer in Intake, Zoeken of "
                            + "Aanbod")));
        }
        gebeurtenissen.publishEvent(new CasusGebeurtenis.NetwerkVastgelegd(id, v.datum(), bij, v.briefadres(),
                v.kostendelersnormUit(), new Actor(door.actor(), client)));
    }

    /**
     * The judgment of the housing in the own network without recording it (a page's check when a field of its form
     * could not be read): the account may record it (403 otherwise), the case's state, and every invalid field.
     */
    public List<InvalidParam> controleerNetwerk(long id, NetwerkVerzoek v, Gebruiker door) {
        toegang.vereis(door, id, Handeling.NETWERK);
        Casus c = lees(id);
        ApiException staat = netwerkStaat(c);
        return staat != null ? staat.invalidParams() : netwerkFouten(c, v);
    }

    private static ApiException netwerkStaat(Casus c) {
        if (c.netwerk() != null) {
            return new ApiException(HttpStatus.CONFLICT, "Netwerk al vastgelegd",
                    "De huisvesting in het eigen netwerk is al vastgelegd (bij " + c.netwerk().bij() + ").",
                    List.of(new InvalidParam("netwerk", "al vastgelegd")));
        }
        if (c.status() != Status.INTAKE && c.status() != Status.ZOEKEN && c.status() != Status.AANBOD) {
            return new ApiException(HttpStatus.CONFLICT, "Niet in het traject",
                    "Huisvesting in het eigen netwerk wordt vastgelegd vanaf de intake tot een aanvaard aanbod.",
                    List.of(new InvalidParam("status", "moet INTAKE, ZOEKEN of AANBOD zijn")));
        }
        return null;
    }

    private List<InvalidParam> netwerkFouten(Casus c, NetwerkVerzoek v) {
        List<InvalidParam> f = new ArrayList<>();
        String bij = v == null ? null : v.bij();
        LocalDate datum = v == null ? null : v.datum();
        if (bij == null || bij.isBlank()) {
            f.add(new InvalidParam("bij", "bij wie de cliënt woont (familie, vrienden) is verplicht"));
        } else {
            hoogstens(f, "bij", bij.strip(), 200);
        }
        if (datum == null) {
            f.add(new InvalidParam("datum", "de dag vanaf wanneer is verplicht"));
        } else if (datum.isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("datum", "niet in de toekomst"));
        } else if (datum.isBefore(c.compleetOp())) {
            f.add(new InvalidParam("datum", "niet vóór de aanmelding (" + c.compleetOp() + ")"));
        }
        if (v == null || v.briefadres() == null) {
            f.add(new InvalidParam("briefadres", "true of false"));
        }
        if (v == null || v.kostendelersnormUit() == null) {
            f.add(new InvalidParam("kostendelersnormUit", "true of false"));
        }
        return f;
    }

    // ---------------------------------------------------------------- the CJG rule

    /**
     * Records the family talk of the CJG rule (issue 20 §1): with minor children in the household the CJG
     * gezinscoach leads and holds a family talk before the search; the assigned CASEMANAGER or the COORDINATOR
     * records its day and the gezinscoach, once, while the case is in Intake (409 otherwise, or when it was recorded
     * meanwhile). The task "Gezinsgesprek …" closes itself.
     */
    @Transactional
    public void gezinsgesprek(long id, GezinsgesprekVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.GEZINSGESPREK);
        Casus c = lees(id);
        ApiException staat = gezinsgesprekStaat(c);
        if (staat != null) {
            throw staat;
        }
        List<InvalidParam> f = gezinsgesprekFouten(c, v);
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het gezinsgesprek is niet volledig of niet geldig.", f);
        }
        String coach = v.gezinscoach().strip();
        if (!casussen.zetGezinsgesprek(id, v.datum(), coach, door.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Gezinsgesprek niet vastgelegd",
                    "De casus is intussen gewijzigd; bekijk de casus opnieuw.",
                    List.of(new InvalidParam("gezinsgesprek", "al vastgelegd of de casus is niet meer in Intake")));
        }
        taken.rondAlleAf(id, Taaksoort.GEZINSGESPREK, door.actor());
        gebeurtenissen.publishEvent(new CasusGebeurtenis.GezinsgesprekVastgelegd(id, v.datum(), coach,
                new Actor(door.actor(), client)));
    }

    @Override
    @Transactional
    public void gezinsgesprek(long id, LocalDate datum, String gezinscoach, Gebruiker door, String client) {
        gezinsgesprek(id, new GezinsgesprekVerzoek(datum, gezinscoach), door, client);
    }

    /**
     * The judgment of the family talk without recording it (a page's check when a field of its form could not be
     * read): the account may record it (403 otherwise), the case's state, and every invalid field.
     */
    public List<InvalidParam> controleerGezinsgesprek(long id, GezinsgesprekVerzoek v, Gebruiker door) {
        toegang.vereis(door, id, Handeling.GEZINSGESPREK);
        Casus c = lees(id);
        ApiException staat = gezinsgesprekStaat(c);
        return staat != null ? staat.invalidParams() : gezinsgesprekFouten(c, v);
    }

    private static ApiException gezinsgesprekStaat(Casus c) {
        if (!c.gezinsgesprekNodig()) {
            return new ApiException(HttpStatus.CONFLICT, "Geen gezinsgesprek nodig",
                    "Een gezinsgesprek met de gezinscoach van het CJG hoort bij een huishouden met minderjarige "
                            + "kinderen.", List.of(new InvalidParam("kinderen", "het huishouden heeft geen "
                                    + "minderjarige kinderen")));
        }
        if (c.gezinsgesprek() != null) {
            return new ApiException(HttpStatus.CONFLICT, "Gezinsgesprek al vastgelegd",
                    "Het gezinsgesprek is al vastgelegd (" + nl.woonregie.platform.web.Weergave.dag(
                            c.gezinsgesprek().datum()) + ", " + c.gezinsgesprek().gezinscoach() + ").",
                    List.of(new InvalidParam("gezinsgesprek", "al vastgelegd")));
        }
        if (c.status() != Status.INTAKE) {
            return new ApiException(HttpStatus.CONFLICT, "Geen intake",
                    "Het gezinsgesprek wordt vastgelegd tijdens de intake, vóór het zoeken.",
                    List.of(new InvalidParam("status", "moet INTAKE zijn")));
        }
        return null;
    }

    private List<InvalidParam> gezinsgesprekFouten(Casus c, GezinsgesprekVerzoek v) {
        List<InvalidParam> f = new ArrayList<>();
        LocalDate datum = v == null ? null : v.datum();
        String coach = v == null ? null : v.gezinscoach();
        if (datum == null) {
            f.add(new InvalidParam("datum", "de dag van het gezinsgesprek is verplicht"));
        } else if (datum.isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("datum", "niet in de toekomst"));
        } else if (datum.isBefore(c.compleetOp())) {
            f.add(new InvalidParam("datum", "niet vóór de aanmelding (" + c.compleetOp() + ")"));
        }
        if (coach == null || coach.isBlank()) {
            f.add(new InvalidParam("gezinscoach", "de gezinscoach van het CJG die het gesprek voerde is verplicht"));
        } else {
            hoogstens(f, "gezinscoach", coach.strip(), 200);
        }
        return f;
    }

    // ---------------------------------------------------------------- the benefit after housing

    /**
     * Records whether the Den Haag benefit ended after the housing, and from which day: at or after closing as
     * VERHUISD or GEHUISVEST_DEN_HAAG (the assigned CASEMANAGER or ADMINISTRATIEF).
     */
    @Transactional
    public void uitkering(long id, UitkeringVerzoek v, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.UITKERING);
        Boolean beeindigd = v == null ? null : v.beeindigd();
        LocalDate op = v == null ? null : v.op();
        Casus c = lees(id);
        if (c.status() != Status.AFGESLOTEN || c.gehuisvestOp() == null) {
            throw nietGehuisvest();
        }
        List<InvalidParam> f = uitkeringFouten(c, beeindigd, op);
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het einde van de uitkering is niet geldig.", f);
        }
        casussen.zetUitkering(id, beeindigd, beeindigd ? op : null);
        gebeurtenissen.publishEvent(new CasusGebeurtenis.UitkeringVastgelegd(id, c.uitkeringBeeindigd(),
                c.uitkeringBeeindigdOp(), beeindigd, op, new Actor(door.actor(), client)));
    }

    /**
     * The judgment of the end of the benefit without recording it (a page's check when a field of its form could not
     * be read): the account may record it (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerUitkering(long id, UitkeringVerzoek v, Gebruiker door) {
        toegang.vereis(door, id, Handeling.UITKERING);
        Casus c = lees(id);
        if (c.status() != Status.AFGESLOTEN || c.gehuisvestOp() == null) {
            return nietGehuisvest().invalidParams();
        }
        return uitkeringFouten(c, v == null ? null : v.beeindigd(), v == null ? null : v.op());
    }

    private static ApiException nietGehuisvest() {
        return new ApiException(HttpStatus.CONFLICT, "Niet gehuisvest",
                "Het einde van de uitkering wordt vastgelegd bij of na het afsluiten als verhuisd of gehuisvest.",
                List.of(new InvalidParam("status", "moet AFGESLOTEN zijn met uitkomst VERHUISD of "
                        + "GEHUISVEST_DEN_HAAG")));
    }

    private List<InvalidParam> uitkeringFouten(Casus c, Boolean beeindigd, LocalDate op) {
        List<InvalidParam> f = new ArrayList<>();
        if (beeindigd == null) {
            f.add(new InvalidParam("beeindigd", "true of false"));
        } else if (beeindigd) {
            if (op == null) {
                f.add(new InvalidParam("op", "de datum waarop de uitkering eindigde is verplicht"));
            } else if (op.isAfter(LocalDate.now(klok))) {
                f.add(new InvalidParam("op", "niet in de toekomst"));
            } else if (op.isBefore(c.compleetOp())) {
                f.add(new InvalidParam("op", "niet vóór de aanmelding (" + c.compleetOp() + ")"));
            }
        } else if (op != null) {
            f.add(new InvalidParam("op", "alleen als de uitkering beëindigd is"));
        }
        return f;
    }

    // ---------------------------------------------------------------- helpers

    private static void hoogstens(List<InvalidParam> f, String veld, String waarde, int max) {
        if (waarde != null && waarde.length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
        }
    }

    /** Every element of an optional list present and at most {@code max} characters. */
    private static void elementen(List<InvalidParam> f, String veld, List<String> waarden, int max) {
        for (int i = 0; waarden != null && i < waarden.size(); i++) {
            if (waarden.get(i) == null) {
                f.add(new InvalidParam(veld + "[" + i + "]", "verplicht"));
            } else {
                hoogstens(f, veld + "[" + i + "]", waarden.get(i), max);
            }
        }
    }

    /** The structured data of a referral (all optional): homeless since, sleeping place, income, shelter. */
    private static void meldgegevens(List<InvalidParam> f, Melding m, LocalDate vandaag) {
        if (m.dakloosSinds() != null && (m.dakloosSinds() < 1950 || m.dakloosSinds() > vandaag.getYear())) {
            f.add(new InvalidParam("dakloosSinds", "een jaartal van 1950 tot en met " + vandaag.getYear()));
        }
        if (!keuze(Slaapplaats.class, m.soortSlaapplaats())) {
            f.add(new InvalidParam("soortSlaapplaats", "een van " + codes(Slaapplaats.class)));
        }
        if (!keuze(Historie.Inkomen.class, m.soortInkomen())) {
            f.add(new InvalidParam("soortInkomen", "een van " + codes(Historie.Inkomen.class)));
        }
        hoogstens(f, "opvang", m.opvang(), 200);
    }

    /** Empty, or exactly one of the constants (ignoring case and surrounding spaces). */
    private static <E extends Enum<E>> boolean keuze(Class<E> soort, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return true;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equals(waarde.strip().toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static <E extends Enum<E>> String codes(Class<E> soort) {
        return java.util.Arrays.stream(soort.getEnumConstants()).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void tekst(List<InvalidParam> f, String veld, String waarde, int max) {
        if (waarde == null || waarde.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht"));
        } else if (waarde.length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
        }
    }
}
