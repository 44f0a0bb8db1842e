package nl.woonregie.toezicht.ronde;

import java.util.List;

/**
 * A check that belongs to the consistency check of a round but concerns data of another module (e.g. brieven: a
 * kenmerk used twice). Every bean of this type is run by {@link Consistentiecontrole}; toezicht does not depend on
 * the module that implements it.
 */
public interface AanvullendeControle {

    /** Findings about the round of this province ({@code provincie}) with id {@code ronde}. */
    List<Controlebevinding> controleer(long ronde, String provincie);
}
