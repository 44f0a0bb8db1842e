package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.verhuisbox.geld.Bedragen.MAX_POT;
import static nl.woonregie.verhuisbox.geld.Bedragen.MAX_VERSTREKKING;
import static nl.woonregie.verhuisbox.geld.Bedragen.bedrag;
import static nl.woonregie.verhuisbox.geld.Bedragen.code;
import static nl.woonregie.verhuisbox.geld.Bedragen.conflict;
import static nl.woonregie.verhuisbox.geld.Bedragen.gooi;
import static nl.woonregie.verhuisbox.geld.Bedragen.tekst;
import static nl.woonregie.verhuisbox.geld.Bedragen.vorm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Geld.Verstrekkingstatus;
import nl.woonregie.verhuisbox.Geld.Vorm;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.geld.internal.PotRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pots of money per team, year and code with their budget, the grant rules of a year as data ({@code vhb_regel}),
 * and the overview of a pot (proposed, committed, paid, left, forecast, warning). Changes are for the coordinator of
 * the team and audited.
 */
@Service
public class Potten {

    /**
     * Who sees the team's budget page (pots, grants, rules), who changes the pots and rules, and who exports its money
     * data: the checks below and the rights the pages show their links and buttons by ({@link #rechten}).
     */
    static final Rol[] ZIEN = {Rol.COORDINATOR, Rol.CONSULENT, Rol.ADMINISTRATIEF};
    static final Rol[] BEHEER = {Rol.COORDINATOR};
    static final Rol[] EXPORT = {Rol.COORDINATOR, Rol.CONSULENT};

