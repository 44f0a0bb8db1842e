package nl.woonregie.aanbod.projecttoets;

/** What a project's own requirement checks against its facts: a share of statushouders in %, or a number of them. */
public enum Eissoort {
    /** At least this share (in %) of all units for statushouders ("1 harde eis: 33 % statushouders"). */
    MIN_AANDEEL,
    /** At most this share (in %) of all units for statushouders. */
    MAX_AANDEEL,
    /** At least this number of places for statushouders. */
    MIN_AANTAL,
    /** At most this number of places for statushouders. */
    MAX_AANTAL
}
