package nl.woonregie.programma.voortgang;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.woonregie.programma.voortgang.Programmavoortgang.Doelvoortgang;
import nl.woonregie.programma.voortgang.Programmavoortgang.Evaluatievoortgang;
import nl.woonregie.programma.voortgang.Programmavoortgang.Indicatorvoortgang;
import nl.woonregie.programma.voortgang.Programmavoortgang.Oordeel;
import nl.woonregie.programma.voortgang.Programmavoortgang.Projectvoortgang;
import nl.woonregie.programma.voortgang.Programmavoortgang.Projectwijziging;
import nl.woonregie.programma.voortgang.Programmavoortgang.Statustelling;
import nl.woonregie.programma.voortgang.Programmavoortgang.Veldwijziging;
import nl.woonregie.programma.voortgang.Programmavoortgang.Voortgangsbevinding;
import nl.woonregie.programma.voortgang.Voortgangsplan.Meting;
import nl.woonregie.programma.voortgang.Voortgangsplan.Project;
import nl.woonregie.programma.voortgang.Voortgangsplan.Stand;

/**
 * Computes the progress report of a programme over a period (issue 18 §5). The rules:
 * <ul>
 * <li>a project's status at the start is the one of the last version made before the first day; every later version
 * made up to the last day that changed the project (its name, goal, status, planning or owner) is a change, with
 * who, when and why;</li>
 * <li>an indicator's latest value is its latest measurement on or before the last day; it reaches a target of
 * {@code TEN_MINSTE} when it is at least the target, of {@code TEN_HOOGSTE} when at most;</li>
 * <li>a deadline on or before the last day without a measurement on or before the deadline that reaches the target is
 * a finding ({@code DEADLINE_VERSTREKEN}), also when the target was reached later (the finding says so);</li>
 * <li>a planned evaluation moment whose date lies before the last day and which has no outcome is a finding
 * ({@code EVALUATIE_ZONDER_UITKOMST}).</li>
 * </ul>
 */
public final class Voortgangsrekening {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private Voortgangsrekening() {
    }

    public static Programmavoortgang bereken(Voortgangsplan plan) {
        if (plan.van().isAfter(plan.tot())) {
            throw new IllegalArgumentException("de periode begint na haar einde");
        }
        List<Stand> standen = plan.standen().stream().filter(s -> !s.dag().isAfter(plan.tot()))
                .sorted(Comparator.comparingInt(Stand::versie)).toList();
        Stand begin = null;
        for (Stand s : standen) {
            if (s.dag().isBefore(plan.van())) {
                begin = s;
            }
        }
        Stand eind = standen.isEmpty() ? null : standen.get(standen.size() - 1);
        List<Project> projectenNu = eind == null ? List.of() : eind.projecten();

        List<Projectvoortgang> projecten = new ArrayList<>();
        for (Project p : projectenNu) {
            Project bijBegin = begin == null ? null : project(begin, p.nummer());
            List<Projectwijziging> wijzigingen = new ArrayList<>();
            Stand vorige = begin;
            for (Stand s : standen) {
                if (s.dag().isBefore(plan.van())) {
                    continue;
                }
                Project oud = vorige == null ? null : project(vorige, p.nummer());
                Project nieuw = project(s, p.nummer());
                if (vorige != null && nieuw != null) {
                    List<Veldwijziging> velden = verschil(oud, nieuw);
                    if (!velden.isEmpty()) {
                        wijzigingen.add(new Projectwijziging(s.versie(), s.dag(), s.door(), s.reden(), velden));
                    }
                }
                vorige = s;
            }
            projecten.add(new Projectvoortgang(p.nummer(), p.doel(), p.naam(), p.status(), p.statuslabel(),
                    p.planning(), p.eigenaar(), bijBegin == null ? null : bijBegin.status(),
                    bijBegin == null ? null : bijBegin.statuslabel(), wijzigingen));
        }

        List<Doelvoortgang> doelen = new ArrayList<>();
        for (Voortgangsplan.Doel d : plan.doelen()) {
            Map<String, Statustelling> telling = new LinkedHashMap<>();
            int aantal = 0;
            for (Project p : projectenNu) {
                if (p.doel() == d.nummer()) {
                    aantal++;
                    Statustelling t = telling.get(p.status());
                    telling.put(p.status(), new Statustelling(p.status(), p.statuslabel(), t == null ? 1 : t.aantal() + 1));
                }
            }
            doelen.add(new Doelvoortgang(d.nummer(), d.thema(), d.omschrijving(), d.deadline(), aantal,
                    List.copyOf(telling.values())));
        }

        List<Voortgangsbevinding> bevindingen = new ArrayList<>();
        List<Indicatorvoortgang> indicatoren = new ArrayList<>();
        for (Voortgangsplan.Indicator in : plan.indicatoren()) {
            List<Meting> metingen = in.metingen().stream().filter(Objects::nonNull)
                    .filter(m -> m.datum() != null && m.waarde() != null)
                    .sorted(Comparator.comparing(Meting::datum)).toList();
            List<Meting> inPeriode = metingen.stream()
                    .filter(m -> !m.datum().isBefore(plan.van()) && !m.datum().isAfter(plan.tot())).toList();
            Meting laatste = laatsteOp(metingen, plan.tot());
            Oordeel oordeel = in.streefwaarde() == null ? Oordeel.GEEN_STREEFWAARDE
                    : laatste == null ? Oordeel.GEEN_METING
                    : bereikt(in, laatste.waarde()) ? Oordeel.BEREIKT : Oordeel.NOG_NIET_BEREIKT;
            indicatoren.add(new Indicatorvoortgang(in.nummer(), in.naam(), in.eenheid(), in.streefwaarde(),
                    in.richting() == null ? Streefrichting.TEN_MINSTE : in.richting(), in.deadline(), in.doel(),
                    in.project(), inPeriode, laatste, oordeel));
            if (in.streefwaarde() != null && in.deadline() != null && !in.deadline().isAfter(plan.tot())) {
                Meting opDeadline = laatsteOp(metingen, in.deadline());
                if (opDeadline == null || !bereikt(in, opDeadline.waarde())) {
                    bevindingen.add(new Voortgangsbevinding(Voortgangsbevinding.Soort.DEADLINE_VERSTREKEN,
                            in.nummer(), deadlineToelichting(in, opDeadline, laatste)));
                }
            }
        }

        List<Evaluatievoortgang> evaluaties = new ArrayList<>();
        for (Voortgangsplan.Evaluatie e : plan.evaluaties().stream()
                .sorted(Comparator.comparing(Voortgangsplan.Evaluatie::datum)
                        .thenComparingInt(Voortgangsplan.Evaluatie::nummer)).toList()) {
            boolean inPeriode = !e.datum().isBefore(plan.van()) && !e.datum().isAfter(plan.tot());
            evaluaties.add(new Evaluatievoortgang(e.nummer(), e.naam(), e.datum(), e.status(), e.uitkomst(),
                    e.project(), e.door(), inPeriode));
            boolean zonderUitkomst = e.uitkomst() == null || e.uitkomst().isBlank();
            if (e.status() == Evaluatiestatus.GEPLAND && zonderUitkomst && e.datum().isBefore(plan.tot())) {
                bevindingen.add(new Voortgangsbevinding(Voortgangsbevinding.Soort.EVALUATIE_ZONDER_UITKOMST,
                        e.nummer(), "Evaluatiemoment " + e.nummer() + " (" + e.naam() + ") was gepland op "
                        + DAG.format(e.datum()) + " en heeft nog geen uitkomst."));
            }
        }
        return new Programmavoortgang(plan.van(), plan.tot(), doelen, projecten, indicatoren, evaluaties,
                bevindingen);
    }

