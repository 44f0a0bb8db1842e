package nl.woonregie.verhuisbox;

/** How a trajectory ended. */
public enum Uitkomst {
    /** Moved to another municipality (the destination is recorded). */
    VERHUISD,
    /** Found a home in Den Haag after all. */
    GEHUISVEST_DEN_HAAG,
    /** Stopped, with a {@link Stopreden}. */
    GESTOPT
}
