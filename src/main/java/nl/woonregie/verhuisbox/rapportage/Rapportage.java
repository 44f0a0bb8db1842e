package nl.woonregie.verhuisbox.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Teams;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.geld.GeldCijfers;
import nl.woonregie.verhuisbox.nazorg.NazorgCijfers;
import nl.woonregie.verhuisbox.rapportage.Figuren.Aggregaat;
import nl.woonregie.verhuisbox.rapportage.Figuren.Figuur;
import nl.woonregie.verhuisbox.rapportage.bestemming.Bestemmingsgebied;
import nl.woonregie.verhuisbox.rapportage.regels.Besparingsraming;
import nl.woonregie.verhuisbox.rapportage.regels.Leeftijdsklasse;
import nl.woonregie.verhuisbox.traject.Cijferrij;
import nl.woonregie.verhuisbox.traject.TrajectCijfers;
import nl.woonregie.verhuisbox.traject.VerhuisboxTeams;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.zoeken.Zoekgebieden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Verhuisbox figures for a period and a team. Every figure ({@link Figuren}) is the aggregate of the rows of one
 * set; the drill-down of the figure lists exactly those rows (per case). So a count is, by construction, the number
 * of cases in its drill-down, and two reports over the same period cannot disagree. The sets come from the read
 * models of their owners (trajectory, aftercare and survey, money) — the report names no table.
 */
@Service
public class Rapportage {

    /** Who reads the figures and the annual report (their checks, and the worklist's link). */
    static final Rol[] RAPPORT = {Rol.COORDINATOR, Rol.CONSULENT};

    static final String ONBEKEND = "ONBEKEND";

    private final TrajectCijfers traject;
    private final NazorgCijfers nazorg;
    private final GeldCijfers geld;
    private final VerhuisboxTeams teams;
    private final GebiedService gebied;
    private final VerhuisboxToegang toegang;
    private final Zoekgebieden zoekgebieden;
    private final Uitgavenopgaven opgaven;
    private final Besparingsraming raming = Besparingsnormen.vanClasspath();

    Rapportage(TrajectCijfers traject, NazorgCijfers nazorg, GeldCijfers geld, VerhuisboxTeams teams,
            GebiedService gebied, VerhuisboxToegang toegang, Zoekgebieden zoekgebieden, Uitgavenopgaven opgaven) {
        this.zoekgebieden = zoekgebieden;
        this.opgaven = opgaven;
        this.toegang = toegang;
        this.traject = traject;
        this.nazorg = nazorg;
        this.geld = geld;
        this.teams = teams;
        this.gebied = gebied;
    }

    public record Deel(String sleutel, String label, BigDecimal waarde, int casussen) {
    }

    /** A computed figure: its value (total or per key) and the number of cases in its drill-down. */
    public record Cijfer(Figuur figuur, boolean beschikbaar, BigDecimal waarde, int casussen, List<Deel> delen) {
    }

    public record Controle(String code, String omschrijving, boolean klopt, String toelichting) {
    }

    public record Pot(int jaar, String code, String naam, BigDecimal budget, BigDecimal betaaldInPeriode,
            BigDecimal betaaldTotaal, boolean overschrijdingVastgelegd, boolean binnenBudget) {
    }

    public record Rapport(long team, String teamNaam, Periode periode, List<Cijfer> cijfers,
            List<Controle> controles, List<Pot> potten) {

        public Cijfer cijfer(String code) {
            return cijfers.stream().filter(u -> u.figuur().code().equals(code)).findFirst().orElseThrow();
        }
    }

    // ---------------------------------------------------------------- for an account (authorised here)

    /** The report of a period (as asked: ISO dates) for the team of a COORDINATOR or CONSULENT. */
    public Rapport rapport(Gebruiker g, String van, String tot) {
        toegang.teamrol(g, RAPPORT);
        return rapport(g.team(), Periode.van(van, tot));
    }

    /** The report of a period for the team of a COORDINATOR or CONSULENT. */
    public Rapport rapport(Gebruiker g, Periode p) {
        toegang.teamrol(g, RAPPORT);
        return rapport(g.team(), p);
    }

    /** The report of a calendar year for the team of a COORDINATOR or CONSULENT. */
    public Rapport jaarrapport(Gebruiker g, int jaar) {
        toegang.teamrol(g, RAPPORT);
        return rapport(g.team(), Periode.jaar(jaar));
    }

