package nl.woonregie.verhuisbox.traject;

import java.util.List;
import java.util.Map;

/**
 * A part of Verhuisbox that holds personal data of a case adds its sections to the AVG export ({@link Privacy}) —
 * the trajectory does not know the other parts' tables. Implemented by searching, aftercare and money; the order of
 * the sections follows {@link #volgorde()}.
 */
public interface AvgOnderdeel {

    /** Where the sections go: after the trajectory's own, lowest first. */
    int volgorde();

    /** The sections (name to rows) of this part for the case, in order. */
    Map<String, List<Map<String, Object>>> avgGegevens(long casus);
}
