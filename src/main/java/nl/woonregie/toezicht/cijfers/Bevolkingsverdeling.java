package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.Map;

import nl.woonregie.toezicht.regels.Periode;

/**
 * Port implemented by the module {@code verdeling}: a national number spread over the gemeenten by population exactly
 * as the taakstelling is (Huisvestingswet 2014, art. 29 lid 1 and art. 30), rounded up — the gemeenten of 1 January
 * of the period's year, the population of 1 January of the year before, and for a gemeente changed by a herindeling
 * since then the figure Gedeputeerde Staten fixed or else the sum of its parts. The ambition above the taakstelling
 * ({@link Ambities}) is spread so; toezicht does not depend on the module that knows how.
 */
public interface Bevolkingsverdeling {

    /** A gemeente's population as counted and its share of the national number. */
    record Aandeel(long inwoners, long aantal) {
    }

    /** The distribution: the population's date and the national total, the sum of the shares, the shares by code. */
    record Uitkomst(LocalDate peildatumBevolking, long inwonersNederland, long som, Map<String, Aandeel> gemeenten) {
    }

    /**
     * Spreads {@code landelijk} for the period. 400 ({@code ApiException}) naming {@code periode} when the population
     * of its date is missing or a split gemeente has no fixed figure yet, and {@code landelijk} when it is out of range.
     */
    Uitkomst verdeel(Periode periode, long landelijk);
}