    /**
     * The cases behind a figure for the COORDINATOR (who may read every case of the team); every case listed is
     * logged as a read ({@code handeling} followed by the figure and the key).
     */
    public Uitsplitsing casussen(Gebruiker g, String figuur, String van, String tot, String sleutel,
            String handeling) {
        toegang.teamrol(g, Rol.COORDINATOR);
        Uitsplitsing u = casussen(figuur, sleutel, g.team(), Periode.van(van, tot));
        toegang.logLezingen(g, u.casussen().stream().map(Regel::casus).toList(),
                handeling + " " + u.figuur().code() + (u.sleutel() == null ? "" : " " + u.sleutel()));
        return u;
    }

    // ---------------------------------------------------------------- the sets

    /** The rows of a set (one of {@link Figuren#VERZAMELINGEN}) for the team and period. */
    public List<Cijferrij> rijen(String verzameling, long team, Periode p) {
        return rijen(verzameling, team, p, new HashMap<>());
    }

    /** The rows of a set, reusing the sets already computed for the same report ({@code berekend}). */
    private List<Cijferrij> rijen(String v, long team, Periode p, Map<String, List<Cijferrij>> berekend) {
        if (berekend.containsKey(v)) {
            return berekend.get(v);
        }
        List<Cijferrij> rijen;
        if (TrajectCijfers.VERZAMELINGEN.contains(v)) {
            rijen = traject.rijen(v, team, p.van(), p.tot());
        } else {
            rijen = switch (v) {
                // the province of the destination gemeente (of Den Haag: the team's), by the gebied register
                case "BESTEMMING_PROVINCIE" -> rijen("BESTEMMING_GEMEENTE", team, p, berekend).stream()
                        .map(r -> new Cijferrij(r.casus(), gebied.provincieVan(r.sleutel()).orElse(ONBEKEND), null))
                        .toList();
                // the area of each destination (ADR 0061), by the team's register of search areas
                case "BESTEMMING_GEBIED" -> {
                    List<Bestemmingsgebied.Zoekgebied> register = zoekgebieden.vanTeam(team).stream()
                            .map(z -> new Bestemmingsgebied.Zoekgebied(
                                    Bestemmingsgebied.Soort.valueOf(z.soort().name()), z.gemeenten().stream()
                                            .map(Zoekgebieden.Gebiedsgemeente::code).collect(Collectors.toSet())))
                            .toList();
                    yield rijen("BESTEMMING_GEMEENTE", team, p, berekend).stream()
                            .map(r -> new Cijferrij(r.casus(), Bestemmingsgebied.van(bestemming(r.sleutel()),
                                    register).name(), null))
                            .toList();
                }
                case "ENQUETE" -> nazorg.enquetes(team, p.van(), p.tot());
                case "NAZORG" -> nazorg.contacten(casussenVanTeam(team, berekend), p.van(), p.tot(), false);
                case "NAZORG_WOONT_ER_NOG" -> nazorg.contacten(casussenVanTeam(team, berekend), p.van(), p.tot(),
                        true);
                // of the housed cases: all their paid grants (any date, any pot)
                case "GEHUISVEST_KOSTEN" -> {
                    List<Long> ids = rijen("GEHUISVEST", team, p, berekend).stream().map(Cijferrij::casus).toList();
                    Map<Long, BigDecimal> betaald = geld.betaaldPerCasus(ids);
                    yield ids.stream().map(id -> new Cijferrij(id, null, betaald.get(id))).toList();
                }
                case "UITGAVEN" -> geld.uitgaven(team, p.van(), p.tot());
                case "UITGAVEN_SOORT" -> geld.uitgavenPerSoort(team, p.van(), p.tot());
                // the age reached in the year of the start / the housing, in the reports' bands (ADR 0064)
                case "GESTART_LEEFTIJDSKLASSE" -> leeftijdsklassen(rijen("GESTART_LEEFTIJD", team, p, berekend));
                case "GEHUISVEST_LEEFTIJDSKLASSE" -> leeftijdsklassen(rijen("GEHUISVEST_LEEFTIJD", team, p,
                        berekend));
                // an estimate: per ended benefit the yearly norm of its kind of income on the period's last day
                case "BESPARING" -> rijen("UITKERING_BEEINDIGD_INKOMEN", team, p, berekend).stream()
                        .map(r -> new Cijferrij(r.casus(), r.sleutel(), raming.raming(r.sleutel(), p.tot())))
                        .toList();
                default -> throw new IllegalArgumentException("Onbekende verzameling " + v);
            };
        }
        berekend.put(v, rijen);
        return rijen;
    }