    private final PotRepository potten;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Potten(PotRepository potten, VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.potten = potten;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    public record Pot(long id, long team, int jaar, String code, String naam, BigDecimal bedrag, int waarschuwingPct,
            String bron, String gewijzigdDoor, OffsetDateTime gewijzigdOp) {
    }

    @Schema(name = "Verstrekkingsregel")
    public record Regel(long id, int jaar, String soort, String omschrijving, Vorm vormBuiten, Vorm vormEigen,
            String potGift, String potLening, BigDecimal richtbedrag, BigDecimal maximum, String grondslagGift,
            String grondslagLening, boolean bezwaar, boolean opAanvraag, boolean waardendriehoek,
            Integer naarRatoBovenM2) {
    }

    /** A pot's figures. {@code prognose}: see {@link #stand}. */
    public record Potstand(Pot pot, BigDecimal voorgesteld, BigDecimal toegezegd, BigDecimal betaald,
            BigDecimal resterend, BigDecimal prognose, int verbruiktPct, boolean waarschuwing, boolean uitgeput,
            boolean prognoseBovenBudget, List<Overschrijding> overschrijdingen) {
    }

    public record Overschrijding(long verstrekking, String kenmerk, BigDecimal bedrag, String reden, String door,
            OffsetDateTime op) {
    }

    public record PotWijziging(String naam, BigDecimal bedrag, Integer waarschuwingPct, String bron) {
    }

    public record NieuwePot(Integer jaar, String code, String naam, BigDecimal bedrag, Integer waarschuwingPct,
            String bron) {
    }

    public record RegelInvoer(Integer jaar, String soort, String omschrijving, String vormBuiten, String vormEigen,
            String potGift, String potLening, BigDecimal richtbedrag, BigDecimal maximum, String grondslagGift,
            String grondslagLening, Boolean bezwaar, Boolean opAanvraag, Boolean waardendriehoek) {
    }

    // ---------------------------------------------------------------- pots

    public List<Pot> potten(long team, int jaar) {
        return potten.potten(team, jaar);
    }

    public Pot pot(long id) {
        return potten.pot(id).orElseThrow(() -> ApiException.notFound("Pot " + id + " bestaat niet."));
    }

    /** A pot of the account's own team (404 for another team's: it does not exist for this account). */
    public Pot eigenPot(long id, Gebruiker g) {
        Pot p = pot(id);
        if (g.team() == null || p.team() != g.team()) {
            throw ApiException.notFound("Pot " + id + " bestaat niet.");
        }
        return p;
    }

    /** The pot of the coordinator's own team, to change it. */
    public Pot teWijzigenPot(long id, Gebruiker g) {
        toegang.teamrol(g, BEHEER);
        return eigenPot(id, g);
    }

    @Transactional
    public Pot wijzigPot(long id, PotWijziging w, Gebruiker door, String client) {
        Pot oud = teWijzigenPot(id, door);
        if (w == null) {
            w = new PotWijziging(null, null, null, null);
        }
        Potinvoer p = potinvoer(w);
        gooi("De wijziging van de pot is niet geldig.", p.fouten());
        potten.wijzig(id, p.naam(), p.bedrag(), w.waarschuwingPct(), p.bron(), door.actor(), OffsetDateTime.now(klok));
        Pot nieuw = pot(id);
        gebeurtenissen.publishEvent(new GeldGebeurtenis.PotGewijzigd(oud, nieuw, new Actor(door.actor(), client)));
        return nieuw;
    }

    /**
     * The judgment of a change of a pot without making it (a page's check when a value of its form could not be
     * read): the account may change the pot (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerPot(long id, PotWijziging w, Gebruiker door) {
        teWijzigenPot(id, door);
        return potinvoer(w == null ? new PotWijziging(null, null, null, null) : w).fouten();
    }

    /** A change of a pot as read: the values to store, and every invalid field. */
    private record Potinvoer(String naam, BigDecimal bedrag, String bron, List<InvalidParam> fouten) {
    }

    private static Potinvoer potinvoer(PotWijziging w) {
        List<InvalidParam> f = new ArrayList<>();
        String naam = tekst(w.naam(), "naam", 200, false, f);
        BigDecimal bedrag = bedrag(w.bedrag(), "bedrag", MAX_POT, false, f);
        if (w.waarschuwingPct() != null && (w.waarschuwingPct() < 1 || w.waarschuwingPct() > 100)) {
            f.add(new InvalidParam("waarschuwingPct", "een percentage van 1 tot en met 100"));
        }
        String bron = tekst(w.bron(), "bron", 1000, false, f);
        return new Potinvoer(naam, bedrag, bron, f);
    }

    /**
     * Opens a year: when the team has no pots in {@code jaar}, copies the pots (same budget and threshold) and the
     * rules of the latest earlier year that has pots. Returns whether anything was copied.
     */
    @Transactional
    public boolean zorgVoorJaar(long team, int jaar) {
        if (!potten(team, jaar).isEmpty()) {
            return false;
        }
        Integer van = potten.laatsteJaarVoor(team, jaar);
        if (van == null) {
            return false;
        }
        potten.kopieerJaar(team, van, jaar);
        return true;
    }

    /** Makes the missing pots of a year with these (historical) budgets; per code what is left of each. */
    @Transactional
    public Map<String, BigDecimal> zorgVoorPotten(long team, int jaar, List<Geld.Potbudget> budgetten) {
        Map<String, BigDecimal> ruimte = new LinkedHashMap<>();
        for (Geld.Potbudget b : budgetten) {
            potten.zorgVoor(team, jaar, b.code(), b.naam(), b.bedrag());
            long id = potten.potId(team, jaar, b.code()).orElseThrow();
            ruimte.put(b.code(), pot(id).bedrag().subtract(potten.gebruikt(id)));
        }
        return ruimte;
    }

    @Transactional
    public Pot maakPot(NieuwePot n, Gebruiker door, String client) {
        toegang.teamrol(door, BEHEER);
        List<InvalidParam> f = new ArrayList<>();
        if (n == null) {
            n = new NieuwePot(null, null, null, null, null, null);
        }
        if (!Jaren.geldig(n.jaar())) {
            f.add(new InvalidParam("jaar", "verplicht: " + Jaren.BEREIK));
        }
        String code = code(n.code(), "code", true, f);
        String naam = tekst(n.naam(), "naam", 200, true, f);
        BigDecimal bedrag = bedrag(n.bedrag(), "bedrag", MAX_POT, true, f);
        int pct = n.waarschuwingPct() == null ? 80 : n.waarschuwingPct();
        if (pct < 1 || pct > 100) {
            f.add(new InvalidParam("waarschuwingPct", "een percentage van 1 tot en met 100"));
        }
        String bron = tekst(n.bron(), "bron", 1000, false, f);
        gooi("De pot is niet volledig of niet geldig.", f);
        if (potten.potId(door.team(), n.jaar(), code).isPresent()) {
            throw conflict("Bestaat al", "Het team heeft in " + n.jaar() + " al een pot " + code + ".");
        }
        long id = potten.maak(door.team(), n.jaar(), code, naam, bedrag, pct, bron, door.actor(),
                OffsetDateTime.now(klok));
        Pot p = pot(id);
        gebeurtenissen.publishEvent(new GeldGebeurtenis.PotAangemaakt(p, new Actor(door.actor(), client)));
        return p;
    }

    // ---------------------------------------------------------------- rules

    public List<Regel> regels(long team, int jaar) {
        return potten.regels(team, jaar);
    }

    /** The rules of a year of the account's team (the staff who propose and decide grants). */
    public List<Regel> regels(Gebruiker g, Integer jaar) {
        toegang.teamrol(g, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        return regels(g.team(), Jaren.gevraagd(jaar, klok));
    }

    /** Adds or replaces the rule of (team, jaar, soort); the previous version stays in the audit. */
    @Transactional
    public Regel zetRegel(RegelInvoer r, Gebruiker door, String client) {
        toegang.teamrol(door, BEHEER);
        if (r == null) {
            r = new RegelInvoer(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        Regelinvoer x = regelinvoer(r, door.team());
        gooi("De regel is niet volledig of niet geldig.", x.fouten());
        String soort = x.soort();
        String omschrijving = x.omschrijving();
        Vorm buiten = x.buiten();
        Vorm eigen = x.eigen();
        String potGift = x.potGift();
        String potLening = x.potLening();
        BigDecimal richt = x.richt();
        BigDecimal max = x.max();
        String gg = x.gg();
        String gl = x.gl();
        Regel oud = potten.regel(door.team(), r.jaar(), soort).orElse(null);
        potten.zetRegel(door.team(), r.jaar(), soort, omschrijving, buiten, eigen, potGift, potLening, richt, max, gg,
                gl, r.bezwaar(), r.opAanvraag(), Boolean.TRUE.equals(r.waardendriehoek()), door.actor(),
                OffsetDateTime.now(klok));
        Regel nieuw = potten.regel(door.team(), r.jaar(), soort).orElseThrow();
        gebeurtenissen.publishEvent(new GeldGebeurtenis.RegelVastgesteld(oud, nieuw, new Actor(door.actor(), client)));
        return nieuw;
    }

    /**
     * The judgment of a rule without storing it (a page's check when a value of its form could not be read): the
     * account may set rules (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerRegel(RegelInvoer r, Gebruiker door) {
        toegang.teamrol(door, BEHEER);
        return regelinvoer(r == null ? new RegelInvoer(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null) : r, door.team()).fouten();
    }

    /** A rule as read: the values to store, and every invalid field. */
    private record Regelinvoer(String soort, String omschrijving, Vorm buiten, Vorm eigen, String potGift,
            String potLening, BigDecimal richt, BigDecimal max, String gg, String gl, List<InvalidParam> fouten) {
    }

    private Regelinvoer regelinvoer(RegelInvoer r, long team) {
        List<InvalidParam> f = new ArrayList<>();
        if (!Jaren.geldig(r.jaar())) {
            f.add(new InvalidParam("jaar", "verplicht: " + Jaren.BEREIK));
        }
        String soort = code(r.soort(), "soort", true, f);
        String omschrijving = tekst(r.omschrijving(), "omschrijving", 300, true, f);
        Vorm buiten = vorm(r.vormBuiten(), "vormBuiten", f);
        Vorm eigen = vorm(r.vormEigen(), "vormEigen", f);
        String potGift = code(r.potGift(), "potGift", false, f);
        String potLening = code(r.potLening(), "potLening", false, f);
        BigDecimal richt = bedrag(r.richtbedrag(), "richtbedrag", MAX_VERSTREKKING, false, f);
        BigDecimal max = bedrag(r.maximum(), "maximum", MAX_VERSTREKKING, false, f);
        String gg = tekst(r.grondslagGift(), "grondslagGift", 1000, false, f);
        String gl = tekst(r.grondslagLening(), "grondslagLening", 1000, false, f);
        if (r.bezwaar() == null) {
            f.add(new InvalidParam("bezwaar", "verplicht (true of false)"));
        }
        if (r.opAanvraag() == null) {
            f.add(new InvalidParam("opAanvraag", "verplicht (true of false)"));
        }
        boolean gift = buiten == Vorm.GIFT || eigen == Vorm.GIFT;
        boolean lening = buiten == Vorm.LENING || eigen == Vorm.LENING;
        if (gift && potGift == null) {
            f.add(new InvalidParam("potGift", "verplicht: de pot waaruit de gift wordt betaald"));
        }
        if (gift && gg == null) {
            f.add(new InvalidParam("grondslagGift", "verplicht: de wettelijke grondslag van de gift"));
        }
        if (lening && potLening == null) {
            f.add(new InvalidParam("potLening", "verplicht: de pot waaruit de lening wordt betaald"));
        }
        if (lening && gl == null) {
            f.add(new InvalidParam("grondslagLening", "verplicht: de wettelijke grondslag van de lening"));
        }
        if (richt != null && max != null && richt.compareTo(max) > 0) {
            f.add(new InvalidParam("richtbedrag", "niet hoger dan het maximum"));
        }
        if (r.jaar() != null) {
            for (String[] p : new String[][] {{"potGift", potGift}, {"potLening", potLening}}) {
                if (p[1] != null && potten.potId(team, r.jaar(), p[1]).isEmpty()) {
                    f.add(new InvalidParam(p[0], "het team heeft in " + r.jaar() + " geen pot " + p[1]));
                }
            }
        }
        return new Regelinvoer(soort, omschrijving, buiten, eigen, potGift, potLening, richt, max, gg, gl, f);
    }

    // ---------------------------------------------------------------- overview

    /**
     * The figures of a pot on {@code vandaag}: voorgesteld (proposed, not yet decided), toegezegd (committed =
     * GOEDGEKEURD, not yet paid), betaald (BETAALD in the pot's year), resterend = budget − toegezegd − betaald.
     * <b>Prognose</b> to the end of the year at the current rate = betaald so far ÷ days elapsed in the year
     * (including today) × days in the year; for a past year the amount paid, for a future year 0.
     * Waarschuwing when toegezegd + betaald reaches the pot's threshold percentage of the budget.
     */
    public Potstand stand(Pot p, LocalDate vandaag) {
        Map<String, BigDecimal> s = potten.somPerStatus(p.id());
        BigDecimal nul = BigDecimal.ZERO.setScale(2);
        BigDecimal voorgesteld = s.getOrDefault(Verstrekkingstatus.VOORGESTELD.name(), nul);
        BigDecimal toegezegd = s.getOrDefault(Verstrekkingstatus.GOEDGEKEURD.name(), nul);
        BigDecimal betaald = s.getOrDefault(Verstrekkingstatus.BETAALD.name(), nul);
        BigDecimal resterend = p.bedrag().subtract(toegezegd).subtract(betaald);
        BigDecimal prognose;
        int dagenInJaar = Year.of(p.jaar()).length();
        if (vandaag.getYear() > p.jaar()) {
            prognose = betaald;
        } else if (vandaag.getYear() < p.jaar()) {
            prognose = nul;
        } else {
            prognose = potten.betaaldTot(p.id(), vandaag).multiply(BigDecimal.valueOf(dagenInJaar))
                    .divide(BigDecimal.valueOf(vandaag.getDayOfYear()), 2, RoundingMode.HALF_UP);
        }
        BigDecimal gebruikt = toegezegd.add(betaald);
        int pct = p.bedrag().signum() == 0 ? 100 : gebruikt.multiply(BigDecimal.valueOf(100))
                .divide(p.bedrag(), 0, RoundingMode.FLOOR).intValue();
        boolean waarschuwing = gebruikt.multiply(BigDecimal.valueOf(100))
                .compareTo(p.bedrag().multiply(BigDecimal.valueOf(p.waarschuwingPct()))) >= 0;
        return new Potstand(p, voorgesteld, toegezegd, betaald, resterend, prognose, pct, waarschuwing,
                resterend.signum() <= 0, prognose.compareTo(p.bedrag()) > 0, potten.overschrijdingen(p.id()));
    }

    public List<Potstand> overzicht(long team, int jaar) {
        LocalDate vandaag = LocalDate.now(klok);
        return potten(team, jaar).stream().map(p -> stand(p, vandaag)).toList();
    }

    /** The overview of the account's team (COORDINATOR, CONSULENT, ADMINISTRATIEF). */
    public List<Potstand> overzicht(Gebruiker g, Integer jaar) {
        toegang.teamrol(g, ZIEN);
        return overzicht(g.team(), Jaren.gevraagd(jaar, klok));
    }

    /** The overview for the export (COORDINATOR, CONSULENT). */
    public List<Potstand> voorExport(Gebruiker g, Integer jaar) {
        toegang.teamrol(g, EXPORT);
        return overzicht(g.team(), Jaren.gevraagd(jaar, klok));
    }

    /**
     * What an account may do with the team's money beyond the grants of a case: open the budget page, change pots and
     * rules, export.
     */
    public record Budgetrechten(boolean zien, boolean beheren, boolean exporteren) {
    }

    /** The account's rights on the budget page, as its checks judge them (nothing checked, nothing logged). */
    public Budgetrechten rechten(Gebruiker g) {
        return new Budgetrechten(heeft(g, ZIEN), heeft(g, BEHEER), heeft(g, EXPORT));
    }

    private static boolean heeft(Gebruiker g, Rol... rollen) {
        return VerhuisboxToegang.heeftTeamrol(g, rollen);
    }

    /** Audits an export of money data (who, what, how many rows). */
    @Transactional
    public void exportGelogd(Gebruiker door, Map<String, ?> wat, String client) {
        gebeurtenissen.publishEvent(new GeldGebeurtenis.Geexporteerd(door.team(), wat,
                new Actor(door.actor(), client)));
    }

    /** Locks the pot and refuses when toegezegd + betaald + extra exceeds the budget without an override. */
    void binnenBudget(long pot, BigDecimal extra, boolean overschrijding, String handeling) {
        Pot p = potten.vergrendel(pot);
        BigDecimal na = potten.gebruikt(p.id()).add(extra);
        if (na.compareTo(p.bedrag()) > 0 && !overschrijding) {
            throw conflict("Budget ontoereikend", "De " + handeling + " brengt pot " + p.code() + " " + p.jaar()
                    + " (" + p.naam() + ") boven het budget: " + Weergave.euro(na) + " van " + Weergave.euro(p.bedrag())
                    + ". Alleen de coördinator kan dit met een reden toestaan (overschrijding).");
        }
    }

    /** The pot of a team's year and code, if any. */
    Optional<Long> potId(long team, int jaar, String code) {
        return potten.potId(team, jaar, code);
    }
}
