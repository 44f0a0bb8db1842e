package nl.woonregie.aanbod.prognose;

/** The kinds of supply source the forecast knows (the spec's {@code soort}). */
public enum Bronsoort {
    /** Corporation agreements: persons per calendar year, spread evenly over its days. */
    CORPORATIE,
    /** A project: its places from the start of intake, at a pace or all at once. */
    PROJECT,
    /** A number of persons on one day (an exchange, a one-off intake). */
    EENMALIG,
    /** A steady pace per week over a span of days (what is not itemised). */
    TEMPO
}