    private static List<Cijferrij> leeftijdsklassen(List<Cijferrij> leeftijden) {
        return leeftijden.stream().map(r -> new Cijferrij(r.casus(), r.waarde() == null || r.waarde().signum() < 0
                ? ONBEKEND : Leeftijdsklasse.van(r.waarde().intValue()).name(), null)).toList();
    }

    /**
     * The assumptions of the estimates in a report (the norms of the estimated saving on the period's last day, with
     * their source): shown next to the figures, in the JSON and in the workbook.
     */
    public record Aanname(String sleutel, String omschrijving, BigDecimal bedrag, String bron) {
    }

    public List<Aanname> aannames(Periode p) {
        List<Aanname> a = new ArrayList<>();
        for (String soort : Besparingsnormen.SOORTEN.stream().sorted(Comparator.comparing((String x) -> ONBEKEND
                .equals(x)).thenComparing(x -> x)).toList()) {
            String label = ONBEKEND.equals(soort) ? "soort inkomen niet vastgelegd"
                    : nl.woonregie.platform.web.Labels.van(nl.woonregie.verhuisbox.traject.Historie.Inkomen.valueOf(
                            soort));
            a.add(raming.norm(soort, p.tot()).map(n -> new Aanname(soort, label, n.bedrag(), n.bron()))
                    .orElse(new Aanname(soort, label, null, "De bronnen geven voor deze soort geen norm ("
                            + "onbekend of niet van toepassing).")));
        }
        return List.copyOf(a);
    }

    /** A destination code with the gemeenten it merged into, and its province (the gebied register). */
    private Bestemmingsgebied.Bestemming bestemming(String code) {
        if (code == null || ONBEKEND.equals(code)) {
            return new Bestemmingsgebied.Bestemming(List.of(), null);
        }
        List<String> keten = new ArrayList<>(List.of(code));
        String volgende = gebied.gemeente(code).map(Gemeente::opgegaanIn).orElse(null);
        while (volgende != null && !keten.contains(volgende) && keten.size() < 20) {
            keten.add(volgende);
            volgende = gebied.gemeente(volgende).map(Gemeente::opgegaanIn).orElse(null);
        }
        return new Bestemmingsgebied.Bestemming(List.copyOf(keten), gebied.provincieVan(code).orElse(null));
    }

    private List<Long> casussenVanTeam(long team, Map<String, List<Cijferrij>> berekend) {
        return berekend.computeIfAbsent("#TEAM", k -> traject.casussenVanTeam(team).stream()
                .map(id -> new Cijferrij(id, null, null)).toList()).stream().map(Cijferrij::casus).toList();
    }

    // ---------------------------------------------------------------- the report

    /** The whole report: every figure, the reconciliation checks and the budget per pot. */
    @Transactional(readOnly = true)
    public Rapport rapport(long team, Periode p) {
        Map<String, List<Cijferrij>> sets = new HashMap<>();
        for (String v : Figuren.VERZAMELINGEN) {
            rijen(v, team, p, sets);
        }
        Labels labels = labels(Figuren.VERZAMELINGEN.stream().flatMap(v -> sets.get(v).stream())
                .map(Cijferrij::sleutel).filter(Objects::nonNull).collect(Collectors.toSet()), team);
        List<Cijfer> cijfers = new ArrayList<>();
        for (Figuur f : Figuren.FIGUREN) {
            List<Cijferrij> rijen = sets.get(f.verzameling());
            cijfers.add(rijen == null ? new Cijfer(f, false, null, 0, List.of()) : bereken(f, rijen, labels));
        }
        List<Pot> potten = geld.potten(team, p.van(), p.tot()).stream().map(x -> new Pot(x.jaar(), x.code(),
                x.naam(), x.budget(), x.betaaldInPeriode(), x.betaaldTotaal(), x.overschrijdingVastgelegd(),
                x.betaaldTotaal().compareTo(x.budget()) <= 0)).toList();
        String naam = teams.team(team).map(Teams.Team::naam).orElse("?");
        Rapport r = new Rapport(team, naam, p, cijfers, List.of(), potten);
        List<Controle> controles = new ArrayList<>(controles(r));
        if (p.heelJaar()) {
            opgaven.vanTeam(team, p.van().getYear()).ifPresent(o -> controles.addAll(bevindingen(o,
                    r.cijfer("UITGAVEN").waarde())));
        }
        return new Rapport(team, naam, p, cijfers, List.copyOf(controles), potten);
    }

