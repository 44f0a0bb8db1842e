package nl.woonregie.verdeling.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.verdeling.Afronding;

/**
 * Art. 29 lid 1 of the Huisvestingswet 2014: a gemeente's taakstelling is vg × iG / iN, made a whole number by the
 * {@link Afronding}, where vg is the national number for the half-year, iG the gemeente's population and iN the
 * national population. Plain Java, exact integer arithmetic (no floating point: a share that is a whole number is
 * never rounded up by a representation error).
 */
public final class Verdeelformule {

    private Verdeelformule() {
    }

    /** One gemeente's number; {@code inwonersNederland} must be positive and the other numbers not negative. */
    public static long aandeel(long landelijk, long inwoners, long inwonersNederland, Afronding afronding) {
        if (landelijk < 0 || inwoners < 0 || inwonersNederland <= 0) {
            throw new IllegalArgumentException("vg en iG mogen niet negatief zijn en iN moet positief zijn");
        }
        long teller = Math.multiplyExact(landelijk, inwoners);
        return switch (afronding) {
            case OMHOOG -> teller / inwonersNederland + (teller % inwonersNederland == 0 ? 0 : 1);
            case HALF_OMHOOG -> Math.addExact(Math.multiplyExact(2, teller), inwonersNederland)
                    / Math.multiplyExact(2, inwonersNederland);
        };
    }

    /** Every gemeente's number, in the order of {@code inwoners}. */
    public static Map<String, Long> verdeel(long landelijk, Map<String, Long> inwoners, long inwonersNederland,
            Afronding afronding) {
        Map<String, Long> result = new LinkedHashMap<>();
        inwoners.forEach((code, i) -> result.put(code, aandeel(landelijk, i, inwonersNederland, afronding)));
        return result;
    }
}
