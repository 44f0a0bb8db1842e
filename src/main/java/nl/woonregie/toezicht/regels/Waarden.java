package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A dated parameter, as in OpenFisca: each value holds from its date until the next one. The value in force on a
 * date is the one with the latest date on or before it; before the first date there is none. Each dated value may
 * carry its own source reference (the decision or page that set it), as OpenFisca's {@code reference}.
 */
public final class Waarden<T> {

    private final NavigableMap<LocalDate, Optional<T>> waarden;
    private final NavigableMap<LocalDate, String> bronnen;

    public Waarden(Map<LocalDate, Optional<T>> waarden) {
        this(waarden, Map.of());
    }

    public Waarden(Map<LocalDate, Optional<T>> waarden, Map<LocalDate, String> bronnen) {
        this.waarden = new TreeMap<>(waarden);
        this.bronnen = new TreeMap<>(bronnen);
    }

    /** No value on any date. */
    public static <T> Waarden<T> geen() {
        return new Waarden<>(Map.of());
    }

    /** The value in force on the date; empty when none is (also when "geen" was set from some date on). */
    public Optional<T> op(LocalDate datum) {
        Map.Entry<LocalDate, Optional<T>> entry = waarden.floorEntry(datum);
        return entry == null ? Optional.empty() : entry.getValue();
    }

    /** The source reference of the value in force on the date, if the kader gives one. */
    public Optional<String> bron(LocalDate datum) {
        Map.Entry<LocalDate, Optional<T>> entry = waarden.floorEntry(datum);
        return entry == null ? Optional.empty() : Optional.ofNullable(bronnen.get(entry.getKey()));
    }

    public NavigableMap<LocalDate, Optional<T>> alle() {
        return Collections.unmodifiableNavigableMap(waarden);
    }

    /** The source reference per date, for the dates that have one. */
    public NavigableMap<LocalDate, String> bronnen() {
        return Collections.unmodifiableNavigableMap(bronnen);
    }
}
