package nl.woonregie.doorbraakplan.toetsing;

/**
 * The computed part of the uitgangspunten check: an uitgangspunt with a limit "at most {@code maximum} of the target
 * group per location" against the location's number of places for the target group. The team's own score stands
 * beside it; neither replaces the other (the sources leave Leeghwaterplein's 40 against "kleinschalig: at most 30"
 * unresolved, so the check shows both).
 */
public final class Uitgangspuntentoets {

    private Uitgangspuntentoets() {
    }

    /**
     * What the system finds: {@code uitkomst} VOLDOET_NIET when the places exceed the limit, VOLDOET when they do not,
     * ONBEKEND when the number of places is not known.
     */
    public record Bevinding(Toetsuitkomst uitkomst, Integer plaatsen, int maximum) {
    }

    /** The finding for a limit; null when the uitgangspunt has no limit (only the team's score counts then). */
    public static Bevinding toets(Integer maximum, Integer plaatsen) {
        if (maximum == null) {
            return null;
        }
        if (maximum < 0) {
            throw new IllegalArgumentException("maximum < 0");
        }
        if (plaatsen == null) {
            return new Bevinding(Toetsuitkomst.ONBEKEND, null, maximum);
        }
        return new Bevinding(plaatsen > maximum ? Toetsuitkomst.VOLDOET_NIET : Toetsuitkomst.VOLDOET, plaatsen,
                maximum);
    }

    /**
     * Does the team's score say more than the computation allows? True when the system finds the limit exceeded and
     * the team scored voldoet or voldoet deels (the screen then shows both, marked).
     */
    public static boolean strijdig(Toetsuitkomst team, Bevinding berekend) {
        return berekend != null && berekend.uitkomst() == Toetsuitkomst.VOLDOET_NIET
                && (team == Toetsuitkomst.VOLDOET || team == Toetsuitkomst.VOLDOET_DEELS);
    }
}
