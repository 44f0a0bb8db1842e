package nl.woonregie.brieven;

/**
 * The kinds of reminder sent through the outbox (issue 19 §7, ADR 0059), each switched on or off per contact
 * ({@link Contactgegevens#herinneringenUit}); stored, never renamed.
 */
public enum Herinneringsoort {
    /** The lease window of a period (R14): it has opened; its deadline is near and nothing was passed on. */
    TERMIJN_HUURCONTRACTEN,
    /** An open action of a plan van aanpak: its deadline is 7 days away, or it has passed. */
    ACTIE,
    /** A peildatum of the province's beleidskader is near (the province's number of days before it). */
    PEILDATUM,
    /** A begunstigingstermijn of a besluit tot indeplaatsstelling ends in 14 days, or it passed unmet (the college). */
    BEGUNSTIGINGSTERMIJN,
    /** COA's monthly overview of the month, the municipality's own row (issue 19 §8), sent by the supervisor. */
    MAANDOVERZICHT
}
