package nl.woonregie.verhuisbox;

import nl.woonregie.platform.web.Labels;

/** The fixed list of reasons to stop a trajectory before a move. */
public enum Stopreden {
    NIET_GEMOTIVEERD, MEERVOUDIGE_PROBLEMATIEK, AANBOD_GEWEIGERD, TERUG_NAAR_LAND_VAN_HERKOMST, ANDERS;

    /** The Dutch label, from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }
}
