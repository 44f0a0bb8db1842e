package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The computed budget of a programme: every total with the numbers of the lines that make it (its derivation).
 * Lines of "n.v.t." count in no total and are listed apart.
 *
 * @param totaal         all lines with an amount
 * @param perThema       per theme (a line of projects in different themes stands under {@code thema} null)
 * @param perDoel        per goal (lines of the programme or a theme as a whole have no goal and stand under null)
 * @param perProjecten   per project, or per group of projects for a line several projects share
 * @param perJaar        per year, single-year lines only
 * @param meerjarig      multi-year lines per span of years, as they stand: never split over the years
 * @param perBron        per funding source
 * @param nietBegroot    the lines of "n.v.t."
 * @param bevindingen    what does not fit: a line beyond the plan's window, a stated total that differs
 */
public record Begroting(Totaal totaal, List<PerThema> perThema, List<PerDoel> perDoel,
        List<PerProjecten> perProjecten, List<PerJaar> perJaar, List<Meerjarig> meerjarig, List<PerBron> perBron,
        List<Integer> nietBegroot, List<Bevinding> bevindingen) {

    /** An amount and the lines (their numbers, ascending) that make it. */
    public record Totaal(BigDecimal bedrag, List<Integer> regels) {
    }

    /** The total of a theme (null: lines whose projects lie in different themes, or of the whole programme). */
    public record PerThema(Integer thema, Totaal totaal) {
    }

    /** The total of a goal (null: lines of the programme or of a theme as a whole). */
    public record PerDoel(Integer doel, Totaal totaal) {
    }

    /** The total of one project, or of lines shared by exactly these projects. */
    public record PerProjecten(List<Integer> projecten, Totaal totaal) {
    }

    /** The total of the single-year lines of a year. */
    public record PerJaar(int jaar, Totaal totaal) {
    }

    /** The total of the lines that run from {@code vanJaar} until {@code totJaar} (inclusive), not split. */
    public record Meerjarig(int vanJaar, int totJaar, Totaal totaal) {
    }

    /** The total of a funding source. */
    public record PerBron(String financieringsbron, Totaal totaal) {
    }

    /** A finding: its kind, the line it concerns (null for the plan as a whole) and a Dutch explanation. */
    public record Bevinding(Soort soort, Integer regel, String toelichting) {

        /** The kinds of finding. */
        public enum Soort {
            /** A line runs (partly) outside the years of the plan. */
            BUITEN_PLANPERIODE,
            /** A line is shared by projects that serve goals of different themes. */
            MEERDERE_THEMAS,
            /** The total the plan states differs from the sum of its lines. */
            VERMELD_TOTAAL_WIJKT_AF,
            /** A line of a budget of persons × rates: the amount the plan states differs from the computed one. */
            VERMELD_BEDRAG_WIJKT_AF,
            /** A year's income or spending total as the plan states it differs from the computed one. */
            VERMELD_JAARTOTAAL_WIJKT_AF
        }
    }
}
