package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the arithmetic of a budget of persons × rates needs (Wassenaar's "Budget 2017 en 2018 vergunninghouders",
 * 004:L569-697): per year its income and spending lines, each a given amount, a number × a rate, the transfer of the
 * previous year's balance, or a fraction of another line; and the totals the plan states, to compare.
 *
 * @param regels          the lines (numbers unique)
 * @param vermeldeTotalen the totals per year and flow as the plan's text states them (compared, never used)
 */
public record Dekkingsplan(List<Regel> regels, List<VermeldTotaal> vermeldeTotalen) {

    public Dekkingsplan {
        regels = List.copyOf(regels);
        vermeldeTotalen = List.copyOf(vermeldeTotalen);
    }

    /** Income or spending. */
    public enum Stroom {
        INKOMSTEN, UITGAVEN
    }

    /** How a line's amount comes about. */
    public enum Berekening {
        /** A given amount (e.g. a transfer from a year before the plan, a spending item). */
        BEDRAG,
        /** A number (of persons, of routes) times a rate. */
        AANTAL_MAAL_TARIEF,
        /** The balance of the year before, computed (income only). */
        OVERHEVELING,
        /** A fraction (teller/noemer, the teller negative for a correction) of another line. */
        DEEL_VAN_REGEL
    }

    /**
     * One line.
     *
     * @param bedrag        the amount of a {@link Berekening#BEDRAG} line
     * @param aantal        the number of a {@link Berekening#AANTAL_MAAL_TARIEF} line
     * @param tarief        its rate (the plan's own or a dated rate the caller looked up)
     * @param tariefbron    where the rate comes from, for the derivation ("RMBA, 004:L569-626"); null for the plan's own
     * @param deelVanRegel  the line a {@link Berekening#DEEL_VAN_REGEL} line is a fraction of
     * @param vermeldBedrag the amount as the plan states it (compared, never used); null when it states none
     */
    public record Regel(int nummer, int jaar, Stroom stroom, String omschrijving, Berekening berekening,
            BigDecimal bedrag, Integer aantal, BigDecimal tarief, String tariefbron, Integer deelVanRegel,
            Integer teller, Integer noemer, BigDecimal vermeldBedrag) {
    }

    /** A total the plan states for a year's income or spending. */
    public record VermeldTotaal(int jaar, Stroom stroom, BigDecimal bedrag) {
    }
}
