package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the controller records of a programme's execution (issue 18 §2), part of its versioned plan: what was spent
 * per budget line and year, and the controller's optional split of a multi-year line over its years. Only lines with
 * an amount take either; without a split a multi-year line stays a span (the system never splits it).
 *
 * @param realisaties what was spent per line and year
 * @param verdelingen the controller's splits of multi-year lines
 */
@Schema(name = "ProgrammaUitvoering")
public record Uitvoering(List<Realisatie> realisaties, List<Verdeling> verdelingen) {

    public Uitvoering {
        realisaties = Programmaplan.lijst(realisaties);
        verdelingen = Programmaplan.lijst(verdelingen);
    }

    /**
     * What was spent on a line in one of its years.
     *
     * @param regel         the line's number
     * @param bedrag        the amount spent in the year so far, in euros with cents
     * @param totEnMetMaand up to and including which month of the year (1–12; null: the whole year, 12)
     */
    @Schema(name = "ProgrammaRealisatieInvoer")
    public record Realisatie(int regel, int jaar, BigDecimal bedrag, Integer totEnMetMaand) {

        /** The month the figure runs to (12 when none is given). */
        public int maand() {
            return totEnMetMaand == null ? 12 : totEnMetMaand;
        }
    }

    /** The controller's split of a multi-year line over its years: the amounts add up to the line's amount. */
    @Schema(name = "ProgrammaVerdeling")
    public record Verdeling(int regel, List<Jaarbedrag> jaren) {

        public Verdeling {
            jaren = Programmaplan.lijst(jaren);
        }
    }

    /** A year's part of a split line. */
    @Schema(name = "ProgrammaJaarbedrag")
    public record Jaarbedrag(int jaar, BigDecimal bedrag) {
    }
}
