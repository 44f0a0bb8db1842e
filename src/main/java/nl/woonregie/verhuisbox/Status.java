package nl.woonregie.verhuisbox;

import java.util.EnumSet;
import java.util.Set;

import nl.woonregie.platform.web.Labels;

/**
 * The states of a Verhuisbox trajectory. GEWEIGERD and AFGESLOTEN are final; nothing is ever deleted. ALLEEN_GELD is
 * the self-finder's state after the ICP-toets (route {@link Route#ALLEEN_GELD}): no waiting list, no intake, the home
 * in view is recorded as the offer.
 */
public enum Status {
    MELDING, ICP_TOETS, GEWEIGERD, WACHTLIJST, ALLEEN_GELD, INTAKE, ZOEKEN, AANBOD, VERHUIZING, AFGESLOTEN;

    /** The Dutch label ("ICP-toets"), from labels/verhuisbox.properties. */
    public String label() {
        return Labels.van(this);
    }

    /** States from which a trajectory can still move (and be stopped). */
    public static final Set<Status> ACTIEF = EnumSet.of(MELDING, ICP_TOETS, WACHTLIJST, ALLEEN_GELD, INTAKE, ZOEKEN, AANBOD,
            VERHUIZING);

    public boolean actief() {
        return ACTIEF.contains(this);
    }
}
