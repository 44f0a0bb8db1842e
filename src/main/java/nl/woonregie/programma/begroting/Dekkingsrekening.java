package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.programma.begroting.Begroting.Bevinding;
import nl.woonregie.programma.begroting.Dekkingsplan.Berekening;
import nl.woonregie.programma.begroting.Dekkingsplan.Regel;
import nl.woonregie.programma.begroting.Dekkingsplan.Stroom;

/**
 * Computes a budget of persons × rates, exact to the cent: first the given amounts and the numbers × rates, then the
 * fractions of other lines (rounded half up to the cent), then year by year the transfer from the year before (that
 * year's computed balance), the totals and the balance. Where the plan states a line's amount or a year's total that
 * differs, that is a finding; the computed number stands. The plan is assumed consistent (a fraction names a line of
 * an amount or number × rate, a transfer has a year before it with lines): the service checks that.
 */
public final class Dekkingsrekening {

    private static final BigDecimal NUL = BigDecimal.ZERO.setScale(2);

    private Dekkingsrekening() {
    }

    public static Dekking bereken(Dekkingsplan plan) {
        List<Regel> regels = plan.regels().stream().sorted(Comparator.comparingInt(Regel::nummer)).toList();
        Map<Integer, BigDecimal> bedragen = new HashMap<>();
        Map<Integer, String> afleidingen = new HashMap<>();
        for (Regel r : regels) {
            if (r.berekening() == Berekening.BEDRAG) {
                bedragen.put(r.nummer(), r.bedrag().setScale(2, RoundingMode.UNNECESSARY));
                afleidingen.put(r.nummer(), "gegeven bedrag");
            } else if (r.berekening() == Berekening.AANTAL_MAAL_TARIEF) {
                BigDecimal b = r.tarief().multiply(BigDecimal.valueOf(r.aantal())).setScale(2, RoundingMode.HALF_UP);
                bedragen.put(r.nummer(), b);
                afleidingen.put(r.nummer(), r.aantal() + " × " + euro(r.tarief())
                        + (r.tariefbron() == null ? " (tarief van het plan)" : " (" + r.tariefbron() + ")") + " = "
                        + euro(b));
            }
        }
        for (Regel r : regels) {
            if (r.berekening() == Berekening.DEEL_VAN_REGEL) {
                BigDecimal van = bedragen.get(r.deelVanRegel());
                BigDecimal b = van.multiply(BigDecimal.valueOf(r.teller()))
                        .divide(BigDecimal.valueOf(r.noemer()), 2, RoundingMode.HALF_UP);
                bedragen.put(r.nummer(), b);
                afleidingen.put(r.nummer(), r.teller() + "/" + r.noemer() + " × regel " + r.deelVanRegel() + " ("
                        + euro(van) + ") = " + euro(b));
            }
        }

        Map<Integer, List<Regel>> perJaar = new TreeMap<>();
        regels.forEach(r -> perJaar.computeIfAbsent(r.jaar(), j -> new ArrayList<>()).add(r));
        Map<Integer, BigDecimal> saldi = new HashMap<>();
        List<Dekking.Jaar> jaren = new ArrayList<>();
        List<Bevinding> bevindingen = new ArrayList<>();
        for (Map.Entry<Integer, List<Regel>> e : perJaar.entrySet()) {
            int jaar = e.getKey();
            Dekking.Jaar vorig = jaren.isEmpty() ? null : jaren.get(jaren.size() - 1);
            for (Regel r : e.getValue()) {
                if (r.berekening() == Berekening.OVERHEVELING) {
                    BigDecimal saldo = saldi.getOrDefault(jaar - 1, NUL);
                    bedragen.put(r.nummer(), saldo);
                    afleidingen.put(r.nummer(), vorig != null && vorig.jaar() == jaar - 1
                            ? "saldo " + (jaar - 1) + ": " + euro(vorig.totaalInkomsten()) + " − "
                                    + euro(vorig.totaalUitgaven()) + " = " + euro(saldo)
                            : "geen begroting voor " + (jaar - 1));
                }
            }
            List<Dekking.Post> inkomsten = posten(e.getValue(), Stroom.INKOMSTEN, bedragen, afleidingen);
            List<Dekking.Post> uitgaven = posten(e.getValue(), Stroom.UITGAVEN, bedragen, afleidingen);
            BigDecimal in = som(inkomsten);
            BigDecimal zonder = som(inkomsten.stream().filter(p -> p.berekening() != Berekening.OVERHEVELING)
                    .toList());
            BigDecimal uit = som(uitgaven);
            BigDecimal saldo = in.subtract(uit);
            saldi.put(jaar, saldo);
            Dekking.Jaar j = new Dekking.Jaar(jaar, inkomsten, uitgaven, in, zonder, uit, saldo,
                    vermeld(plan, jaar, Stroom.INKOMSTEN), vermeld(plan, jaar, Stroom.UITGAVEN));
            jaren.add(j);
            for (Dekking.Post p : concat(inkomsten, uitgaven)) {
                if (p.vermeldBedrag() != null && p.vermeldBedrag().compareTo(p.bedrag()) != 0) {
                    bevindingen.add(new Bevinding(Bevinding.Soort.VERMELD_BEDRAG_WIJKT_AF, p.nummer(), "Regel "
                            + p.nummer() + " (" + p.omschrijving() + ", " + jaar + "): het plan vermeldt "
                            + vermeldTekst(p.vermeldBedrag()) + "; berekend is " + euro(p.bedrag()) + " ("
                            + p.afleiding() + ")."));
                }
            }
            jaartotaal(bevindingen, j, Stroom.INKOMSTEN);
            jaartotaal(bevindingen, j, Stroom.UITGAVEN);
        }
        return new Dekking(List.copyOf(jaren), List.copyOf(bevindingen));
    }

