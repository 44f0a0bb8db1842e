package nl.woonregie.programma.begroting;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the budget arithmetic needs of a programme: its window (the years of the plan), the theme of each goal, the
 * goal of each project, the lines, and the total the plan itself states (null when it states none).
 *
 * @param vanJaar        the plan's first year
 * @param totJaar        the plan's last year (inclusive)
 * @param doelen         each goal with its theme
 * @param projecten      each project with its goal
 * @param regels         the budget lines
 * @param vermeldTotaal  the total as the plan's text states it, to compare (null: none stated)
 */
public record Begrotingsplan(int vanJaar, int totJaar, List<Doel> doelen, List<Project> projecten,
        List<Regel> regels, BigDecimal vermeldTotaal) {

    public Begrotingsplan {
        doelen = List.copyOf(doelen);
        projecten = List.copyOf(projecten);
        regels = List.copyOf(regels);
    }

    /** A goal (its number in the plan) and the theme it belongs to. */
    public record Doel(int nummer, int thema) {
    }

    /** A project (its number in the plan) and the goal it serves. */
    public record Project(int nummer, int doel) {
    }

    /**
     * One budget line. It belongs to exactly one of: the programme as a whole (no theme, goal or project), a theme, a
     * goal, or one or more projects.
     *
     * @param nummer        the line's number in the plan
     * @param bedrag        the amount; null for "n.v.t." (the project is paid for elsewhere)
     * @param vanJaar       the first year
     * @param totJaar       the last year (inclusive; equal to {@code vanJaar} for a single-year line)
     * @param thema         the theme when the line belongs to a theme (null otherwise)
     * @param doel          the goal when the line belongs to a goal (null otherwise)
     * @param projecten     the projects when the line belongs to projects (empty otherwise)
     * @param financieringsbron the funding source, as the plan names it
     */
    public record Regel(int nummer, BigDecimal bedrag, Integer vanJaar, Integer totJaar, Integer thema, Integer doel,
            List<Integer> projecten, String financieringsbron) {

        public Regel {
            projecten = projecten == null ? List.of() : List.copyOf(projecten);
        }

        /** One year only. */
        public boolean eenjarig() {
            return vanJaar != null && vanJaar.equals(totJaar);
        }
    }
}
