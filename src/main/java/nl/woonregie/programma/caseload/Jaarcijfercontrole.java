package nl.woonregie.programma.caseload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import nl.woonregie.programma.caseload.Jaarcijfer.Deel;
import nl.woonregie.programma.caseload.Jaarcijfer.Grootheid;

/**
 * Checks the yearly figures a municipality entered as its sources state them, and names every difference — the
 * figures themselves are never corrected:
 * <ul>
 * <li>{@link Soort#MEERDERE_WAARDEN}: one year, two different values of the same figure (Wassenaar 2016: taakstelling
 * 51 in 004:L23-31 and 66 in 004:L84-112; housed 46 = 34 adults and 12 children in 004:L15-17 and 56 in the
 * table);</li>
 * <li>{@link Soort#DELEN_VERKLAARD}: the year's taakstelling is its stated half-years plus the backlog carried into
 * it, shown as the derivation (Wassenaar 2017: 45 = 20 + 15 + 10) — an explanation, not an error;</li>
 * <li>{@link Soort#DELEN_WIJKEN_AF}: the stated half-years (and backlog) do not make any stated value of the year;</li>
 * <li>{@link Soort#ACHTERSTAND_AFGELEID} and {@link Soort#ACHTERSTAND_WIJKT_AF}: the backlog carried into a year
 * against the previous year's taakstelling minus the number housed, for each pair of stated values.</li>
 * </ul>
 * The totals over the years are computed, never typed: where a year has several values, as the lowest and the
 * highest sum.
 */
public final class Jaarcijfercontrole {

    public enum Soort {
        MEERDERE_WAARDEN, DELEN_VERKLAARD, DELEN_WIJKEN_AF, ACHTERSTAND_AFGELEID, ACHTERSTAND_WIJKT_AF
    }

    /** A finding about a year's figure, with the ids of the stated figures it is about and its derivation. */
    public record Bevinding(Soort soort, int jaar, Grootheid grootheid, String omschrijving, List<Long> cijfers) {
    }

    /** The sum over the years of one figure: the lowest and highest when a year has more than one value. */
    public record Totaal(Grootheid grootheid, int vanJaar, int totJaar, long laagste, long hoogste) {
    }

    public record Controle(List<Totaal> totalen, List<Bevinding> bevindingen) {
    }

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Jaarcijfercontrole() {
    }

    public static Controle controleer(List<Jaarcijfer> cijfers) {
        List<Bevinding> bevindingen = new ArrayList<>();
        List<Totaal> totalen = new ArrayList<>();
        for (Grootheid g : Grootheid.values()) {
            TreeMap<Integer, List<Jaarcijfer>> perJaar = new TreeMap<>();
            cijfers.stream().filter(c -> c.grootheid() == g && c.deel() == Deel.JAAR)
                    .forEach(c -> perJaar.computeIfAbsent(c.jaar(), j -> new ArrayList<>()).add(c));
            long laag = 0;
            long hoog = 0;
            for (var e : perJaar.entrySet()) {
                TreeSet<Integer> waarden = e.getValue().stream().map(Jaarcijfer::waarde)
                        .collect(Collectors.toCollection(TreeSet::new));
                laag += waarden.first();
                hoog += waarden.last();
                if (waarden.size() > 1) {
                    bevindingen.add(new Bevinding(Soort.MEERDERE_WAARDEN, e.getKey(), g, "Voor " + e.getKey()
                            + " staan " + waarden.size() + " verschillende waarden: " + e.getValue().stream()
                                    .map(c -> getal(c.waarde()) + " (" + c.bron() + ")")
                                    .collect(Collectors.joining(", ")) + ".", ids(e.getValue())));
                }
            }
            if (!perJaar.isEmpty()) {
                totalen.add(new Totaal(g, perJaar.firstKey(), perJaar.lastKey(), laag, hoog));
            }
        }
        Set<Integer> jaren = new TreeSet<>();
        cijfers.forEach(c -> jaren.add(c.jaar()));
        for (int jaar : jaren) {
            delen(cijfers, jaar, bevindingen);
            achterstand(cijfers, jaar, bevindingen);
        }
        return new Controle(totalen, bevindingen);
    }

