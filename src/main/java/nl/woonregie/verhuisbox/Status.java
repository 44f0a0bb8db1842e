package nl.woonregie.verhuisbox;

import java.util.EnumSet;
import java.util.Set;

/** The states of a Verhuisbox trajectory. GEWEIGERD and AFGESLOTEN are final; nothing is ever deleted. */
public enum Status {
    MELDING("Melding"),
    ICP_TOETS("ICP-toets"),
    GEWEIGERD("Geweigerd"),
    WACHTLIJST("Wachtlijst"),
    INTAKE("Intake"),
    ZOEKEN("Zoeken"),
    AANBOD("Aanbod"),
    VERHUIZING("Verhuizing"),
    AFGESLOTEN("Afgesloten");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** States from which a trajectory can still move (and be stopped). */
    public static final Set<Status> ACTIEF = EnumSet.of(MELDING, ICP_TOETS, WACHTLIJST, INTAKE, ZOEKEN, AANBOD,
            VERHUIZING);

    public boolean actief() {
        return ACTIEF.contains(this);
    }
}
