package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.util.List;

/**
 * Budget against spending: per line, and per group of lines as the budget groups them (theme, goal, project(s),
 * year, span of years, funding source), what was budgeted, realised and remains, the exhaustion, and the forecast to
 * the end; per line the transfer of unspent money with its destination.
 *
 * @param totaal        all lines with an amount
 * @param regels        every line with an amount, in the order of their numbers
 * @param perThema      per theme, as {@link Begroting#perThema()}
 * @param perDoel       per goal, as {@link Begroting#perDoel()}
 * @param perProjecten  per project or group of projects, as {@link Begroting#perProjecten()}
 * @param perJaar       per year: the single-year lines, and the years of a multi-year line the controller split
 * @param meerjarig     the multi-year lines without a split, per span of years (never split by the system)
 * @param perBron       per funding source, as {@link Begroting#perBron()}
 * @param overhevelingen per destination of unspent money: what goes there at the end of the lines' periods
 */
public record Realisatiestand(Stand totaal, List<Regelstand> regels, List<Groep<Integer>> perThema,
        List<Groep<Integer>> perDoel, List<Groep<List<Integer>>> perProjecten, List<Jaarstand> perJaar,
        List<Spanstand> meerjarig, List<Groep<String>> perBron, List<Overheveling> overhevelingen) {

    /**
     * The figures of a group of lines.
     *
     * @param begroot          the lines' amounts
     * @param gerealiseerd     what was spent on them
     * @param resterend        begroot − gerealiseerd (negative: overspent)
     * @param uitputting       gerealiseerd / begroot as a whole percentage, half up (null when nothing is budgeted)
     * @param prognose         the sum of the lines' forecasts to the end; null when a line has no forecast
     * @param regels           the lines (their numbers)
     * @param zonderRealisatie the lines without any realisation yet (so without a forecast)
     */
    public record Stand(BigDecimal begroot, BigDecimal gerealiseerd, BigDecimal resterend, BigDecimal uitputting,
            BigDecimal prognose, List<Integer> regels, List<Integer> zonderRealisatie) {
    }

    /** A group of lines by its key (a theme, goal, project list or source; null as in the budget). */
    public record Groep<K>(K sleutel, Stand stand) {
    }

    /**
     * A year: its single-year lines and the parts of the lines the controller split over their years.
     *
     * @param verdeeldeRegels the lines that count here by the controller's split (marked as such)
     */
    public record Jaarstand(int jaar, Stand stand, List<Integer> verdeeldeRegels) {
    }

    /** Multi-year lines without a split, compared as a span. */
    public record Spanstand(int vanJaar, int totJaar, Stand stand) {
    }

    /**
     * A line: its figures, its realisation per year, its forecast and its transfer.
     *
     * @param peiljaar          the year of the latest realisation (null: none)
     * @param peilmaand         its month, inclusive (null: none)
     * @param prognose          the forecast to the end of the line's period (null: no realisation yet)
     * @param prognoseAfleiding how the forecast follows, in Dutch
     * @param verdeeld          whether the controller split the line over its years
     * @param jaren             per year of the line: the budget of that year (single-year line or the controller's
     *                          split; null for a span without a split) and what was realised
     * @param overheveling      the unspent money and its destination (null: no realisation yet, or nothing left)
     */
    public record Regelstand(int nummer, BigDecimal begroot, BigDecimal gerealiseerd, BigDecimal resterend,
            BigDecimal uitputting, Integer peiljaar, Integer peilmaand, BigDecimal prognose, String prognoseAfleiding,
            boolean verdeeld, List<Jaar> jaren, Overheveling overheveling) {
    }

    /**
     * A year of a line.
     *
     * @param begroot       the year's part (null: the line is a span without a split)
     * @param gerealiseerd  what was spent in the year (null: nothing entered)
     * @param totEnMetMaand up to and including which month the figure runs (null: nothing entered)
     */
    public record Jaar(int jaar, BigDecimal begroot, BigDecimal gerealiseerd, Integer totEnMetMaand) {
    }

    /**
     * Unspent money and where it goes.
     *
     * @param bedrag      the amount (never negative)
     * @param bestemming  the line's or the programme's rule (null: the plan names none)
     * @param definitief  true at the end of the line's period (budget − realised); false: expected (budget − forecast)
     * @param afleiding   how it follows, in Dutch
     * @param regels      the lines it comes from
     */
    public record Overheveling(BigDecimal bedrag, String bestemming, boolean definitief, String afleiding,
            List<Integer> regels) {
    }
}