    /** The aggregate of the figure over these rows (the figure's definition applied). */
    static Cijfer bereken(Figuur f, List<Cijferrij> rijen, Labels labels) {
        if (f.aggregaat().perSleutel()) {
            Map<String, List<Cijferrij>> per = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            for (Cijferrij r : rijen) {
                per.computeIfAbsent(r.sleutel() == null ? ONBEKEND : r.sleutel(), k -> new ArrayList<>()).add(r);
            }
            List<Deel> delen = new ArrayList<>();
            per.forEach((k, lijst) -> delen.add(new Deel(k, labels.label(f.verzameling(), k),
                    waarde(f.aggregaat(), lijst), casussen(lijst))));
            if (Set.of("GEWEIGERD", "GESTOPT", "BESTEMMING_GEMEENTE", "BESTEMMING_PROVINCIE")
                    .contains(f.verzameling())) {
                delen.sort(Comparator.comparing(Deel::waarde).reversed().thenComparing(Deel::label));
            } else if (Set.of("GESTART_LEEFTIJDSKLASSE", "GEHUISVEST_LEEFTIJDSKLASSE").contains(f.verzameling())) {
                delen.sort(Comparator.comparing(d -> ONBEKEND.equals(d.sleutel()) ? Integer.MAX_VALUE
                        : Leeftijdsklasse.valueOf(d.sleutel()).ordinal()));
            } else if ("BESTEMMING_GEBIED".equals(f.verzameling())) { // the reports' order
                delen.sort(Comparator.comparing(d -> Bestemmingsgebied.Gebied.valueOf(d.sleutel())));
            }
            return new Cijfer(f, true, totaal(f.aggregaat(), rijen), casussen(rijen), List.copyOf(delen));
        }
        return new Cijfer(f, true, waarde(f.aggregaat(), rijen), casussen(rijen), List.of());
    }

    static int casussen(List<Cijferrij> rijen) {
        return (int) rijen.stream().mapToLong(Cijferrij::casus).distinct().count();
    }

    /** For a figure per key: the total over all keys (sum of the values; for counts: the cases of the set). */
    private static BigDecimal totaal(Aggregaat a, List<Cijferrij> rijen) {
        return switch (a) {
            case AANTAL_PER -> BigDecimal.valueOf(casussen(rijen));
            case SOM_PER -> waarde(Aggregaat.SOM, rijen);
            case GEMIDDELDE_PER -> waarde(Aggregaat.GEMIDDELDE, rijen);
            default -> throw new IllegalArgumentException(a.name());
        };
    }

