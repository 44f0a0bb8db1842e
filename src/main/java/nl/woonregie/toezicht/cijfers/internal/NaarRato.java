package nl.woonregie.toezicht.cijfers.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A national number spread over the municipalities in proportion to their population, exactly as the taakstelling
 * is (Huisvestingswet 2014, art. 29 lid 1): {@code vg × iG / iN}, rounded up to a whole number, in exact integer
 * arithmetic. Used for the extra ambition; the general distribution of art. 29 and 30 (other roundings, the
 * population fixed by Gedeputeerde Staten after a herindeling) belongs to the module {@code verdeling}, which is to
 * take this over.
 */
public final class NaarRato {

    private NaarRato() {
    }

    /**
     * Every municipality's share of {@code landelijk}: ceil(landelijk × inwoners / total of all inwoners), in the
     * order of the map. The sum is at least {@code landelijk} (rounding up), and at most that plus the number of
     * municipalities minus one.
     *
     * @throws IllegalArgumentException when {@code landelijk} or a population is negative, or the total is 0
     */
    public static Map<String, Long> verdeel(long landelijk, Map<String, Long> inwoners) {
        if (landelijk < 0) {
            throw new IllegalArgumentException("het landelijke aantal is negatief: " + landelijk);
        }
        long totaal = 0;
        for (Map.Entry<String, Long> e : inwoners.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException("ongeldig aantal inwoners van " + e.getKey() + ": " + e.getValue());
            }
            totaal = Math.addExact(totaal, e.getValue());
        }
        if (totaal == 0) {
            throw new IllegalArgumentException("geen inwoners om over te verdelen");
        }
        Map<String, Long> aandeel = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : inwoners.entrySet()) {
            aandeel.put(e.getKey(), -Math.floorDiv(-Math.multiplyExact(landelijk, e.getValue()), totaal));
        }
        return aandeel;
    }
}
