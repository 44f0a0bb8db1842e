package nl.woonregie.verhuisbox;

import nl.woonregie.platform.web.Labels;

/** How a trajectory ended. */
public enum Uitkomst {
    /** Moved to another municipality (the destination is recorded). */
    VERHUISD,
    /** Found a home in Den Haag after all. */
    GEHUISVEST_DEN_HAAG,
    /**
     * Housed in the client's own network (kostendelersnorm switched off, a briefadres): the recorded intervention
     * ({@code Casussen.Netwerk}) as the outcome. Not a move: the report counts it under its own key, not in
     * 'Gehuisvest'.
     */
    GEHUISVEST_NETWERK,
    /** Stopped, with a {@link Stopreden}. */
    GESTOPT;

    /** The Dutch label, from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }
}
