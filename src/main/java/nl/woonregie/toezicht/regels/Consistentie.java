package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks over recorded outcomes (e.g. the rounds of a municipality as they were sent): the step before each
 * peildatum must be the step after the previous one. The historic letters broke this (a step before of 2 where the
 * previous letter had left the municipality at 1).
 */
public final class Consistentie {

    private Consistentie() {
    }

    /** A recorded outcome at one peildatum. */
    public record VastgelegdeTrede(LocalDate peildatum, Trede tredeVoor, Trede tredeNa) {
    }

    /** Findings for every recorded step-before that differs from the previous step-after; input in date order. */
    public static List<Bevinding> tredeVolgorde(List<VastgelegdeTrede> reeks) {
        List<Bevinding> bevindingen = new ArrayList<>();
        for (int i = 1; i < reeks.size(); i++) {
            VastgelegdeTrede vorige = reeks.get(i - 1);
            VastgelegdeTrede deze = reeks.get(i);
            if (!deze.tredeVoor().equals(vorige.tredeNa())) {
                bevindingen.add(new Bevinding(Bevinding.Type.TREDE_VOOR_WIJKT_AF, deze.peildatum(),
                        "De trede vóór " + NlFormaat.datum(deze.peildatum()) + " is " + deze.tredeVoor()
                                + ", maar na " + NlFormaat.datum(vorige.peildatum()) + " stond de gemeente op trede "
                                + vorige.tredeNa() + "."));
            }
        }
        return bevindingen;
    }
}
