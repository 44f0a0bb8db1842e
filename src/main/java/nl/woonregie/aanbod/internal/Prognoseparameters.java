package nl.woonregie.aanbod.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import nl.woonregie.toezicht.regels.Periode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The dated defaults of the forecast ({@code aanbod/parameters.yaml}): the occupancy that makes a corporation's
 * dwellings persons, and the agreed share of lettings to statushouders. Each value holds for the half-years that
 * start on or after its date, until the next, and names its source. Read once and checked; a file with an error is
 * refused with every error named.
 */
public final class Prognoseparameters {

    public static final String BESTAND = "aanbod/parameters.yaml";
    private static final Set<String> NAMEN = Set.of("bezetting", "maxAandeel", "maxNietRegulier");

    /** A value from a date on, with its source. */
    public record Gedateerd(LocalDate vanaf, BigDecimal waarde, String bron) {
    }

    private final Map<String, TreeMap<LocalDate, Gedateerd>> waarden;

    private Prognoseparameters(Map<String, TreeMap<LocalDate, Gedateerd>> waarden) {
        this.waarden = waarden;
    }

    /** Persons per dwelling for the half-year; empty before the first date. */
    public Optional<Gedateerd> bezetting(Periode periode) {
        return geldend("bezetting", periode);
    }

    /** The agreed share of lettings to statushouders for the half-year; empty before the first date. */
    public Optional<Gedateerd> maxAandeel(Periode periode) {
        return geldend("maxAandeel", periode);
    }

    /**
     * The highest share of a period's expected supply from sources other than the corporations' regular lettings
     * (the memo's cap on non-regular housing); empty before the first date.
     */
    public Optional<Gedateerd> maxNietRegulier(Periode periode) {
        return geldend("maxNietRegulier", periode);
    }

    private Optional<Gedateerd> geldend(String naam, Periode periode) {
        return Optional.ofNullable(waarden.get(naam).floorEntry(periode.eersteDag())).map(Map.Entry::getValue);
    }

    /** The file shipped with the application. */
    public static Prognoseparameters vanClasspath() {
        try (InputStream in = Prognoseparameters.class.getClassLoader().getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException(BESTAND + " ontbreekt op het classpath");
            }
            return lees(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a parameter file; an {@link IllegalStateException} names every error. */
    public static Prognoseparameters lees(Reader reader) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(BESTAND + ": geen parameters");
        }
        List<String> fouten = new ArrayList<>();
        Map<String, TreeMap<LocalDate, Gedateerd>> result = new java.util.HashMap<>();
        for (Object sleutel : map.keySet()) {
            if (!NAMEN.contains(String.valueOf(sleutel))) {
                fouten.add("onbekende parameter " + sleutel);
            }
        }
        for (String naam : NAMEN) {
            TreeMap<LocalDate, Gedateerd> perDatum = new TreeMap<>();
            result.put(naam, perDatum);
            if (!(map.get(naam) instanceof Map<?, ?> parameter)
                    || !(parameter.get("waarden") instanceof Map<?, ?> lijst) || lijst.isEmpty()) {
                fouten.add(naam + ": geen waarden");
                continue;
            }
            lijst.forEach((datum, w) -> {
                String waar = naam + " " + datum;
                LocalDate vanaf;
                try {
                    vanaf = LocalDate.parse(String.valueOf(datum));
                } catch (DateTimeParseException e) {
                    fouten.add(waar + ": geen datum (JJJJ-MM-DD)");
                    return;
                }
                if (!(w instanceof Map<?, ?> m) || !(m.get("waarde") instanceof Number getal)
                        || !(m.get("bron") instanceof String bron) || bron.isBlank()) {
                    fouten.add(waar + ": waarde (een getal) en bron zijn verplicht");
                    return;
                }
                BigDecimal waarde = new BigDecimal(getal.toString());
                if (waarde.signum() <= 0 || (!"bezetting".equals(naam) && waarde.compareTo(BigDecimal.ONE) > 0)) {
                    fouten.add(waar + ": waarde moet positief zijn" + (!"bezetting".equals(naam)
                            ? " en hoogstens 1" : ""));
                    return;
                }
                perDatum.put(vanaf, new Gedateerd(vanaf, waarde, bron.strip()));
            });
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(BESTAND + " is niet in orde:\n  - " + String.join("\n  - ", fouten));
        }
        return new Prognoseparameters(result);
    }
}
