package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.programma.begroting.Realisatieplan.Jaardeel;
import nl.woonregie.programma.begroting.Realisatieplan.Realisatie;
import nl.woonregie.programma.begroting.Realisatieplan.Regel;
import nl.woonregie.programma.begroting.Realisatiestand.Stand;

/**
 * Budget against spending, a pure function exact to the cent.
 *
 * <ul>
 * <li><b>Exhaustion</b>: realised / budget, a whole percentage, half up.</li>
 * <li><b>Forecast to the end</b> of a line's period: linear from the realised months. The months realised run from
 * January of the line's first year up to and including the month of its latest figure (a year without a figure
 * before it counts as nothing spent); forecast = realised × the line's months / the months realised, half up to the
 * cent. When the latest figure runs to December of the line's last year, the forecast is what was realised. No
 * figure: no forecast. The controller's split does not change it.</li>
 * <li><b>Per year</b> a single-year line counts in its year; a multi-year line counts per year only by the
 * controller's split (marked), otherwise it is compared as a span. A year's forecast of a line: the year's figure for
 * a year before its latest figure, linear within the year for the year of its latest figure, unknown after it.</li>
 * <li><b>Transfer</b> of unspent money at the end of the line's period, to the line's own destination or else the
 * programme's: budget − realised when the period is over (definitive), budget − forecast before (expected); never
 * negative.</li>
 * </ul>
 * The plan is assumed consistent (figures only for lines with an amount, in their years; a split of a multi-year line
 * that adds up): the service checks that.
 */