    /** The stated half-years and backlog of a year's taakstelling (or housed) against the year's values. */
    private static void delen(List<Jaarcijfer> cijfers, int jaar, List<Bevinding> bevindingen) {
        for (Grootheid g : Grootheid.values()) {
            List<Jaarcijfer> jaarwaarden = van(cijfers, c -> c.jaar() == jaar && c.grootheid() == g
                    && c.deel() == Deel.JAAR);
            List<Jaarcijfer> delen = van(cijfers, c -> c.jaar() == jaar && c.grootheid() == g
                    && c.deel() != Deel.JAAR).stream().sorted(java.util.Comparator.comparing(Jaarcijfer::deel))
                    .toList();
            if (jaarwaarden.isEmpty() || delen.stream().noneMatch(c -> c.deel() != Deel.ACHTERSTAND)) {
                continue;
            }
            long som = delen.stream().mapToLong(Jaarcijfer::waarde).sum();
            String afleiding = delen.stream().map(c -> getal(c.waarde()) + " (" + omschrijving(c.deel(), jaar) + ")")
                    .collect(Collectors.joining(" + "));
            List<Long> ids = new ArrayList<>(ids(delen));
            List<Jaarcijfer> gelijk = van(jaarwaarden, c -> c.waarde() == som);
            if (!gelijk.isEmpty()) {
                if (delen.stream().anyMatch(c -> c.deel() == Deel.ACHTERSTAND)) {
                    ids.addAll(0, ids(gelijk));
                    bevindingen.add(new Bevinding(Soort.DELEN_VERKLAARD, jaar, g, getal(som) + " (" + gelijk.get(0)
                            .bron() + ") = " + afleiding + ": de halfjaren samen met de achterstand uit "
                            + (jaar - 1) + ".", ids));
                }
            } else {
                ids.addAll(0, ids(jaarwaarden));
                bevindingen.add(new Bevinding(Soort.DELEN_WIJKEN_AF, jaar, g, afleiding + " = " + getal(som)
                        + ", maar voor het jaar staat " + jaarwaarden.stream().map(c -> getal(c.waarde()) + " ("
                                + c.bron() + ")").collect(Collectors.joining(" en ")) + ".", ids));
            }
        }
    }

    /** The backlog carried into a year against the previous year's taakstelling minus its housed, per pair. */
    private static void achterstand(List<Jaarcijfer> cijfers, int jaar, List<Bevinding> bevindingen) {
        List<Jaarcijfer> taak = van(cijfers, c -> c.jaar() == jaar - 1 && c.grootheid() == Grootheid.TAAKSTELLING
                && c.deel() == Deel.JAAR);
        List<Jaarcijfer> gehuisvest = van(cijfers, c -> c.jaar() == jaar - 1 && c.grootheid() == Grootheid.GEHUISVEST
                && c.deel() == Deel.JAAR);
        for (Jaarcijfer a : van(cijfers, c -> c.jaar() == jaar && c.deel() == Deel.ACHTERSTAND)) {
            if (taak.isEmpty() || gehuisvest.isEmpty()) {
                continue;
            }
            List<String> passend = new ArrayList<>();
            List<String> anders = new ArrayList<>();
            Set<Long> ids = new LinkedHashSet<>(List.of(a.id()));
            for (Jaarcijfer t : taak) {
                for (Jaarcijfer h : gehuisvest) {
                    String som = getal(t.waarde()) + " − " + getal(h.waarde()) + " = " + getal(t.waarde() - h.waarde())
                            + " (" + t.bron() + "; " + h.bron() + ")";
                    if (t.waarde() - h.waarde() == a.waarde()) {
                        passend.add(som);
                        ids.add(t.id());
                        ids.add(h.id());
                    } else {
                        anders.add(som);
                    }
                }
            }
            String kop = "Achterstand " + getal(a.waarde()) + " in " + jaar + " (" + a.bron() + ")";
            if (!passend.isEmpty()) {
                bevindingen.add(new Bevinding(Soort.ACHTERSTAND_AFGELEID, jaar, Grootheid.TAAKSTELLING, kop
                        + " = taakstelling − gehuisvest " + (jaar - 1) + ": " + String.join("; ", passend)
                        + (anders.isEmpty() ? "." : "; met de andere waarden: " + String.join("; ", anders) + "."),
                        List.copyOf(ids)));
            } else {
                bevindingen.add(new Bevinding(Soort.ACHTERSTAND_WIJKT_AF, jaar, Grootheid.TAAKSTELLING, kop
                        + " volgt uit geen paar waarden van " + (jaar - 1) + ": " + String.join("; ", anders) + ".",
                        List.copyOf(ids)));
            }
        }
    }

    private static String omschrijving(Deel d, int jaar) {
        return switch (d) {
            case EERSTE_HALFJAAR -> "eerste halfjaar";
            case TWEEDE_HALFJAAR -> "tweede halfjaar";
            case ACHTERSTAND -> "achterstand uit " + (jaar - 1);
            case JAAR -> "jaar";
        };
    }

    private static List<Jaarcijfer> van(List<Jaarcijfer> cijfers, Predicate<Jaarcijfer> p) {
        return cijfers.stream().filter(p).toList();
    }

    private static List<Long> ids(List<Jaarcijfer> l) {
        return l.stream().map(Jaarcijfer::id).toList();
    }

    private static String getal(long n) {
        return String.format(NL, "%,d", n);
    }
}
