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
 * @param project    the project's id of a PROJECT scope
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

    /** The kind of scope (the role's). */
    public Scopesoort scopesoort() {
        return rol == null ? null : rol.scopesoort();
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
