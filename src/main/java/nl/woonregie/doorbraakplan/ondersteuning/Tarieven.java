package nl.woonregie.doorbraakplan.ondersteuning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The tariff table: per kind, the tariffs by the date from which they apply. A day uses the tariff of its kind with
 * the latest {@code geldigVanaf} on or before it.
 */
public final class Tarieven {

    private final Map<Tariefsoort, TreeMap<LocalDate, Tarief>> perSoort;

    private Tarieven(Map<Tariefsoort, TreeMap<LocalDate, Tarief>> perSoort) {
        this.perSoort = perSoort;
    }

    /** A table of these tariffs; two of one kind from the same date are an error. */
    public static Tarieven van(Collection<Tarief> tarieven) {
        Map<Tariefsoort, TreeMap<LocalDate, Tarief>> perSoort = new EnumMap<>(Tariefsoort.class);
        for (Tarief t : tarieven) {
            if (perSoort.computeIfAbsent(t.soort(), s -> new TreeMap<>()).put(t.geldigVanaf(), t) != null) {
                throw new IllegalArgumentException("twee tarieven " + t.soort() + " vanaf " + t.geldigVanaf());
            }
        }
        return new Tarieven(perSoort);
    }

    /** This table with the kinds named in {@code vervangend} replaced by those tariffs; the other kinds stay. */
    public Tarieven vervangen(Collection<Tarief> vervangend) {
        List<Tarief> alle = new ArrayList<>(vervangend);
        for (Map.Entry<Tariefsoort, TreeMap<LocalDate, Tarief>> e : perSoort.entrySet()) {
            if (vervangend.stream().noneMatch(t -> t.soort() == e.getKey())) {
                alle.addAll(e.getValue().values());
            }
        }
        return van(alle);
    }

    /** The tariff of this kind valid on this day; empty before its first. */
    public Optional<Tarief> geldig(Tariefsoort soort, LocalDate dag) {
        TreeMap<LocalDate, Tarief> lijst = perSoort.get(soort);
        return lijst == null ? Optional.empty() : Optional.ofNullable(lijst.floorEntry(dag)).map(Map.Entry::getValue);
    }

    /** Every tariff, by kind and date. */
    public List<Tarief> alle() {
        List<Tarief> alle = new ArrayList<>();
        perSoort.values().forEach(l -> alle.addAll(l.values()));
        return alle;
    }
}
