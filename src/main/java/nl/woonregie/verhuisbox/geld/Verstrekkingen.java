package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.verhuisbox.geld.Bedragen.MAX_VERSTREKKING;
import static nl.woonregie.verhuisbox.geld.Bedragen.bedrag;
import static nl.woonregie.verhuisbox.geld.Bedragen.code;
import static nl.woonregie.verhuisbox.geld.Bedragen.conflict;
import static nl.woonregie.verhuisbox.geld.Bedragen.gooi;
import static nl.woonregie.verhuisbox.geld.Bedragen.tekst;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Beschikkingen;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.traject.CasusDienst;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.Rechten;
import nl.woonregie.verhuisbox.traject.Taaksoort;
import nl.woonregie.verhuisbox.traject.Taken;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.geld.internal.VerstrekkingRepository;
import nl.woonregie.verhuisbox.geld.naarrato.NaarRato;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grants (verstrekkingen) per case ({@link Geld}): proposed → approved or rejected by a consulent (four eyes: never
 * by the proposer, also a check constraint) → paid. An approval or payment that would take a pot beyond its budget
 * needs a coordinator's override with a reason. Approved grants get a kenmerk and a beschikking. Every step is
 * authorised for the account, validated, guarded (the grant is claimed in the state the step was decided for, so of
 * two concurrent approvals one wins, and only the winner numbers a kenmerk) and audited.
 */
@Service
public class Verstrekkingen implements Geld {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final VerstrekkingRepository verstrekkingen;
    private final Potten potten;
    private final Bestemmingen bestemmingen;
    private final BeschikkingDienst beschikkingen;
    private final BeschikkingMaken beschikkingMaken;
    private final CasusDienst casussen;
    private final Taken taken;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Verstrekkingen(VerstrekkingRepository verstrekkingen, Potten potten, Bestemmingen bestemmingen,
            BeschikkingDienst beschikkingen, BeschikkingMaken beschikkingMaken, CasusDienst casussen, Taken taken,
            VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.verstrekkingen = verstrekkingen;
        this.potten = potten;
        this.bestemmingen = bestemmingen;
        this.beschikkingen = beschikkingen;
        this.beschikkingMaken = beschikkingMaken;
        this.casussen = casussen;
        this.taken = taken;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    @Override
    public boolean zorgVoorJaar(long team, int jaar) {
        return potten.zorgVoorJaar(team, jaar);
    }

    @Override
    public Map<String, BigDecimal> zorgVoorPotten(long team, int jaar, List<Potbudget> budgetten) {
        return potten.zorgVoorPotten(team, jaar, budgetten);
    }

    // ---------------------------------------------------------------- reading

    @Override
    public Verstrekking lees(long id) {
        Verstrekking v = verstrekkingen.lees(id)
                .orElseThrow(() -> ApiException.notFound("Verstrekking " + id + " bestaat niet."));
        return metNamen(List.of(v)).get(0);
    }

    /** One grant, read by an account that may see the money of its case (logged). */
    public Verstrekking lees(long id, Gebruiker door) {
        toegang.vereis(door, casusVan(id), Handeling.VERSTREKKING);
        return lees(id);
    }

    /**
     * The stored beschikking of a grant, for an account that may see the case's money (logged). Reading never makes
     * one: 409 for a grant that is not approved, and for an approved grant whose letter the background job
     * ({@link BeschikkingMaken} after an approval, {@link Beschikkingen#planOntbrekende} for grants written in bulk)
     * has not made yet.
     */
    public Beschikkingen.Beschikking beschikking(long id, Gebruiker door) {
        toegang.vereis(door, casusVan(id), Handeling.BESCHIKKING);
        Beschikkingen.Beschikking b = beschikkingen.opgeslagen(id);
        if (b != null) {
            return b;
        }
        Verstrekkingstatus status = verstrekkingen.lees(id).orElseThrow().status();
        if (status != Verstrekkingstatus.GOEDGEKEURD && status != Verstrekkingstatus.BETAALD) {
            throw conflict("Geen beschikking", "Alleen een goedgekeurde verstrekking heeft een beschikking; deze is "
                    + status.name().toLowerCase(Locale.ROOT) + ".");
        }
        throw conflict("Beschikking nog niet gemaakt", "De beschikking van deze verstrekking is nog niet gemaakt: "
                + "dat gebeurt op de achtergrond, kort na de goedkeuring (of na het inlezen). Probeer het zo opnieuw.");
    }

    public long casusVan(long verstrekking) {
        return verstrekkingen.casusVan(verstrekking)
                .orElseThrow(() -> ApiException.notFound("Verstrekking " + verstrekking + " bestaat niet."));
    }

    public List<Verstrekking> vanCasus(long casus) {
        return metNamen(verstrekkingen.vanCasus(casus));
    }

    public List<Verstrekking> vanCasus(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.VERSTREKKINGEN);
        return vanCasus(casus);
    }

