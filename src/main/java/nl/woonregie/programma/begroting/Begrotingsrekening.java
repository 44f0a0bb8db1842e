package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import nl.woonregie.programma.begroting.Begroting.Bevinding;
import nl.woonregie.programma.begroting.Begrotingsplan.Regel;

/**
 * Computes a programme's budget from its lines: a pure function, exact to the cent. A line's theme and goal follow
 * from what it belongs to (a project's goal, a goal's theme); a line of several projects counts once, for the group
 * of projects, and under their theme when they share one. Multi-year lines are never split over their years.
 * The plan is assumed consistent (every goal, project and theme a line names exists): the service checks that.
 */
public final class Begrotingsrekening {

    private Begrotingsrekening() {
    }

    public static Begroting bereken(Begrotingsplan plan) {
        Map<Integer, Integer> themaVanDoel = new HashMap<>();
        plan.doelen().forEach(d -> themaVanDoel.put(d.nummer(), d.thema()));
        Map<Integer, Integer> doelVanProject = new HashMap<>();
        plan.projecten().forEach(p -> doelVanProject.put(p.nummer(), p.doel()));

        List<Regel> begroot = plan.regels().stream().filter(r -> r.bedrag() != null)
                .sorted(Comparator.comparingInt(Regel::nummer)).toList();
        List<Bevinding> bevindingen = new ArrayList<>();

        Map<Integer, Integer> themaVanRegel = new HashMap<>();
        Map<Integer, Integer> doelVanRegel = new HashMap<>();
        for (Regel r : begroot) {
            Integer doel = r.doel();
            Integer thema = r.thema();
            if (!r.projecten().isEmpty()) {
                Set<Integer> doelen = new LinkedHashSet<>();
                r.projecten().forEach(p -> doelen.add(doelVanProject.get(p)));
                Set<Integer> themas = new LinkedHashSet<>();
                doelen.forEach(d -> themas.add(themaVanDoel.get(d)));
                doel = doelen.size() == 1 ? doelen.iterator().next() : null;
                thema = themas.size() == 1 ? themas.iterator().next() : null;
                if (themas.size() > 1) {
                    bevindingen.add(new Bevinding(Bevinding.Soort.MEERDERE_THEMAS, r.nummer(), "Regel " + r.nummer()
                            + " (" + euro(r.bedrag()) + ") hoort bij projecten van verschillende thema's en telt "
                            + "daarom bij geen enkel thema mee."));
                }
            } else if (doel != null) {
                thema = themaVanDoel.get(doel);
            }
            themaVanRegel.put(r.nummer(), thema);
            doelVanRegel.put(r.nummer(), doel);
        }

        for (Regel r : begroot) {
            if (r.vanJaar() < plan.vanJaar() || r.totJaar() > plan.totJaar()) {
                bevindingen.add(new Bevinding(Bevinding.Soort.BUITEN_PLANPERIODE, r.nummer(), "Regel " + r.nummer()
                        + " (" + euro(r.bedrag()) + ", " + jaren(r.vanJaar(), r.totJaar()) + ") loopt buiten de "
                        + "planperiode " + jaren(plan.vanJaar(), plan.totJaar()) + "."));
            }
        }

        Begroting.Totaal totaal = totaal(begroot);
        if (plan.vermeldTotaal() != null && plan.vermeldTotaal().compareTo(totaal.bedrag()) != 0) {
            bevindingen.add(new Bevinding(Bevinding.Soort.VERMELD_TOTAAL_WIJKT_AF, null, "Het plan vermeldt een totaal "
                    + "van " + euro(plan.vermeldTotaal()) + "; de regels tellen op tot " + euro(totaal.bedrag())
                    + "."));
        }

        List<Begroting.PerThema> perThema = groepeer(begroot, r -> themaVanRegel.get(r.nummer()),
                Comparator.nullsLast(Comparator.<Integer>naturalOrder()), Begroting.PerThema::new);
        List<Begroting.PerDoel> perDoel = groepeer(begroot, r -> doelVanRegel.get(r.nummer()),
                Comparator.nullsLast(Comparator.<Integer>naturalOrder()), Begroting.PerDoel::new);
        List<Begroting.PerProjecten> perProjecten = groepeer(
                begroot.stream().filter(r -> !r.projecten().isEmpty()).toList(),
                r -> r.projecten().stream().sorted().distinct().toList(),
                Comparator.<List<Integer>, Integer>comparing(l -> l.get(0)).thenComparing(List::size),
                Begroting.PerProjecten::new);
        List<Begroting.PerJaar> perJaar = groepeer(begroot.stream().filter(Regel::eenjarig).toList(),
                Regel::vanJaar, Comparator.<Integer>naturalOrder(), Begroting.PerJaar::new);
        List<Begroting.Meerjarig> meerjarig = groepeer(begroot.stream().filter(r -> !r.eenjarig()).toList(),
                r -> List.of(r.vanJaar(), r.totJaar()),
                Comparator.<List<Integer>, Integer>comparing(l -> l.get(0)).thenComparing(l -> l.get(1)),
                (l, t) -> new Begroting.Meerjarig(l.get(0), l.get(1), t));
        List<Begroting.PerBron> perBron = groepeer(begroot, r -> r.financieringsbron() == null ? ""
                : r.financieringsbron(), Comparator.<String>naturalOrder(), Begroting.PerBron::new);
        List<Integer> nietBegroot = plan.regels().stream().filter(r -> r.bedrag() == null).map(Regel::nummer)
                .sorted().toList();
        return new Begroting(totaal, perThema, perDoel, perProjecten, perJaar, meerjarig, perBron, nietBegroot,
                List.copyOf(bevindingen));
    }

    private interface Maker<K, T> {
        T maak(K sleutel, Begroting.Totaal totaal);
    }

    private static <K, T> List<T> groepeer(List<Regel> regels, Function<Regel, K> sleutel, Comparator<K> volgorde,
            Maker<K, T> maker) {
        Map<K, List<Regel>> groepen = new TreeMap<>(volgorde);
        Map<K, List<Regel>> metNull = new HashMap<>();
        for (Regel r : regels) {
            K k = sleutel.apply(r);
            if (k == null) {
                metNull.computeIfAbsent(null, x -> new ArrayList<>()).add(r);
            } else {
                groepen.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        List<T> uit = new ArrayList<>();
        groepen.forEach((k, rs) -> uit.add(maker.maak(k, totaal(rs))));
        if (metNull.containsKey(null)) {
            uit.add(maker.maak(null, totaal(metNull.get(null))));
        }
        return List.copyOf(uit.stream().filter(Objects::nonNull).toList());
    }

    private static Begroting.Totaal totaal(List<Regel> regels) {
        BigDecimal som = BigDecimal.ZERO.setScale(2);
        for (Regel r : regels) {
            som = som.add(r.bedrag());
        }
        return new Begroting.Totaal(som.setScale(2, RoundingMode.UNNECESSARY),
                regels.stream().map(Regel::nummer).sorted().toList());
    }

    private static String jaren(int van, int tot) {
        return van == tot ? Integer.toString(van) : van + "–" + tot;
    }

    /** An amount as Dutch text writes it (€ 475.000,00); the engine knows no platform formatting. */
    static String euro(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(bedrag);
    }
}
