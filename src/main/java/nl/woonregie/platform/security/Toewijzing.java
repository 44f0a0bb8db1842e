package nl.woonregie.platform.security;

import java.util.Objects;

/**
 * One role assignment of an account: a role and its scope, with exactly the fields of the role's
 * {@link Rol#scopesoort()} (a province for TOEZICHTHOUDER, a municipality for GEMEENTE, a team for the Verhuisbox
 * roles, a programme, a department of a municipality, a project; none for BEHEERDER, COA, RIJK). An account holds one
 * or more; checks ask the assignments ({@link Gebruiker#heeft}, {@link Gebruiker#provincies} …, {@link Toegang}).
 * {@link Toewijzingen#controleer} judges a new one; the database keeps the same rule ({@code toewijzing_scope}).
 *
 * @param provincie  the province code (PV28) of a PROVINCIE scope
 * @param gemeente   the municipality code (GM0518) of a GEMEENTE or AFDELING scope
 * @param team       the Verhuisbox team's id of a TEAM scope
 * @param programma  the programme's id of a PROGRAMMA scope
 * @param afdeling   the department's code of an AFDELING scope (within {@code gemeente})
 * @param project    the project's id of a PROJECT scope (a lead of the doorbraakplan), or the project's number in
 *                   the programme {@code programma} of a PROGRAMMAPROJECT scope
 */
public record Toewijzing(Rol rol, String provincie, String gemeente, Long team, Long programma, String afdeling,
        Long project) implements java.io.Serializable {

    /** An assignment of a role without scope (BEHEERDER, COA, RIJK). */
    public static Toewijzing zonderScope(Rol rol) {
        return new Toewijzing(rol, null, null, null, null, null, null);
    }

    /** An assignment in a province (TOEZICHTHOUDER, BELEIDSMEDEWERKER). */
    public static Toewijzing provincie(Rol rol, String provincie) {
        return new Toewijzing(rol, provincie, null, null, null, null, null);
    }

    /** An assignment in a municipality (GEMEENTE, PROGRAMMATEAM, BESTUUR). */
    public static Toewijzing gemeente(Rol rol, String gemeente) {
        return new Toewijzing(rol, null, gemeente, null, null, null, null);
    }

    /** An assignment in a Verhuisbox team. */
    public static Toewijzing team(Rol rol, long team) {
        return new Toewijzing(rol, null, null, team, null, null, null);
    }

    /** An assignment to one project of a programme (PROJECTLEIDER): the programme's id and the project's number. */
    public static Toewijzing programmaproject(Rol rol, long programma, long project) {
        return new Toewijzing(rol, null, null, null, programma, null, project);
    }

    /**
     * The kind of scope: the role's, except that a project scope which also names a programme is a project of that
     * programme ({@link Scopesoort#PROGRAMMAPROJECT}, ADR 0049) — the project's number in the programme, not a lead of
     * the doorbraakplan. A PROJECTLEIDER is thus scoped to one lead or to one programme project, never both.
     */
    public Scopesoort scopesoort() {
        if (rol == null) {
            return null;
        }
        return rol.scopesoort() == Scopesoort.PROJECT && programma != null ? Scopesoort.PROGRAMMAPROJECT
                : rol.scopesoort();
    }

    /** Whether this assignment is the projectleider's of the doorbraakplan's lead {@code lead} (not a programme's project). */
    public boolean isLeadProject(long lead) {
        return rol == Rol.PROJECTLEIDER && scopesoort() == Scopesoort.PROJECT && project != null && project == lead;
    }

    /** Whether this assignment is the projectleider's of project {@code nummer} of programme {@code programma}. */
    public boolean isProgrammaproject(long programma, int nummer) {
        return rol == Rol.PROJECTLEIDER && scopesoort() == Scopesoort.PROGRAMMAPROJECT && this.programma == programma
                && project != null && project == nummer;
    }

    /** Whether this assignment gives a Verhuisbox role (which reads clients' files). */
    public boolean verhuisbox() {
        return rol != null && rol.verhuisbox();
    }

    /** The same role and scope (two assignments of an account never are). */
    public boolean zelfde(Toewijzing o) {
        return o != null && rol == o.rol && Objects.equals(provincie, o.provincie)
                && Objects.equals(gemeente, o.gemeente) && Objects.equals(team, o.team)
                && Objects.equals(programma, o.programma) && Objects.equals(afdeling, o.afdeling)
                && Objects.equals(project, o.project);
    }
}