    /**
     * The grants of the team in a year (optionally of one pot and/or status, by name) that the account may see: the
     * consulent and coordinator all of the team, a casemanager or administratief those of assigned cases. The cases
     * shown are logged as one processing action (verwerkingenlogging).
     */
    public List<Verstrekking> lijst(Gebruiker g, Integer jaar, String pot, String status) {
        List<Verstrekking> lijst = gezocht(g, jaar, pot, status);
        toegang.logLijst(g, lijst.stream().map(Verstrekking::casus).toList(), "verstrekkingenlijst");
        return lijst;
    }

    private List<Verstrekking> gezocht(Gebruiker g, Integer jaar, String pot, String status) {
        toegang.teamrol(g, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        int j = Jaren.gevraagd(jaar, klok);
        String s = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        Verstrekkingstatus st = null;
        for (Verstrekkingstatus x : Verstrekkingstatus.values()) {
            st = x.name().equals(s) ? x : st;
        }
        if (s != null && st == null) {
            throw ApiException.invalid("Ongeldige status.", List.of(new InvalidParam("status",
                    "een van VOORGESTELD GOEDGEKEURD AFGEWEZEN BETAALD")));
        }
        return lijstVan(g, j, pot == null || pot.isBlank() ? null : pot.strip().toUpperCase(Locale.ROOT), st);
    }

    /** What the budget page lists to act on in a year: the proposals to decide and the approved grants to pay. */
    public record TeBehandelen(List<Verstrekking> voorgesteld, List<Verstrekking> goedgekeurd) {
    }

    /**
     * The grants of the team in a year that are proposed or approved and the account may see (as {@link #lijst});
     * the cases shown are logged as one processing action of the budget page.
     */
    public TeBehandelen teBehandelen(Gebruiker g, int jaar) {
        toegang.teamrol(g, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        TeBehandelen t = new TeBehandelen(lijstVan(g, jaar, null, Verstrekkingstatus.VOORGESTELD),
                lijstVan(g, jaar, null, Verstrekkingstatus.GOEDGEKEURD));
        List<Long> getoond = new ArrayList<>(t.voorgesteld().stream().map(Verstrekking::casus).toList());
        t.goedgekeurd().forEach(v -> getoond.add(v.casus()));
        toegang.logLijst(g, getoond, "budgetpagina");
        return t;
    }

    /** The grants of a year for the export (COORDINATOR, CONSULENT); the cases in it are logged as the export. */
    public List<Verstrekking> voorExport(Gebruiker g, Integer jaar, String pot) {
        toegang.teamrol(g, Potten.EXPORT);
        List<Verstrekking> lijst = gezocht(g, jaar, pot, null);
        toegang.logLijst(g, lijst.stream().map(Verstrekking::casus).toList(), "verstrekkingen-export (XLSX)");
        return lijst;
    }

    /**
     * The account's rights on the cases of these grants, per grant (what the budget page offers for each: approve,
     * reject, pay, override); nothing checked, nothing logged.
     */
    public Map<Long, Rechten> rechten(Gebruiker g, List<Verstrekking> lijst) {
        Map<Long, Rechten> perCasus = new HashMap<>();
        Map<Long, Rechten> r = new HashMap<>();
        for (Verstrekking v : lijst) {
            r.put(v.id(), perCasus.computeIfAbsent(v.casus(), c -> toegang.rechten(g, c)));
        }
        return r;
    }

    private List<Verstrekking> lijstVan(Gebruiker g, int jaar, String potCode, Verstrekkingstatus status) {
        boolean team = g.heeft(Rol.CONSULENT, Rol.COORDINATOR);
        return metNamen(verstrekkingen.lijst(g.team(), jaar, potCode, status,
                team ? null : casussen.toegewezenAan(g)));
    }

    /** The grants with the names of their cases (the trajectory's). */
    private List<Verstrekking> metNamen(List<Verstrekking> lijst) {
        Map<Long, String> namen = casussen.namen(lijst.stream().map(Verstrekking::casus).distinct().toList());
        return lijst.stream().map(v -> new Verstrekking(v.id(), v.casus(), namen.get(v.casus()), v.pot(),
                v.potCode(), v.jaar(), v.soort(), v.omschrijving(), v.vorm(), v.bedrag(), v.status(), v.toelichting(),
                v.waardendriehoek(), v.gemeente(), v.eigenGemeente(), v.grondslag(), v.bezwaar(), v.voorgesteldDoor(),
                v.voorgesteldOp(), v.beoordeeldDoor(), v.beoordeeldOp(), v.afwijzingsreden(), v.betaaldDoor(),
                v.betaaldOp(), v.betaalreferentie(), v.kenmerk(), v.beschikking(), v.overschrijding(),
                v.woonoppervlakte())).toList();
    }

    // ---------------------------------------------------------------- proposal

    /**
     * Proposes a grant: the rule of (team, year, soort) decides gift or loan from whether the destination is the
     * team's own municipality, the pot, legal ground and objection clause; these are copied into the grant.
     */
    @Override
    @Transactional
    public Verstrekking stelVoor(long casus, Voorstel v, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.VOORSTELLEN);
        Voorstelcontrole c = controle(casus, v);
        gooi("Het voorstel is niet volledig of niet geldig.", c.fouten());
        long team = c.team();
        int jaar = c.jaar();
        String soort = c.soort();
        BigDecimal bedrag = c.bedrag();
        Potten.Regel regel = c.regel();
        String gemeente = c.gemeente();
        Boolean eigen = gemeente == null ? null : bestemmingen.eigenGemeente(team, gemeente);
        Vorm vorm = Boolean.TRUE.equals(eigen) ? regel.vormEigen() : regel.vormBuiten();
        String potCode = vorm == Vorm.GIFT ? regel.potGift() : regel.potLening();
        String grondslag = vorm == Vorm.GIFT ? regel.grondslagGift() : regel.grondslagLening();
        long pot = potten.potId(team, jaar, potCode).orElseThrow();
        long taak = taken.maak(casus, Taaksoort.GOEDKEURING_VERSTREKKING, "Verstrekking beoordelen: "
                + regel.omschrijving() + " " + Weergave.euro(bedrag), Rol.CONSULENT, LocalDate.now(klok).plusDays(5));
        long id = verstrekkingen.stelVoor(casus, pot, soort, vorm, bedrag, regel.omschrijving(), c.toelichting(),
                c.driehoek(), gemeente, eigen, grondslag, regel.bezwaar(), door.actor(), door.id(),
                OffsetDateTime.now(klok), taak, c.woonoppervlakte());
        Verstrekking nieuw = lees(id);
        gebeurtenissen.publishEvent(new GeldGebeurtenis.Voorgesteld(nieuw, new Actor(door.actor(), client)));
        return nieuw;
    }

    /**
     * The judgment of a proposal without making it (a page's check when a value of its form could not be read): the
     * account may propose for the case (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerVoorstel(long casus, Voorstel v, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.VOORSTELLEN);
        return controle(casus, v).fouten();
    }

    /** A proposal read against the rule of its year: the values, the rule, the destination, and every problem. */
    private record Voorstelcontrole(long team, int jaar, String soort, BigDecimal bedrag, String toelichting, String driehoek,
            Potten.Regel regel, String gemeente, Integer woonoppervlakte, List<InvalidParam> fouten) {
    }

    private Voorstelcontrole controle(long casus, Voorstel v) {
        if (v == null) {
            v = new Voorstel(null, null, null, null, null, null, null);
        }
        long team = casussen.teamVan(casus);
        int jaar = v.jaar() == null ? LocalDate.now(klok).getYear() : v.jaar();
        List<InvalidParam> f = new ArrayList<>();
        String soort = code(v.soort(), "soort", true, f);
        BigDecimal bedrag = bedrag(v.bedrag(), "bedrag", MAX_VERSTREKKING, true, f);
        String toelichting = tekst(v.toelichting(), "toelichting", 2000, false, f);
        String driehoek = tekst(v.waardendriehoek(), "waardendriehoek", 2000, false, f);
        String gemeenteInvoer = tekst(v.gemeente(), "gemeente", 200, false, f);
        Potten.Regel regel = null;
        if (soort != null) {
            regel = potten.regels(team, jaar).stream().filter(r -> r.soort().equals(soort)).findFirst().orElse(null);
            if (regel == null) {
                f.add(new InvalidParam("soort", "geen regel voor " + soort + " in " + jaar + "; kies uit "
                        + String.join(", ", potten.regels(team, jaar).stream().map(Potten.Regel::soort).toList())));
            }
        }
        Bestemmingen.Bestemming best = bestemmingen.van(casus);
        String gemeente = best != null ? best.gemeente() : gemeenteInvoer;
        boolean gemeenteNodig = regel == null || regel.vormBuiten() != regel.vormEigen();
        if (gemeente == null && gemeenteNodig && f.stream().noneMatch(x -> x.name().equals("gemeente"))) {
            f.add(new InvalidParam("gemeente", "verplicht zolang er geen aanvaard aanbod is: de gemeente van de "
                    + "(beoogde) woning"));
        }
        Integer m2 = v.woonoppervlakte();
        if (m2 != null && (m2 < NaarRato.MIN_M2 || m2 > NaarRato.MAX_M2)) {
            f.add(new InvalidParam("woonoppervlakte", "een heel aantal m² van " + NaarRato.MIN_M2 + " tot en met "
                    + NaarRato.MAX_M2));
            m2 = null;
        }
        // without a floor area the guideline holds as for a home up to the limit (an API client that sent none
        // before pro rata existed is judged as before: no breaking change; ADR 0065)
        if (regel != null && bedrag != null) {
            // the guideline of this home: above the rule's limit scaled by m² / limit (L10024, ADR 0065)
            BigDecimal richt = NaarRato.richtbedrag(regel.richtbedrag(), regel.naarRatoBovenM2(), m2);
            if (regel.maximum() != null && bedrag.compareTo(regel.maximum()) > 0) {
                f.add(new InvalidParam("bedrag", "hoogstens " + Weergave.euro(regel.maximum()) + " (maximum voor "
                        + regel.soort() + ")"));
            } else if (richt != null && bedrag.compareTo(richt) > 0 && toelichting == null) {
                f.add(new InvalidParam("toelichting", "verplicht: het bedrag is hoger dan het richtbedrag van "
                        + Weergave.euro(richt) + (richt.compareTo(regel.richtbedrag()) != 0
                                ? " (naar rato van " + m2 + " m²)" : "")));
            }
        }
        if (regel != null && regel.waardendriehoek() && driehoek == null
                && f.stream().noneMatch(x -> x.name().equals("waardendriehoek"))) {
            f.add(new InvalidParam("waardendriehoek", "verplicht: de weging met de waardendriehoek"));
        }
        return new Voorstelcontrole(team, jaar, soort, bedrag, toelichting, driehoek, regel, gemeente, m2, f);
    }

    // ---------------------------------------------------------------- decision

    /** The proposer never decides (four eyes); a decided grant is not decided again. */
    private Verstrekking teBeoordelen(long id, Gebruiker door) {
        Verstrekking v = lees(id);
        if (verstrekkingen.kop(id).voorgesteldDoor() == door.id()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Vier ogen", "U heeft deze verstrekking zelf voorgesteld; "
                    + "een andere consulent beoordeelt haar.", null);
        }
        if (v.status() != Verstrekkingstatus.VOORGESTELD) {
            throw alBeoordeeld(v.status());
        }
        return v;
    }

