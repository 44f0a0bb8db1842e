package nl.woonregie.verhuisbox;

import nl.woonregie.platform.web.Labels;

/** How a trajectory ended. */
public enum Uitkomst {
    /** Moved to another municipality (the destination is recorded). */
    VERHUISD,
    /** Found a home in Den Haag after all. */
    GEHUISVEST_DEN_HAAG,
    /** Stopped, with a {@link Stopreden}. */
    GESTOPT;

    /** The Dutch label, from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }
}