    private static Project project(Stand s, int nummer) {
        return s.projecten().stream().filter(p -> p.nummer() == nummer).findFirst().orElse(null);
    }

    private static List<Veldwijziging> verschil(Project oud, Project nieuw) {
        List<Veldwijziging> velden = new ArrayList<>();
        if (oud == null) {
            velden.add(new Veldwijziging("project", null, "toegevoegd"));
            return velden;
        }
        veld(velden, "naam", oud.naam(), nieuw.naam());
        veld(velden, "doel", Integer.toString(oud.doel()), Integer.toString(nieuw.doel()));
        veld(velden, "status", oud.statuslabel(), nieuw.statuslabel());
        veld(velden, "planning", oud.planning(), nieuw.planning());
        veld(velden, "eigenaar", oud.eigenaar(), nieuw.eigenaar());
        return velden;
    }

    private static void veld(List<Veldwijziging> velden, String veld, String van, String naar) {
        if (!Objects.equals(van, naar)) {
            velden.add(new Veldwijziging(veld, van, naar));
        }
    }

    private static Meting laatsteOp(List<Meting> gesorteerd, LocalDate dag) {
        Meting laatste = null;
        for (Meting m : gesorteerd) {
            if (!m.datum().isAfter(dag)) {
                laatste = m;
            }
        }
        return laatste;
    }

    static boolean bereikt(Voortgangsplan.Indicator in, BigDecimal waarde) {
        int c = waarde.compareTo(in.streefwaarde());
        return in.richting() == Streefrichting.TEN_HOOGSTE ? c <= 0 : c >= 0;
    }

    private static String deadlineToelichting(Voortgangsplan.Indicator in, Meting opDeadline, Meting laatste) {
        String doelwaarde = (in.richting() == Streefrichting.TEN_HOOGSTE ? "ten hoogste " : "ten minste ")
                + metEenheid(in.streefwaarde(), in.eenheid());
        String s = "Indicator " + in.nummer() + " (" + in.naam() + "): de deadline " + DAG.format(in.deadline())
                + " is verstreken zonder dat de streefwaarde (" + doelwaarde + ") bereikt is; ";
        s += opDeadline == null ? "er was toen geen meting." : "de laatste meting daarvoor was "
                + metEenheid(opDeadline.waarde(), in.eenheid()) + " (" + DAG.format(opDeadline.datum()) + ").";
        if (laatste != null && laatste != opDeadline && bereikt(in, laatste.waarde())) {
            s += " Later wel bereikt: " + metEenheid(laatste.waarde(), in.eenheid()) + " ("
                    + DAG.format(laatste.datum()) + ").";
        }
        return s;
    }

    /**
     * A value with its unit as the plan names it ("6 matches"); exactly 1 with the unit apart ("1, eenheid:
     * voorzieningen"), since the plan's units are plurals.
     */
    public static String metEenheid(BigDecimal waarde, String eenheid) {
        String g = getal(waarde);
        return waarde.compareTo(BigDecimal.ONE) == 0 ? g + " (eenheid: " + eenheid + ")" : g + " " + eenheid;
    }

    /** A number in Dutch notation (1.592; 3,5). */
    static String getal(BigDecimal b) {
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(
                Locale.forLanguageTag("nl")));
        return f.format(b);
    }
}