    private static ApiException alBeoordeeld(Verstrekkingstatus status) {
        return conflict("Al beoordeeld", "De verstrekking is al " + Labels.inZin(status) + ".");
    }

    /** The kinds of grant the task "Bijzondere bijstand eerste huur en inrichting" is about. */
    static final java.util.Set<String> BIJZONDERE_BIJSTAND = java.util.Set.of("EERSTE_HUUR", "INRICHTING");

    /** Has the case an approved (or paid) grant of every kind of {@link #BIJZONDERE_BIJSTAND}? */
    private boolean bijzondereBijstandToegekend(long casus) {
        java.util.Set<String> toegekend = new java.util.HashSet<>();
        for (Verstrekking x : verstrekkingen.vanCasus(casus)) {
            if (x.status() == Verstrekkingstatus.GOEDGEKEURD || x.status() == Verstrekkingstatus.BETAALD) {
                toegekend.add(x.soort());
            }
        }
        return toegekend.containsAll(BIJZONDERE_BIJSTAND);
    }

    /** The grant claimed in {@code van} for this transaction, or the 409 of whoever changed it meanwhile. */
    private void claim(long id, Verstrekkingstatus van, boolean beoordeling) {
        if (!verstrekkingen.claim(id, van)) {
            Verstrekkingstatus nu = verstrekkingen.lees(id).orElseThrow().status();
            throw beoordeling ? alBeoordeeld(nu) : conflict("Niet te betalen", "Alleen een goedgekeurde verstrekking "
                    + "wordt betaald; deze is " + Labels.inZin(nu) + ".");
        }
    }

