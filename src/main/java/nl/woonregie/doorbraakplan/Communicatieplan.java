package nl.woonregie.doorbraakplan;

import java.util.List;

import nl.woonregie.doorbraakplan.communicatie.Gelijktijdigheid;

/**
 * The communication plan of a tranche: its actions in date order (its own and those of its leads), its meetings, its
 * new projects (the leads the college designated in it) and the outcome of the same-moment check.
 */
public record Communicatieplan(String gemeente, Tranche tranche, List<Communicatieactie> acties,
        List<Bijeenkomst> bijeenkomsten, List<Gelijktijdigheid.Project> projecten, Toets toets) {

    /**
     * The same-moment check: {@code getoetst} false before the college decision; {@code inOrde} when checked without
     * findings; when each audience is informed ({@code momenten}) and the {@code bevindingen}.
     */
    public record Toets(boolean getoetst, boolean inOrde, List<Gelijktijdigheid.Informatiemoment> momenten,
            List<Gelijktijdigheid.Bevinding> bevindingen) {

        static Toets van(Gelijktijdigheid.Uitkomst u) {
            return new Toets(u.getoetst(), u.inOrde(), u.momenten(), u.bevindingen());
        }
    }
}