public final class Realisatierekening {

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HONDERD = new BigDecimal(100);
    private static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};

    private Realisatierekening() {
    }

    public static Realisatiestand bereken(Realisatieplan plan) {
        Map<Integer, Regel> regels = new TreeMap<>();
        plan.regels().forEach(r -> regels.put(r.nummer(), r));
        Map<Integer, Map<Integer, Realisatie>> perRegel = new HashMap<>();
        for (Realisatie r : plan.realisaties()) {
            perRegel.computeIfAbsent(r.regel(), x -> new TreeMap<>()).put(r.jaar(), r);
        }
        Map<Integer, Map<Integer, BigDecimal>> verdeling = new HashMap<>();
        plan.verdelingen().forEach(v -> {
            Map<Integer, BigDecimal> m = new TreeMap<>();
            for (Jaardeel d : v.jaren()) {
                m.put(d.jaar(), d.bedrag());
            }
            verdeling.put(v.regel(), m);
        });

        Map<Integer, Realisatiestand.Regelstand> standen = new LinkedHashMap<>();
        for (Regel r : regels.values()) {
            standen.put(r.nummer(), regelstand(r, perRegel.getOrDefault(r.nummer(), Map.of()),
                    verdeling.get(r.nummer()), plan.restmiddelen()));
        }

        Begroting b = plan.begroting();
        Stand totaal = stand(b.totaal().regels(), standen);
        List<Realisatiestand.Groep<Integer>> perThema = b.perThema().stream()
                .map(t -> new Realisatiestand.Groep<>(t.thema(), stand(t.totaal().regels(), standen))).toList();
        List<Realisatiestand.Groep<Integer>> perDoel = b.perDoel().stream()
                .map(d -> new Realisatiestand.Groep<>(d.doel(), stand(d.totaal().regels(), standen))).toList();
        List<Realisatiestand.Groep<List<Integer>>> perProjecten = b.perProjecten().stream()
                .map(p -> new Realisatiestand.Groep<>(p.projecten(), stand(p.totaal().regels(), standen))).toList();
        List<Realisatiestand.Groep<String>> perBron = b.perBron().stream()
                .map(s -> new Realisatiestand.Groep<>(s.financieringsbron(), stand(s.totaal().regels(), standen)))
                .toList();

        // years: single-year lines and split multi-year lines; spans: multi-year lines without a split
        Map<Integer, List<Integer>> jaarRegels = new TreeMap<>();
        Map<Integer, List<Integer>> jaarVerdeeld = new TreeMap<>();
        Map<List<Integer>, List<Integer>> spannen = new TreeMap<>(Comparator.<List<Integer>, Integer>comparing(
                l -> l.get(0)).thenComparing(l -> l.get(1)));
        for (Regel r : regels.values()) {
            if (r.vanJaar() == r.totJaar()) {
                jaarRegels.computeIfAbsent(r.vanJaar(), x -> new ArrayList<>()).add(r.nummer());
            } else if (verdeling.containsKey(r.nummer())) {
                for (int j = r.vanJaar(); j <= r.totJaar(); j++) {
                    jaarVerdeeld.computeIfAbsent(j, x -> new ArrayList<>()).add(r.nummer());
                }
            } else {
                spannen.computeIfAbsent(List.of(r.vanJaar(), r.totJaar()), x -> new ArrayList<>()).add(r.nummer());
            }
        }
        java.util.SortedSet<Integer> jaren = new java.util.TreeSet<>(jaarRegels.keySet());
        jaren.addAll(jaarVerdeeld.keySet());
        List<Realisatiestand.Jaarstand> perJaar = new ArrayList<>();
        for (int jaar : jaren) {
            List<Integer> eigen = jaarRegels.getOrDefault(jaar, List.of());
            List<Integer> verdeeld = jaarVerdeeld.getOrDefault(jaar, List.of());
            List<Integer> alle = new ArrayList<>(eigen);
            alle.addAll(verdeeld);
            alle.sort(Comparator.naturalOrder());
            BigDecimal begroot = NUL;
            BigDecimal gerealiseerd = NUL;
            BigDecimal prognose = NUL;
            List<Integer> zonder = new ArrayList<>();
            for (int n : alle) {
                Realisatiestand.Jaar j = standen.get(n).jaren().stream().filter(x -> x.jaar() == jaar).findFirst()
                        .orElseThrow();
                begroot = begroot.add(j.begroot());
                gerealiseerd = gerealiseerd.add(j.gerealiseerd() == null ? NUL : j.gerealiseerd());
                BigDecimal p = jaarprognose(standen.get(n), jaar);
                if (p == null) {
                    prognose = null;
                    if (standen.get(n).peiljaar() == null) {
                        zonder.add(n);
                    }
                } else if (prognose != null) {
                    prognose = prognose.add(p);
                }
            }
            perJaar.add(new Realisatiestand.Jaarstand(jaar, new Stand(begroot, gerealiseerd,
                    begroot.subtract(gerealiseerd), uitputting(gerealiseerd, begroot), prognose, List.copyOf(alle),
                    List.copyOf(zonder)), List.copyOf(verdeeld)));
        }
        List<Realisatiestand.Spanstand> meerjarig = new ArrayList<>();
        spannen.forEach((k, ns) -> meerjarig.add(new Realisatiestand.Spanstand(k.get(0), k.get(1),
                stand(ns, standen))));

        Map<List<Object>, List<Realisatiestand.Overheveling>> perBestemming = new LinkedHashMap<>();
        for (Realisatiestand.Regelstand s : standen.values()) {
            if (s.overheveling() != null) {
                perBestemming.computeIfAbsent(java.util.Arrays.asList(s.overheveling().bestemming(),
                        s.overheveling().definitief()), x -> new ArrayList<>()).add(s.overheveling());
            }
        }
        List<Realisatiestand.Overheveling> overhevelingen = new ArrayList<>();
        perBestemming.forEach((k, os) -> {
            BigDecimal som = os.stream().map(Realisatiestand.Overheveling::bedrag).reduce(NUL, BigDecimal::add);
            List<Integer> ns = os.stream().flatMap(o -> o.regels().stream()).sorted().toList();
            boolean definitief = (Boolean) k.get(1);
            overhevelingen.add(new Realisatiestand.Overheveling(som, (String) k.get(0), definitief,
                    (definitief ? "niet uitgegeven" : "naar verwachting niet uitgegeven") + " op "
                            + (ns.size() == 1 ? "regel " : "regels ") + lijst(ns) + ": " + euro(som), ns));
        });

        return new Realisatiestand(totaal, List.copyOf(standen.values()), perThema, perDoel, perProjecten,
                List.copyOf(perJaar), List.copyOf(meerjarig), perBron, List.copyOf(overhevelingen));
    }

    private static Realisatiestand.Regelstand regelstand(Regel r, Map<Integer, Realisatie> figuren,
            Map<Integer, BigDecimal> verdeling, String restProgramma) {
        BigDecimal gerealiseerd = NUL;
        Integer peiljaar = null;
        Integer peilmaand = null;
        List<Realisatiestand.Jaar> jaren = new ArrayList<>();
        for (int j = r.vanJaar(); j <= r.totJaar(); j++) {
            Realisatie f = figuren.get(j);
            BigDecimal begroot = r.vanJaar() == r.totJaar() ? r.bedrag()
                    : verdeling == null ? null : verdeling.getOrDefault(j, NUL);
            jaren.add(new Realisatiestand.Jaar(j, begroot, f == null ? null : f.bedrag(),
                    f == null ? null : f.totEnMetMaand()));
            if (f != null) {
                gerealiseerd = gerealiseerd.add(f.bedrag());
                peiljaar = j;
                peilmaand = f.totEnMetMaand();
            }
        }
        gerealiseerd = gerealiseerd.setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal prognose = null;
        String afleiding;
        if (peiljaar == null) {
            afleiding = "nog geen realisatie: geen prognose";
        } else {
            int verstreken = (peiljaar - r.vanJaar()) * 12 + peilmaand;
            String periode = MAANDEN[0] + " " + r.vanJaar() + " tot en met " + MAANDEN[peilmaand - 1] + " "
                    + peiljaar;
            if (verstreken == r.maanden()) {
                prognose = gerealiseerd;
                afleiding = "de periode is voorbij (" + periode + "): de prognose is de realisatie, "
                        + euro(gerealiseerd);
            } else {
                prognose = gerealiseerd.multiply(new BigDecimal(r.maanden()))
                        .divide(new BigDecimal(verstreken), 2, RoundingMode.HALF_UP);
                afleiding = euro(gerealiseerd) + " gerealiseerd in " + verstreken + " van de " + r.maanden()
                        + " maanden (" + periode + "), lineair doorgetrokken: " + euro(gerealiseerd) + " × "
                        + r.maanden() + " / " + verstreken + " = " + euro(prognose);
            }
        }
        Realisatiestand.Overheveling overheveling = null;
        String bestemming = r.restmiddelen() != null ? r.restmiddelen() : restProgramma;
        if (prognose != null) {
            boolean definitief = peiljaar == r.totJaar() && peilmaand == 12;
            BigDecimal rest = r.bedrag().subtract(definitief ? gerealiseerd : prognose);
            if (rest.signum() > 0) {
                overheveling = new Realisatiestand.Overheveling(rest, bestemming, definitief,
                        euro(r.bedrag()) + " − " + euro(definitief ? gerealiseerd : prognose)
                                + (definitief ? " gerealiseerd" : " prognose") + " = " + euro(rest) + " "
                                + (bestemming == null ? "(het plan noemt geen bestemming)" : "→ " + bestemming),
                        List.of(r.nummer()));
            }
        }
        return new Realisatiestand.Regelstand(r.nummer(), r.bedrag(), gerealiseerd,
                r.bedrag().subtract(gerealiseerd), uitputting(gerealiseerd, r.bedrag()), peiljaar, peilmaand,
                prognose, afleiding, verdeling != null, List.copyOf(jaren), overheveling);
    }

    /** A line's forecast for one of its years (null: after its latest figure, or no figure at all). */
    private static BigDecimal jaarprognose(Realisatiestand.Regelstand s, int jaar) {
        if (s.peiljaar() == null || jaar > s.peiljaar()) {
            return null;
        }
        Realisatiestand.Jaar j = s.jaren().stream().filter(x -> x.jaar() == jaar).findFirst().orElseThrow();
        BigDecimal g = j.gerealiseerd() == null ? NUL : j.gerealiseerd();
        if (jaar < s.peiljaar() || s.peilmaand() == 12) {
            return g;
        }
        return g.multiply(new BigDecimal(12)).divide(new BigDecimal(s.peilmaand()), 2, RoundingMode.HALF_UP);
    }

    private static Stand stand(List<Integer> nummers, Map<Integer, Realisatiestand.Regelstand> standen) {
        BigDecimal begroot = NUL;
        BigDecimal gerealiseerd = NUL;
        BigDecimal prognose = NUL;
        List<Integer> zonder = new ArrayList<>();
        for (int n : nummers) {
            Realisatiestand.Regelstand s = standen.get(n);
            begroot = begroot.add(s.begroot());
            gerealiseerd = gerealiseerd.add(s.gerealiseerd());
            if (s.prognose() == null) {
                zonder.add(n);
            } else {
                prognose = prognose.add(s.prognose());
            }
        }
        return new Stand(begroot, gerealiseerd, begroot.subtract(gerealiseerd), uitputting(gerealiseerd, begroot),
                zonder.isEmpty() ? prognose : null, List.copyOf(nummers), List.copyOf(zonder));
    }

    /** Realised / budget as a whole percentage, half up; null when nothing is budgeted. */
    static BigDecimal uitputting(BigDecimal gerealiseerd, BigDecimal begroot) {
        if (begroot.signum() == 0) {
            return null;
        }
        return gerealiseerd.multiply(HONDERD).divide(begroot, 0, RoundingMode.HALF_UP);
    }

    private static String lijst(List<Integer> n) {
        return String.join(", ", n.stream().map(String::valueOf).toList());
    }

    private static String euro(BigDecimal b) {
        return Begrotingsrekening.euro(b);
    }
}