    /**
     * Approval by a consulent: kenmerk, addressee and date are fixed, and the background job that makes and stores
     * the beschikking is planned in the same transaction ({@link BeschikkingMaken}).
     */
    @Override
    @Transactional
    public Verstrekking keurGoed(long id, Gebruiker door, String client) {
        long casus = casusVan(id);
        toegang.vereis(door, casus, Handeling.GOEDKEUREN);
        Verstrekking v = teBeoordelen(id, door);
        potten.binnenBudget(v.pot(), v.bedrag(), v.overschrijding() != null, "goedkeuring");
        claim(id, Verstrekkingstatus.VOORGESTELD, true);
        Long beoordeling = verstrekkingen.kop(id).taak();
        OffsetDateTime nu = OffsetDateTime.now(klok);
        Bestemmingen.Bestemming best = bestemmingen.van(v.casus());
        String adres = best == null || best.adres() == null ? null : best.adres() + ", " + best.gemeente();
        String kenmerk = "VHB-" + v.jaar() + "-" + String.format("%06d", verstrekkingen.volgendNummer());
        long betaling = taken.maak(v.casus(), Taaksoort.BETALING_VERSTREKKING, "Betaling vastleggen: " + kenmerk + " "
                + v.omschrijving() + " " + Weergave.euro(v.bedrag()), Rol.ADMINISTRATIEF,
                LocalDate.now(klok).plusDays(5));
        if (!verstrekkingen.keurGoed(id, door.actor(), door.id(), nu, kenmerk, casussen.lees(v.casus()).naam(), adres,
                bestemmingen.teamNaam(casussen.teamVan(v.casus())), nu.atZoneSameInstant(NL).toLocalDate(),
                betaling)) {
            throw alBeoordeeld(verstrekkingen.lees(id).orElseThrow().status());
        }
        if (beoordeling != null) {
            taken.rondAf(beoordeling, Taaksoort.GOEDKEURING_VERSTREKKING, door.actor());
        }
        beschikkingMaken.plan(id, kenmerk, door.actor());
        if (BIJZONDERE_BIJSTAND.contains(v.soort()) && bijzondereBijstandToegekend(v.casus())) {
            // first rent and furnishing are both granted, each with its beschikking: the consulent's task is done
            taken.rondAlleAf(v.casus(), Taaksoort.BIJZONDERE_BIJSTAND, door.actor());
        }
        Verstrekking nieuw = lees(id);
        gebeurtenissen.publishEvent(new GeldGebeurtenis.Goedgekeurd(v, nieuw, new Actor(door.actor(), client)));
        return nieuw;
    }

