package nl.woonregie.programma.voortgang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the progress report is computed from.
 *
 * @param van         the first day of the period
 * @param tot         the last day of the period (inclusive); deadlines and evaluation moments are judged on it
 * @param doelen      the goals at the end of the period
 * @param standen     every version of the plan, oldest first, each with the day it was made and its projects
 * @param indicatoren the indicators with all their measurements
 * @param evaluaties  the evaluation moments
 */
public record Voortgangsplan(LocalDate van, LocalDate tot, List<Doel> doelen, List<Stand> standen,
        List<Indicator> indicatoren, List<Evaluatie> evaluaties) {

    public Voortgangsplan {
        doelen = List.copyOf(doelen);
        standen = List.copyOf(standen);
        indicatoren = List.copyOf(indicatoren);
        evaluaties = List.copyOf(evaluaties);
    }

    /** A goal: its number, theme and deadline (null when none). */
    public record Doel(int nummer, int thema, String omschrijving, LocalDate deadline) {
    }

    /** One version of the plan: when (the day, in the municipality's time zone), who, why, and its projects. */
    public record Stand(int versie, LocalDate dag, String door, String reden, List<Project> projecten) {

        public Stand {
            projecten = List.copyOf(projecten);
        }
    }

    /**
     * A project as one version has it; {@code status} is its code ({@code IN_UITVOERING}), {@code statuslabel} how the
     * report names it.
     */
    public record Project(int nummer, int doel, String naam, String status, String statuslabel, String planning,
            String eigenaar) {
    }

    /** An indicator with its measurements (in any order); {@code richting} null is {@code TEN_MINSTE}. */
    public record Indicator(int nummer, String naam, String eenheid, BigDecimal streefwaarde,
            Streefrichting richting, LocalDate deadline, Integer doel, Integer project, List<Meting> metingen) {

        public Indicator {
            metingen = List.copyOf(metingen);
        }
    }

    /** A measurement. */
    public record Meting(LocalDate datum, BigDecimal waarde, String bron, String toelichting) {
    }

    /**
     * An evaluation moment: planned or held on its date, with its outcome (null while there is none) and who recorded
     * it last.
     */
    public record Evaluatie(int nummer, String naam, LocalDate datum, Evaluatiestatus status, String uitkomst,
            Integer project, String door) {
    }
}
