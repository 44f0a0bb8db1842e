package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A dated parameter, as in OpenFisca: each value holds from its date until the next one. The value in force on a
 * date is the one with the latest date on or before it; before the first date there is none.
 */
public final class Waarden<T> {

    private final NavigableMap<LocalDate, Optional<T>> waarden;

    public Waarden(Map<LocalDate, Optional<T>> waarden) {
        this.waarden = new TreeMap<>(waarden);
    }

    /** The value in force on the date; empty when none is (also when "geen" was set from some date on). */
    public Optional<T> op(LocalDate datum) {
        Map.Entry<LocalDate, Optional<T>> entry = waarden.floorEntry(datum);
        return entry == null ? Optional.empty() : entry.getValue();
    }

    public NavigableMap<LocalDate, Optional<T>> alle() {
        return java.util.Collections.unmodifiableNavigableMap(waarden);
    }
}
