package nl.woonregie.programma.voortgang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The progress of a programme over a period, as {@link Voortgangsrekening} computes it.
 *
 * @param van         the first day of the period
 * @param tot         the last day of the period
 * @param doelen      per goal its projects by status at the end of the period
 * @param projecten   per project its status at the start and the end of the period and what changed in between
 * @param indicatoren per indicator its measurements in the period and the latest value against the target
 * @param evaluaties  the evaluation moments, by date
 * @param bevindingen what needs attention: a deadline passed without the target reached, a planned evaluation past
 *                    its date without an outcome
 */
public record Programmavoortgang(LocalDate van, LocalDate tot, List<Doelvoortgang> doelen,
        List<Projectvoortgang> projecten, List<Indicatorvoortgang> indicatoren, List<Evaluatievoortgang> evaluaties,
        List<Voortgangsbevinding> bevindingen) {

    /** A goal: how many of its projects stand at each status at the end of the period (in the plan's order). */
    public record Doelvoortgang(int nummer, int thema, String omschrijving, LocalDate deadline, int projecten,
            List<Statustelling> perStatus) {
    }

    /** A status and how many projects stand at it. */
    public record Statustelling(String status, String statuslabel, int aantal) {
    }

    /**
     * A project at the end of the period, its status at the start ({@code statusBijBegin} null when it was not yet in
     * the plan) and every change of it in the period.
     */
    public record Projectvoortgang(int nummer, int doel, String naam, String status, String statuslabel,
            String planning, String eigenaar, String statusBijBegin, String statuslabelBijBegin,
            List<Projectwijziging> wijzigingen) {
    }

    /** A version in the period that changed the project: who, when, why, and which fields from what to what. */
    public record Projectwijziging(int versie, LocalDate dag, String door, String reden, List<Veldwijziging> velden) {
    }

    /** A field of a project from one value to another (null: empty or, for a new project, not there). */
    public record Veldwijziging(String veld, String was, String wordt) {
    }

    /** How the latest value stands against the target. */
    public enum Oordeel {
        BEREIKT, NOG_NIET_BEREIKT, GEEN_METING, GEEN_STREEFWAARDE
    }

    /**
     * An indicator: its measurements in the period (by date), the latest measurement on or before the end of the
     * period ({@code laatste}, null when none) and how it stands against the target.
     */
    public record Indicatorvoortgang(int nummer, String naam, String eenheid, BigDecimal streefwaarde,
            Streefrichting richting, LocalDate deadline, Integer doel, Integer project,
            List<Voortgangsplan.Meting> metingenInPeriode, Voortgangsplan.Meting laatste, Oordeel oordeel) {
    }

    /** An evaluation moment, who recorded it and whether its date lies in the period. */
    public record Evaluatievoortgang(int nummer, String naam, LocalDate datum, Evaluatiestatus status,
            String uitkomst, Integer project, String door, boolean inPeriode) {
    }

    /** A finding of the report. */
    public record Voortgangsbevinding(Soort soort, int nummer, String toelichting) {

        /** The kinds of finding. */
        public enum Soort {
            DEADLINE_VERSTREKEN, EVALUATIE_ZONDER_UITKOMST
        }
    }
}
