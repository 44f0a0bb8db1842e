package nl.woonregie.verhuisbox.rapportage.bestemming;

import java.util.List;
import java.util.Set;

/**
 * Which area a destination counts in, the one definition of the figure {@code VERHUISD_PER_GEBIED} (ADR 0061):
 * <ol>
 * <li>a destination in a gemeente of a krimpgebied of the team's register counts as {@link Gebied#KRIMPGEBIED};</li>
 * <li>else one in a gemeente of an anticipeergebied as {@link Gebied#ANTICIPEERGEBIED};</li>
 * <li>else one whose gemeente lay (on the day of the move) in the province Zuid-Holland as
 * {@link Gebied#ZUID_HOLLAND} — the reports' "Zuid-Holland (incl. Den Haag)";</li>
 * <li>else one whose province is known as {@link Gebied#REST_VAN_NEDERLAND};</li>
 * <li>without a destination code, or with a gemeente whose province is unknown, {@link Gebied#ONBEKEND}.</li>
 * </ol>
 * A gemeente counts for an area when its code, or the code of a gemeente it later merged into, is one of the area's
 * (the register holds today's gemeenten: a move to Appingedam in 2020 counts for an area that lists Eemsdelta).
 */
public final class Bestemmingsgebied {

    private Bestemmingsgebied() {
    }

    /** The keys of the figure, in the reports' order. */
    public enum Gebied {
        KRIMPGEBIED, ANTICIPEERGEBIED, ZUID_HOLLAND, REST_VAN_NEDERLAND, ONBEKEND
    }

    /** The kind of an area of the register. */
    public enum Soort {
        KRIMPGEBIED, ANTICIPEERGEBIED, OVERIG
    }

    /** An area of the team's register: its kind and the CBS codes of its gemeenten. */
    public record Zoekgebied(Soort soort, Set<String> gemeenten) {
    }

    /**
     * A destination: the CBS code of the gemeente moved to followed by the gemeenten it later merged into (empty
     * without a destination), and the code of the province of that gemeente (null when unknown).
     */
    public record Bestemming(List<String> gemeenten, String provincie) {
    }

    /** The CBS code of the province Zuid-Holland. */
    public static final String ZUID_HOLLAND = "PV28";

    public static Gebied van(Bestemming b, List<Zoekgebied> register) {
        if (b == null || b.gemeenten() == null || b.gemeenten().isEmpty()) {
            return Gebied.ONBEKEND;
        }
        if (in(b, register, Soort.KRIMPGEBIED)) {
            return Gebied.KRIMPGEBIED;
        }
        if (in(b, register, Soort.ANTICIPEERGEBIED)) {
            return Gebied.ANTICIPEERGEBIED;
        }
        if (b.provincie() == null) {
            return Gebied.ONBEKEND;
        }
        return ZUID_HOLLAND.equals(b.provincie()) ? Gebied.ZUID_HOLLAND : Gebied.REST_VAN_NEDERLAND;
    }

    private static boolean in(Bestemming b, List<Zoekgebied> register, Soort soort) {
        return register.stream().filter(z -> z.soort() == soort)
                .anyMatch(z -> b.gemeenten().stream().anyMatch(z.gemeenten()::contains));
    }
}