    @Transactional
    public Verstrekking wijsAf(long id, String reden, Gebruiker door, String client) {
        long casus = casusVan(id);
        toegang.vereis(door, casus, Handeling.AFWIJZEN);
        List<InvalidParam> f = new ArrayList<>();
        String r = tekst(reden, "reden", 2000, true, f);
        gooi("Geef de reden van de afwijzing.", f);
        Verstrekking v = teBeoordelen(id, door);
        claim(id, Verstrekkingstatus.VOORGESTELD, true);
        Long beoordeling = verstrekkingen.kop(id).taak();
        if (!verstrekkingen.wijsAf(id, door.actor(), door.id(), OffsetDateTime.now(klok), r)) {
            throw alBeoordeeld(verstrekkingen.lees(id).orElseThrow().status());
        }
        if (beoordeling != null) {
            taken.rondAf(beoordeling, Taaksoort.GOEDKEURING_VERSTREKKING, door.actor());
        }
        Verstrekking nieuw = lees(id);
        gebeurtenissen.publishEvent(new GeldGebeurtenis.Afgewezen(v, nieuw, r, new Actor(door.actor(), client)));
        return nieuw;
    }

    // ---------------------------------------------------------------- payment and override

    /** Registers the payment of an approved grant (ADMINISTRATIEF of the case, CONSULENT); completes its task. */
    @Override
    @Transactional
    public Verstrekking betaal(long id, Betaling b, Gebruiker door, String client) {
        long casus = casusVan(id);
        toegang.vereis(door, casus, Handeling.BETALEN);
        if (b == null) {
            b = new Betaling(null, null);
        }
        List<InvalidParam> f = new ArrayList<>();
        LocalDate op = betaaldOp(b);
        String ref = betalingFouten(b, f);
        gooi("De betaling is niet geldig.", f);
        Verstrekking v = lees(id);
        if (v.status() != Verstrekkingstatus.GOEDGEKEURD) {
            throw conflict("Niet te betalen", "Alleen een goedgekeurde verstrekking wordt betaald; deze is "
                    + Labels.inZin(v.status()) + ".");
        }
        if (buitenJaar(v, op) != null) {
            throw ApiException.invalid("De betaaldatum valt buiten het jaar van de pot.", List.of(buitenJaar(v, op)));
        }
        if (voorVoorstel(v, op) != null) {
            throw ApiException.invalid("De betaaldatum ligt voor het voorstel.", List.of(voorVoorstel(v, op)));
        }
        potten.binnenBudget(v.pot(), BigDecimal.ZERO, v.overschrijding() != null, "betaling");
        claim(id, Verstrekkingstatus.GOEDGEKEURD, false);
        if (!verstrekkingen.betaal(id, door.actor(), op, ref)) {
            throw conflict("Niet te betalen", "De verstrekking is intussen al betaald.");
        }
        // the grant's open task is its payment task (set at the approval): by its id and kind, not by its text
        Long betaling = verstrekkingen.kop(id).taak();
        if (betaling != null) {
            taken.rondAf(betaling, Taaksoort.BETALING_VERSTREKKING, door.actor());
        }
        Verstrekking nieuw = lees(id);
        gebeurtenissen.publishEvent(new GeldGebeurtenis.Betaald(v, nieuw, op, ref, new Actor(door.actor(), client)));
        return nieuw;
    }

