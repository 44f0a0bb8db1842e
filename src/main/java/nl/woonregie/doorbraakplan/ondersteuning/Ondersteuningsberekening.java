package nl.woonregie.doorbraakplan.ondersteuning;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome, in euros exact to the cent: the total, per year the costs, what is covered and what not, per
 * department and year, per project, and per line (in the order of the request).
 */
public record Ondersteuningsberekening(BigDecimal totaal, List<Jaar> perJaar, List<DienstJaar> perDienst,
        List<Project> perProject, List<RegelKosten> perRegel) {

    /** A year: {@code gedekt} = min(kosten, the year's cover), {@code ongedekt} = kosten − gedekt. */
    public record Jaar(int jaar, BigDecimal kosten, BigDecimal gedekt, BigDecimal ongedekt) {
    }

    /** A department's costs in a year. */
    public record DienstJaar(String dienst, int jaar, BigDecimal kosten) {
    }

    /** A project's costs over the whole plan. */
    public record Project(String project, BigDecimal kosten) {
    }

    /** A line's costs; {@code perMaand} (its first month) for woonbegeleiding only, null for the others. */
    public record RegelKosten(String project, Ondersteuningssoort soort, BigDecimal kosten, BigDecimal perMaand) {
    }
}
