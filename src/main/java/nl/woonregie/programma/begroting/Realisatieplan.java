package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the arithmetic of spending needs: the computed budget (for its groups of lines), the lines with an amount,
 * what the controller entered as realised per line and year, the controller's splits of multi-year lines, and what
 * the programme does with unspent money.
 *
 * @param begroting    the computed budget ({@link Begrotingsrekening}): its totals name the lines of each group
 * @param regels       the lines with an amount (lines of "n.v.t." take no realisation)
 * @param realisaties  the realised amount per line and year, up to and including a month of that year
 * @param verdelingen  the controller's split of a multi-year line over its years (never made by the system)
 * @param restmiddelen the programme's rule for unspent money ("toegevoegd aan de reserve MO/BW"), null when none
 */
public record Realisatieplan(Begroting begroting, List<Regel> regels, List<Realisatie> realisaties,
        List<Verdeling> verdelingen, String restmiddelen) {

    public Realisatieplan {
        regels = List.copyOf(regels);
        realisaties = List.copyOf(realisaties);
        verdelingen = List.copyOf(verdelingen);
    }

    /**
     * A line with an amount, over its years.
     *
     * @param restmiddelen the line's own rule for unspent money (null: the programme's)
     */
    public record Regel(int nummer, BigDecimal bedrag, int vanJaar, int totJaar, String restmiddelen) {

        /** The months of the line's period: 12 for each of its years. */
        int maanden() {
            return (totJaar - vanJaar + 1) * 12;
        }
    }

    /**
     * What was spent on a line in a year, up to and including month {@code totEnMetMaand} (12: the whole year).
     */
    public record Realisatie(int regel, int jaar, BigDecimal bedrag, int totEnMetMaand) {
    }

    /** The controller's split of a multi-year line: an amount per year; together the line's amount. */
    public record Verdeling(int regel, List<Jaardeel> jaren) {

        public Verdeling {
            jaren = List.copyOf(jaren);
        }
    }

    /** The part of a line's amount for one year, as the controller split it. */
    public record Jaardeel(int jaar, BigDecimal bedrag) {
    }
}