    /**
     * The judgment of a payment without recording it (a page's check when a value of its form could not be read):
     * the account may pay this grant (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerBetaling(long id, Betaling b, Gebruiker door) {
        toegang.vereis(door, casusVan(id), Handeling.BETALEN);
        if (b == null) {
            b = new Betaling(null, null);
        }
        List<InvalidParam> f = new ArrayList<>();
        betalingFouten(b, f);
        Verstrekking v = lees(id);
        LocalDate op = betaaldOp(b);
        for (InvalidParam p : new InvalidParam[] {buitenJaar(v, op), voorVoorstel(v, op)}) {
            if (p != null && f.stream().noneMatch(x -> x.name().equals(p.name()))) {
                f.add(p);
            }
        }
        return f;
    }

    private LocalDate betaaldOp(Betaling b) {
        return b.betaaldOp() == null ? LocalDate.now(klok) : b.betaaldOp();
    }

    /** The payment's own fields (date not in the future, reference); returns the reference. */
    private String betalingFouten(Betaling b, List<InvalidParam> f) {
        if (betaaldOp(b).isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("betaaldOp", "niet in de toekomst"));
        }
        return tekst(b.referentie(), "referentie", 100, false, f);
    }

    private static InvalidParam buitenJaar(Verstrekking v, LocalDate op) {
        return op.getYear() != v.jaar() ? new InvalidParam("betaaldOp", "in " + v.jaar() + ", het jaar van de pot")
                : null;
    }

    private static InvalidParam voorVoorstel(Verstrekking v, LocalDate op) {
        return v.voorgesteldOp().atZoneSameInstant(NL).toLocalDate().isAfter(op)
                ? new InvalidParam("betaaldOp", "niet voor de datum van het voorstel") : null;
    }

    /** The coordinator allows this grant to take its pot beyond the budget (approval and payment), with a reason. */
    @Transactional
    public Verstrekking staOverschrijdingToe(long id, String reden, Gebruiker door, String client) {
        long casus = casusVan(id);
        toegang.vereis(door, casus, Handeling.OVERSCHRIJDING);
        List<InvalidParam> f = new ArrayList<>();
        String r = tekst(reden, "reden", 2000, true, f);
        gooi("Geef de reden waarom de pot mag worden overschreden.", f);
        Verstrekking v = lees(id);
        if (v.status() == Verstrekkingstatus.AFGEWEZEN || v.status() == Verstrekkingstatus.BETAALD) {
            throw conflict("Niet nodig", "De verstrekking is al " + Labels.inZin(v.status()) + ".");
        }
        if (v.overschrijding() != null || !verstrekkingen.staToe(id, r, door.actor(), OffsetDateTime.now(klok))) {
            throw conflict("Al toegestaan", "Voor deze verstrekking is de overschrijding al toegestaan.");
        }
        gebeurtenissen.publishEvent(new GeldGebeurtenis.OverschrijdingToegestaan(v, r,
                new Actor(door.actor(), client)));
        return lees(id);
    }
}
