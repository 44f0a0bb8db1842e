package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.util.List;

import nl.woonregie.programma.begroting.Begroting.Bevinding;
import nl.woonregie.programma.begroting.Dekkingsplan.Berekening;

/**
 * The computed budget of persons × rates: per year its income and spending lines with their amounts and derivations,
 * the totals and the balance — all computed —, and the findings where the plan states something else.
 *
 * @param jaren       the years with lines, ascending
 * @param bevindingen a stated amount or total that differs from the computed one (the number is never corrected)
 */
public record Dekking(List<Jaar> jaren, List<Bevinding> bevindingen) {

    /**
     * One year.
     *
     * @param inkomsten                   the income lines
     * @param uitgaven                    the spending lines
     * @param totaalInkomsten             all income, the transfer from the year before as computed
     * @param inkomstenZonderOverheveling the income without the computed transfer (the given lines, the fractions)
     * @param totaalUitgaven              all spending
     * @param saldo                       income minus spending: what goes over to the next year
     * @param vermeldeInkomsten           the income total as the plan states it (null when it states none)
     * @param vermeldeUitgaven            the spending total as the plan states it (null when it states none)
     */
    public record Jaar(int jaar, List<Post> inkomsten, List<Post> uitgaven, BigDecimal totaalInkomsten,
            BigDecimal inkomstenZonderOverheveling, BigDecimal totaalUitgaven, BigDecimal saldo,
            BigDecimal vermeldeInkomsten, BigDecimal vermeldeUitgaven) {
    }

    /**
     * A computed line.
     *
     * @param aantal        the number of a line of a number × a rate (null otherwise)
     * @param tarief        its rate (null otherwise)
     * @param afleiding     how its amount comes about, in Dutch ("22 × € 2.370,00 = € 52.140,00")
     * @param vermeldBedrag the amount the plan states (null when none)
     */
    public record Post(int nummer, String omschrijving, Berekening berekening, Integer aantal, BigDecimal tarief,
            BigDecimal bedrag, String afleiding, BigDecimal vermeldBedrag) {
    }
}
