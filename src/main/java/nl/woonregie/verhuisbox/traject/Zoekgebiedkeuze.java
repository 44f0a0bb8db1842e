package nl.woonregie.verhuisbox.traject;

import java.util.List;
import java.util.Optional;

/**
 * What the intake needs of a search region chosen from the team's register of search areas (issue 20 §2, ADR 0061):
 * its name and whether its housing-market pressure makes it zeer kansrijk. The register is the search part's
 * ({@code verhuisbox.zoeken}), which implements this port, so the trajectory does not depend on it.
 */
public interface Zoekgebiedkeuze {

    /** An area of the register as the intake records it. */
    record Gekozen(long id, String naam, boolean zeerKansrijk) {
    }

    /** The area {@code id} of the team's register; empty when the team has none with that id. */
    Optional<Gekozen> gebied(long team, long id);

    /** Every area of the team's register, by name (the choice of the intake form). */
    List<Gekozen> keuzes(long team);
}
