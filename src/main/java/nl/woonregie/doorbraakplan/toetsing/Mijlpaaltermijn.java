package nl.woonregie.doorbraakplan.toetsing;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * When a milestone of a tranche's planning is late ("te laat"): it is not done and its date — the last day of a date
 * range such as "28 februari – 4 maart" — lies before today.
 */
public final class Mijlpaaltermijn {

    private Mijlpaaltermijn() {
    }

    /** Late: not done ({@code gedaanOp} null) and the last day ({@code tot}, else {@code van}) before {@code vandaag}. */
    public static boolean teLaat(LocalDate van, LocalDate tot, LocalDate gedaanOp, LocalDate vandaag) {
        if (van == null || vandaag == null) {
            throw new IllegalArgumentException("van en vandaag zijn verplicht");
        }
        return gedaanOp == null && (tot != null ? tot : van).isBefore(vandaag);
    }

    /** The planning's order: by date (first day, then last day), then by the order they were added. */
    public static <T> Comparator<T> opDatum(java.util.function.Function<T, LocalDate> van,
            java.util.function.Function<T, LocalDate> tot, java.util.function.ToLongFunction<T> volgorde) {
        return Comparator.comparing(van).thenComparing(t -> tot.apply(t) == null ? van.apply(t) : tot.apply(t))
                .thenComparingLong(volgorde);
    }
}
