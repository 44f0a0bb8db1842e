package nl.woonregie.platform.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Dated parameters in a YAML file, as OpenFisca keeps them: per parameter its values by the date from which each holds
 * (until the next), every value with its source.
 *
 * <pre>
 * bezetting:
 *   omschrijving: Gemiddeld aantal personen per woning
 *   waarden:
 *     "2015-01-01": {waarde: 2.4, bron: "Notitie …, p. 3"}
 * </pre>
 *
 * <p>{@link #lees} reads every expected parameter, converts each value with the caller's {@link Waardelezer} (which
 * judges what a value may be; a value may itself be a map, such as the population source's
 * {@code {instantie: CBS, jarenVoorHalfjaar: 1}}) and names every error at once: an unknown parameter, a parameter
 * without description or values, a key that is not a date or not a date the file's {@link Datumregel} allows, a
 * value or source missing, a value the reader refuses. The readers of the forecast's defaults, the support tariffs
 * and the distribution's rules are built on it.
 */
public final class GedateerdeParameters {

    /** A value from a date on, with its source. */
    public record Waarde<T>(LocalDate vanaf, T waarde, String bron) {
    }

    /** Converts one raw YAML value of a parameter; throws {@link IllegalArgumentException} with the reason. */
    @FunctionalInterface
    public interface Waardelezer<T> {
        T lees(String parameter, Object waarde);
    }

    /** Which dates a value may start on. */
    public enum Datumregel {
        /** Any day (the tariffs: a month uses the one valid on its first day). */
        ELKE_DAG,
        /**
         * The first day of a half-year, 1 January or 1 July: for parameters looked up by a half-year's first day,
         * where a value from another day would silently start at the next half-year.
         */
        BEGIN_HALFJAAR;

        boolean staatToe(LocalDate d) {
            return this == ELKE_DAG || d.getDayOfMonth() == 1 && (d.getMonthValue() == 1 || d.getMonthValue() == 7);
        }
    }

    /**
     * The reader of an amount in euros: a number of 0 or more on the cent, kept with two decimals (tariffs, rates,
     * norms).
     */
    public static final Waardelezer<java.math.BigDecimal> BEDRAG = (parameter, w) -> {
        if (!(w instanceof Number getal)) {
            throw new IllegalArgumentException("waarde moet een getal zijn");
        }
        java.math.BigDecimal waarde = new java.math.BigDecimal(getal.toString());
        if (waarde.signum() < 0 || waarde.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("waarde moet een bedrag van 0 of meer zijn, op de cent");
        }
        return waarde.setScale(2);
    };

    private GedateerdeParameters() {
    }

    /** A file on the classpath as a reader; an {@link IllegalStateException} when it is missing. */
    public static <R> R vanClasspath(String bestand, java.util.function.Function<Reader, R> lezer) {
        try (InputStream in = GedateerdeParameters.class.getClassLoader().getResourceAsStream(bestand)) {
            if (in == null) {
                throw new IllegalStateException(bestand + " ontbreekt op het classpath");
            }
            return lezer.apply(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the parameters {@code namen} (and no others) of {@code bestand}: per name its values by date. The
     * {@link IllegalStateException} names the file and every error; {@code soort} names a parameter in a message
     * ("onbekende parameter X", "onbekende tariefsoort X"); {@code regel} says which dates a value may start on.
     */
    public static <T> Map<String, NavigableMap<LocalDate, Waarde<T>>> lees(Reader reader, String bestand,
            Collection<String> namen, String soort, Datumregel regel, Waardelezer<T> waardelezer) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(bestand + ": geen parameters");
        }
        List<String> fouten = new ArrayList<>();
        for (Object sleutel : map.keySet()) {
            if (!namen.contains(String.valueOf(sleutel))) {
                fouten.add("onbekende " + soort + " " + sleutel);
            }
        }
        Map<String, NavigableMap<LocalDate, Waarde<T>>> result = new LinkedHashMap<>();
        for (String naam : namen) {
            NavigableMap<LocalDate, Waarde<T>> perDatum = new TreeMap<>();
            result.put(naam, perDatum);
            if (!(map.get(naam) instanceof Map<?, ?> parameter)
                    || !(parameter.get("waarden") instanceof Map<?, ?> lijst) || lijst.isEmpty()) {
                fouten.add(naam + ": geen waarden");
                continue;
            }
            if (!(parameter.get("omschrijving") instanceof String o) || o.isBlank()) {
                fouten.add(naam + ": omschrijving ontbreekt");
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
                if (!regel.staatToe(vanaf)) {
                    fouten.add(waar + ": een waarde geldt vanaf het begin van een halfjaar (1 januari of 1 juli)");
                }
                if (!(w instanceof Map<?, ?> m) || m.get("waarde") == null) {
                    fouten.add(waar + ": waarde ontbreekt");
                    return;
                }
                if (!(m.get("bron") instanceof String bron) || bron.isBlank()) {
                    fouten.add(waar + ": bron ontbreekt (elke waarde noemt haar bron)");
                    return;
                }
                try {
                    perDatum.put(vanaf, new Waarde<>(vanaf, waardelezer.lees(naam, m.get("waarde")), bron.strip()));
                } catch (IllegalArgumentException e) {
                    fouten.add(waar + ": " + e.getMessage());
                }
            });
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(bestand + " is niet in orde:\n  - " + String.join("\n  - ", fouten));
        }
        return result;
    }
}