    static BigDecimal waarde(Aggregaat a, List<Cijferrij> rijen) {
        List<BigDecimal> w = rijen.stream().map(Cijferrij::waarde).filter(Objects::nonNull).sorted().toList();
        return switch (a) {
            case AANTAL, AANTAL_PER -> BigDecimal.valueOf(casussen(rijen));
            case SOM, SOM_PER -> w.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
            case GEMIDDELDE, GEMIDDELDE_PER -> w.isEmpty() ? null
                    : w.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(w.size()), 2, RoundingMode.HALF_UP);
            case MEDIAAN -> w.isEmpty() ? null : w.size() % 2 == 1 ? w.get(w.size() / 2).setScale(1, RoundingMode.HALF_UP)
                    : w.get(w.size() / 2 - 1).add(w.get(w.size() / 2)).divide(BigDecimal.valueOf(2), 1,
                            RoundingMode.HALF_UP);
            case MAXIMUM -> w.isEmpty() ? null : w.get(w.size() - 1);
        };
    }

    // ---------------------------------------------------------------- reconciliation

    List<Controle> controles(Rapport r) {
        List<Controle> c = new ArrayList<>();
        Cijfer aanmeldingen = r.cijfer("AANMELDINGEN");
        Cijfer cohort = r.cijfer("COHORT_STAND");
        Map<String, Integer> per = cohort.delen().stream().collect(Collectors.toMap(Deel::sleutel, Deel::casussen));
        int som = per.values().stream().mapToInt(Integer::intValue).sum();
        c.add(new Controle("AANMELDINGEN_SLUITEN", "Aanmeldingen = geweigerd + wachtend + lopend + afgesloten "
                + "(de aanmeldingen van de periode, met hun stand aan het eind van de periode)",
                som == aanmeldingen.casussen(), aanmeldingen.casussen() + " = " + per.getOrDefault("GEWEIGERD", 0)
                        + " + " + per.getOrDefault("WACHTLIJST", 0) + " + " + per.getOrDefault("LOPEND", 0) + " + "
                        + per.getOrDefault("AFGESLOTEN", 0) + (som == aanmeldingen.casussen() ? "" : " (is " + som + ")")));
        int gehuisvest = r.cijfer("GEHUISVEST").casussen();
        for (String code : List.of("GEHUISVEST_PER_DIENSTVERLENING", "GEHUISVEST_PER_PLAATS",
                "BESTEMMING_PER_PROVINCIE", "VERHUISD_PER_GEBIED", "GEHUISVEST_PER_ORGANISATIE", "GEHUISVEST_PER_HUISHOUDTYPE",
                "GEHUISVEST_PER_INKOMEN", "GEHUISVEST_PER_REMIGRANT", "GEHUISVEST_PER_WERKPERSPECTIEF",
                "GEHUISVEST_PER_OPVANG", "GEHUISVEST_PER_LEEFTIJD")) {
            Cijfer u = r.cijfer(code);
            int s = u.delen().stream().mapToInt(Deel::casussen).sum();
            c.add(new Controle(code + "_SLUIT", "Gehuisvest = som van " + u.figuur().titel().toLowerCase(),
                    s == gehuisvest, gehuisvest + " = " + u.delen().stream().map(d -> d.label() + " " + d.casussen())
                            .collect(Collectors.joining(" + "))));
        }
        for (String[] paar : new String[][] {{"AANMELDINGEN", "AANMELDINGEN_PER_ORGANISATIE"},
                {"GESTART", "GESTART_PER_HUISHOUDTYPE"}, {"GESTART", "GESTART_PER_LEEFTIJD"}}) {
            Cijfer geheel = r.cijfer(paar[0]);
            Cijfer u = r.cijfer(paar[1]);
            int s = u.delen().stream().mapToInt(Deel::casussen).sum();
            c.add(new Controle(paar[1] + "_SLUIT", geheel.figuur().titel() + " = som van "
                    + u.figuur().titel().toLowerCase(), s == geheel.casussen(), geheel.casussen() + " = "
                    + (u.delen().isEmpty() ? "0" : u.delen().stream().map(d -> d.label() + " " + d.casussen())
                            .collect(Collectors.joining(" + ")))));
        }
        BigDecimal uitgaven = nul(r.cijfer("UITGAVEN").waarde());
        BigDecimal perSoort = r.cijfer("UITGAVEN_PER_SOORT").delen().stream().map(Deel::waarde)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        c.add(new Controle("UITGAVEN_PER_SOORT_SLUIT", "Uitgaven = som van de uitgaven per soort verstrekking",
                uitgaven.compareTo(perSoort) == 0, Weergave.euro(uitgaven) + " = " + Weergave.euro(perSoort)));
        int gestopt = r.cijfer("GESTOPT").casussen();
        int perReden = r.cijfer("GESTOPT_PER_REDEN").delen().stream().mapToInt(Deel::casussen).sum();
        c.add(new Controle("GESTOPT_SLUIT", "Gestopt = som van gestopt per reden", gestopt == perReden,
                gestopt + " = " + perReden));
        int alsGestopt = r.cijfer("AFGESLOTEN_PER_UITKOMST").delen().stream().filter(d -> d.sleutel().equals("GESTOPT"))
                .mapToInt(Deel::casussen).sum();
        c.add(new Controle("AFGESLOTEN_GESTOPT_SLUIT", "Gestopt = afgesloten met uitkomst gestopt", gestopt == alsGestopt,
                gestopt + " = " + alsGestopt));
        int perFase = r.cijfer("GESTOPT_PER_FASE").delen().stream().mapToInt(Deel::casussen).sum();
        c.add(new Controle("GESTOPT_PER_FASE_SLUIT", "Gestopt = niet gestart + gestaakt", gestopt == perFase,
                gestopt + " = " + perFase));
        for (Pot p : r.potten()) {
            c.add(new Controle("POT_" + p.jaar() + "_" + p.code(), "Betaald ≤ budget: pot " + p.naam() + " "
                    + p.jaar(), p.binnenBudget() || p.overschrijdingVastgelegd(), "betaald " + Weergave.euro(p.betaaldTotaal())
                    + " van budget " + Weergave.euro(p.budget()) + (p.binnenBudget() ? "" : p.overschrijdingVastgelegd()
                            ? " — overschreden met vastgelegde toestemming" : " — overschreden zonder vastgelegde "
                                    + "toestemming")));
        }
        return List.copyOf(c);
    }

    /**
     * The findings on the team's stated spend of the year: its total against the sum of its categories and, when
     * Woonregie has payments that year, each category tied to a kind of grant against those payments.
     */
    static List<Controle> bevindingen(Uitgavenopgaven.Uitgavenopgave o, BigDecimal uitgaven) {
        List<Controle> c = new ArrayList<>();
        c.add(new Controle("OPGAVE_" + o.jaar() + "_SLUIT", "Opgegeven uitgaven " + o.jaar() + " = som van de "
                + "opgegeven posten (" + o.bron() + ")", o.sluit(), Weergave.euro(o.totaal()) + " opgegeven; som van de "
                        + "posten " + Weergave.euro(o.somPosten()) + (o.sluit() ? "" : "; verschil "
                                + Weergave.euro(o.verschil().abs()) + " (het opgegeven totaal is "
                                + (o.verschil().signum() < 0 ? "lager" : "hoger") + ")")));
        if (uitgaven != null && uitgaven.signum() > 0) {
            for (Uitgavenopgaven.Opgavepost post : o.posten()) {
                if (post.soort() != null) {
                    boolean klopt = post.verschil().signum() == 0;
                    c.add(new Controle("OPGAVE_" + o.jaar() + "_" + post.soort(), "Opgegeven " + post.omschrijving()
                            + " = betaalde verstrekkingen " + post.soortLabel() + " " + o.jaar(), klopt,
                            Weergave.euro(post.bedrag()) + " opgegeven; betaald " + Weergave.euro(post.berekend())
                                    + (klopt ? "" : "; verschil " + Weergave.euro(post.verschil().abs()))));
                }
            }
        }
        return c;
    }

    private static BigDecimal nul(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    // ---------------------------------------------------------------- drill-down

    /**
     * One case behind a figure: what the list shows (no names: the case page has those, and logs its reads); its
     * keys in the figure's set and their Dutch labels ({@code onderdelen}, in the same order).
     */
    public record Regel(long casus, String status, String statusLabel, LocalDate compleetOp, LocalDate gehuisvestOp,
            List<String> sleutels, List<String> onderdelen, BigDecimal waarde) {
    }

    public record Uitsplitsing(Figuur figuur, Periode periode, String sleutel, String sleutelLabel, BigDecimal waarde,
            List<Regel> casussen) {
    }

    /**
     * The cases behind a figure (optionally of one key): the rows of the figure's set, per case, with the same
     * aggregate applied — so {@code casussen.size()} is the count and {@code waarde} the number shown.
     */
    @Transactional(readOnly = true)
    public Uitsplitsing casussen(String code, String sleutel, long team, Periode p) {
        Figuur f = Figuren.figuur(code);
        List<Cijferrij> alle = rijen(f.verzameling(), team, p);
        String k = sleutel == null || sleutel.isBlank() ? null : sleutel.strip();
        List<Cijferrij> rijen = k == null ? alle : alle.stream()
                .filter(r -> k.equals(r.sleutel() == null ? ONBEKEND : r.sleutel())).toList();
        BigDecimal waarde = k == null && f.aggregaat().perSleutel() ? totaal(f.aggregaat(), rijen)
                : waarde(f.aggregaat(), rijen);
        Map<Long, List<Cijferrij>> perCasus = rijen.stream().collect(Collectors.groupingBy(Cijferrij::casus,
                TreeMap::new, Collectors.toList()));
        Map<Long, TrajectCijfers.Casusstand> info = traject.standen(perCasus.keySet());
        boolean euro = "euro".equals(f.eenheid());
        Labels labels = labels(k == null ? Set.of() : Set.of(k), team);
        List<Regel> regels = new ArrayList<>();
        perCasus.forEach((id, lijst) -> {
            TrajectCijfers.Casusstand x = info.get(id);
            Status s = x.status();
            Set<String> sleutels = new LinkedHashSet<>();
            lijst.stream().map(Cijferrij::sleutel).filter(Objects::nonNull).forEach(sleutels::add);
            List<BigDecimal> w = lijst.stream().map(Cijferrij::waarde).filter(Objects::nonNull).toList();
            BigDecimal som = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal casusWaarde = w.isEmpty() ? null : w.size() == 1 ? w.get(0) : euro ? som
                    : som.divide(BigDecimal.valueOf(w.size()), 2, RoundingMode.HALF_UP);
            regels.add(new Regel(id, s.name(), s.label(), x.compleetOp(), x.gehuisvestOp(), List.copyOf(sleutels),
                    sleutels.stream().map(sl -> labels.label(f.verzameling(), sl)).toList(), casusWaarde));
        });
        return new Uitsplitsing(f, p, k, k == null ? null : labels.label(f.verzameling(), k), waarde,
                List.copyOf(regels));
    }

    // ---------------------------------------------------------------- labels

    Labels labels(Set<String> sleutels, long team) {
        Map<String, String> criteria = new HashMap<>();
        traject.criteriumOmschrijvingen().forEach((code, omschrijving) -> criteria.put(code,
                "Niet voldaan: " + omschrijving));
        String gm = teams.team(team).map(Teams.Team::gemeente).orElse(null);
        return new Labels(criteria, geld.potLabels(team), geld.soortLabels(team), gm, gebied);
    }

    /**
     * The success rate of a referring organisation (issue 20 §5; the reports' "referrer with success rate"): derived,
     * not a figure of its own — the housed of the period ('Gehuisvest per aanmeldende organisatie') divided by the
     * registrations of the period ('Aanmeldingen per aanmeldende organisatie') of the same key, as a percentage with
     * one decimal; {@code procent} null when the organisation registered nobody in the period. The two counts are
     * not one cohort (a household housed this year may have registered last year), as in the reports.
     */
    public record Slaging(String sleutel, String organisatie, int aangemeld, int gehuisvest, BigDecimal procent) {

        /** The rate the Dutch way ("57,1%"), "—" without registrations. */
        public String weergave() {
            return Rapportage.procent(procent);
        }
    }

    /** Per organisation of either figure: registered, housed and the derived success rate (most registered first). */
    public static List<Slaging> slagingPerOrganisatie(Rapport r) {
        Map<String, Deel> aangemeld = new LinkedHashMap<>();
        r.cijfer("AANMELDINGEN_PER_ORGANISATIE").delen().forEach(d -> aangemeld.put(d.sleutel(), d));
        Map<String, Deel> gehuisvest = new LinkedHashMap<>();
        r.cijfer("GEHUISVEST_PER_ORGANISATIE").delen().forEach(d -> gehuisvest.put(d.sleutel(), d));
        Set<String> sleutels = new LinkedHashSet<>(aangemeld.keySet());
        sleutels.addAll(gehuisvest.keySet());
        List<Slaging> lijst = new ArrayList<>();
        for (String k : sleutels) {
            int a = aangemeld.containsKey(k) ? aangemeld.get(k).casussen() : 0;
            int h = gehuisvest.containsKey(k) ? gehuisvest.get(k).casussen() : 0;
            String label = aangemeld.containsKey(k) ? aangemeld.get(k).label() : gehuisvest.get(k).label();
            lijst.add(new Slaging(k, label, a, h, a == 0 ? null
                    : BigDecimal.valueOf(h * 100L).divide(BigDecimal.valueOf(a), 1, RoundingMode.HALF_UP)));
        }
        lijst.sort(Comparator.comparing(Slaging::aangemeld).reversed().thenComparing(Slaging::organisatie));
        return List.copyOf(lijst);
    }

    /** A success rate the Dutch way ("57,1%"), or "—" when nothing was registered. */
    public static String procent(BigDecimal procent) {
        if (procent == null) {
            return "—";
        }
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl-NL"));
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(procent) + "%";
    }

    /** Per municipality code: the number of housed households (for the map). */
    public static Map<String, Integer> perGemeente(Rapport r) {
        return r.cijfer("BESTEMMING_PER_GEMEENTE").delen().stream().filter(d -> !ONBEKEND.equals(d.sleutel()))
                .collect(Collectors.toMap(Deel::sleutel, Deel::casussen, (a, b) -> a, LinkedHashMap::new));
    }
}
