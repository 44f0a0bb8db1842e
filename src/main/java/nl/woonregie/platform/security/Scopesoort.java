package nl.woonregie.platform.security;

/**
 * What a role assignment is scoped to. Each {@link Rol} names the one kind it needs; a {@link Toewijzing} carries the
 * fields of that kind and no others (the database checks the same, {@code toewijzing_scope}).
 */
public enum Scopesoort {
    /** No scope: the role is national or application-wide (BEHEERDER, COA, RIJK). */
    GEEN,
    /** One province ({@code provincie}, e.g. PV28). */
    PROVINCIE,
    /** One municipality ({@code gemeente}, e.g. GM0518). */
    GEMEENTE,
    /** One Verhuisbox team ({@code team}). */
    TEAM,
    /** One programme of a municipality ({@code programma}, the programme's id). */
    PROGRAMMA,
    /** One department of a municipality ({@code gemeente} and {@code afdeling}, the department's code there). */
    AFDELING,
    /** One project of the doorbraakplan's lead pipeline ({@code project}, the lead's id). */
    PROJECT,
    /**
     * One project of a programme ({@code programma}, the programme's id, and {@code project}, the project's number in
     * that programme's plan): a PROJECTLEIDER's assignment that names a programme (ADR 0049). Never a role's own
     * kind: it follows from the fields of the assignment ({@link Toewijzing#scopesoort()}).
     */
    PROGRAMMAPROJECT
}