    private static void jaartotaal(List<Bevinding> bevindingen, Dekking.Jaar j, Stroom stroom) {
        boolean in = stroom == Stroom.INKOMSTEN;
        BigDecimal vermeld = in ? j.vermeldeInkomsten() : j.vermeldeUitgaven();
        BigDecimal berekend = in ? j.totaalInkomsten() : j.totaalUitgaven();
        if (vermeld == null || vermeld.compareTo(berekend) == 0) {
            return;
        }
        String tekst = "Het plan vermeldt voor de " + (in ? "inkomsten " : "uitgaven ") + j.jaar() + " een totaal van "
                + euro(vermeld) + "; berekend is " + euro(berekend) + ".";
        if (in && j.inkomstenZonderOverheveling().compareTo(berekend) != 0
                && vermeld.compareTo(j.inkomstenZonderOverheveling()) == 0) {
            tekst += " Het vermelde totaal is de som zonder de overheveling uit " + (j.jaar() - 1) + " ("
                    + euro(berekend.subtract(j.inkomstenZonderOverheveling())) + " berekend): het plan rekent met "
                    + "de overheveling zoals het haar vermeldt.";
        }
        bevindingen.add(new Bevinding(Bevinding.Soort.VERMELD_JAARTOTAAL_WIJKT_AF, null, tekst));
    }

    private static List<Dekking.Post> posten(List<Regel> regels, Stroom stroom, Map<Integer, BigDecimal> bedragen,
            Map<Integer, String> afleidingen) {
        return regels.stream().filter(r -> r.stroom() == stroom).map(r -> new Dekking.Post(r.nummer(),
                r.omschrijving(), r.berekening(), r.aantal(), r.tarief(), bedragen.get(r.nummer()), afleidingen.get(r.nummer()),
                r.vermeldBedrag())).toList();
    }

    private static BigDecimal som(List<Dekking.Post> posten) {
        return posten.stream().map(Dekking.Post::bedrag).reduce(NUL, BigDecimal::add);
    }

    private static BigDecimal vermeld(Dekkingsplan plan, int jaar, Stroom stroom) {
        return plan.vermeldeTotalen().stream().filter(v -> v.jaar() == jaar && v.stroom() == stroom)
                .map(Dekkingsplan.VermeldTotaal::bedrag).findFirst().orElse(null);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    /** A stated amount; nil as the plans write it: "–". */
    private static String vermeldTekst(BigDecimal b) {
        return b.signum() == 0 ? "– (nihil)" : euro(b);
    }

    private static String euro(BigDecimal b) {
        return Begrotingsrekening.euro(b);
    }
}
