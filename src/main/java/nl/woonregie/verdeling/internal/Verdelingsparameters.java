package nl.woonregie.verdeling.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.verdeling.Afronding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The dated parameters of the distribution ({@code verdeling/parameters.yaml}): per parameter a list of values, each
 * holding for the half-years that start on or after its date until the next date, each with its source reference (as
 * OpenFisca's parameters). Read once and checked: every error is named, and a file with one is refused.
 */
public final class Verdelingsparameters {

    public static final String BESTAND = "verdeling/parameters.yaml";

    /** A value of a parameter from a date on, with its source. */
    public record Gedateerd<T>(LocalDate vanaf, T waarde, String bron) {
    }

    /** Which population figures are iG and iN: of which body, of 1 January how many years before the half-year's year. */
    public record Bevolking(String instantie, int jarenVoorHalfjaar) {

        /** The peildatum of the population for a half-year. */
        public LocalDate peildatum(Periode periode) {
            return LocalDate.of(periode.jaar() - jarenVoorHalfjaar, 1, 1);
        }
    }

    private final TreeMap<LocalDate, Gedateerd<Afronding>> afronding;
    private final TreeMap<LocalDate, Gedateerd<Bevolking>> bevolking;

    private Verdelingsparameters(TreeMap<LocalDate, Gedateerd<Afronding>> afronding,
            TreeMap<LocalDate, Gedateerd<Bevolking>> bevolking) {
        this.afronding = afronding;
        this.bevolking = bevolking;
    }

    /** The rounding that holds for the half-year; empty before the first date. */
    public Optional<Gedateerd<Afronding>> afronding(Periode periode) {
        return Optional.ofNullable(afronding.floorEntry(periode.eersteDag())).map(Map.Entry::getValue);
    }

    /** The population parameter that holds for the half-year; empty before the first date. */
    public Optional<Gedateerd<Bevolking>> bevolking(Periode periode) {
        return Optional.ofNullable(bevolking.floorEntry(periode.eersteDag())).map(Map.Entry::getValue);
    }

    /** The file shipped with the application. */
    public static Verdelingsparameters vanClasspath() {
        try (InputStream in = Verdelingsparameters.class.getClassLoader().getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException(BESTAND + " ontbreekt op het classpath");
            }
            return lees(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a parameter file; an {@link IllegalStateException} names every error. */
    public static Verdelingsparameters lees(Reader reader) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        List<String> fouten = new ArrayList<>();
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(BESTAND + ": geen parameters");
        }
        TreeMap<LocalDate, Gedateerd<Afronding>> afronding = waarden(map, "afronding", fouten, w -> {
            Object waarde = w.get("waarde");
            try {
                return Afronding.valueOf(String.valueOf(waarde));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("waarde moet OMHOOG of HALF_OMHOOG zijn, niet " + waarde);
            }
        });
        TreeMap<LocalDate, Gedateerd<Bevolking>> bevolking = waarden(map, "bevolking", fouten, w -> {
            Object instantie = w.get("instantie");
            Object jaren = w.get("jarenVoorHalfjaar");
            if (!(instantie instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException("instantie ontbreekt");
            }
            if (!(jaren instanceof Integer j) || j < 0 || j > 5) {
                throw new IllegalArgumentException("jarenVoorHalfjaar moet een geheel getal van 0 tot en met 5 zijn");
            }
            return new Bevolking(s.strip(), j);
        });
        for (Object sleutel : map.keySet()) {
            if (!"afronding".equals(sleutel) && !"bevolking".equals(sleutel)) {
                fouten.add("onbekende parameter " + sleutel);
            }
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(BESTAND + " is niet in orde:\n  - " + String.join("\n  - ", fouten));
        }
        return new Verdelingsparameters(afronding, bevolking);
    }

    private static <T> TreeMap<LocalDate, Gedateerd<T>> waarden(Map<?, ?> root, String naam, List<String> fouten,
            Function<Map<?, ?>, T> lezer) {
        TreeMap<LocalDate, Gedateerd<T>> result = new TreeMap<>();
        if (!(root.get(naam) instanceof Map<?, ?> parameter) || !(parameter.get("waarden") instanceof Map<?, ?> waarden)
                || waarden.isEmpty()) {
            fouten.add(naam + ": geen waarden");
            return result;
        }
        if (!(parameter.get("omschrijving") instanceof String o) || o.isBlank()) {
            fouten.add(naam + ": omschrijving ontbreekt");
        }
        for (Map.Entry<?, ?> e : waarden.entrySet()) {
            String waar = naam + " " + e.getKey();
            LocalDate vanaf;
            try {
                vanaf = LocalDate.parse(String.valueOf(e.getKey()));
            } catch (DateTimeParseException x) {
                fouten.add(waar + ": geen datum (jjjj-mm-dd)");
                continue;
            }
            if (!(vanaf.getDayOfMonth() == 1 && (vanaf.getMonthValue() == 1 || vanaf.getMonthValue() == 7))) {
                fouten.add(waar + ": een waarde geldt vanaf het begin van een halfjaar (1 januari of 1 juli)");
            }
            if (!(e.getValue() instanceof Map<?, ?> w)) {
                fouten.add(waar + ": geen waarde");
                continue;
            }
            if (!(w.get("bron") instanceof String bron) || bron.isBlank()) {
                fouten.add(waar + ": bron ontbreekt (elke waarde noemt haar bron)");
                continue;
            }
            try {
                result.put(vanaf, new Gedateerd<>(vanaf, lezer.apply(w), bron.strip()));
            } catch (IllegalArgumentException x) {
                fouten.add(waar + ": " + x.getMessage());
            }
        }
        return result;
    }
}
