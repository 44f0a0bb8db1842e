package nl.woonregie.doorbraakplan.internal;

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

import nl.woonregie.doorbraakplan.ondersteuning.Tarief;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The default tariffs of the support computation ({@code doorbraakplan/tarieven.yaml}): per kind the values by the
 * date from which they apply, each with its source. Read once and checked: every kind present, each value a
 * non-negative amount with at most two decimals and a source; a file with an error is refused with every error named.
 */
public final class Tariefparameters {

    public static final String BESTAND = "doorbraakplan/tarieven.yaml";

    private Tariefparameters() {
    }

    /** The file shipped with the application. */
    public static Tarieven vanClasspath() {
        try (InputStream in = Tariefparameters.class.getClassLoader().getResourceAsStream(BESTAND)) {
            if (in == null) {
                throw new IllegalStateException(BESTAND + " ontbreekt op het classpath");
            }
            return lees(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a tariff file; an {@link IllegalStateException} names every error. */
    public static Tarieven lees(Reader reader) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalStateException(BESTAND + ": geen tarieven");
        }
        List<String> fouten = new ArrayList<>();
        List<Tarief> tarieven = new ArrayList<>();
        for (Object sleutel : map.keySet()) {
            try {
                Tariefsoort.valueOf(String.valueOf(sleutel));
            } catch (IllegalArgumentException e) {
                fouten.add("onbekende tariefsoort " + sleutel);
            }
        }
        for (Tariefsoort soort : Tariefsoort.values()) {
            if (!(map.get(soort.name()) instanceof Map<?, ?> parameter)
                    || !(parameter.get("waarden") instanceof Map<?, ?> lijst) || lijst.isEmpty()) {
                fouten.add(soort + ": geen waarden");
                continue;
            }
            lijst.forEach((datum, w) -> {
                String waar = soort + " " + datum;
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
                if (waarde.signum() < 0 || waarde.stripTrailingZeros().scale() > 2) {
                    fouten.add(waar + ": waarde moet een bedrag van 0 of meer zijn, op de cent");
                    return;
                }
                tarieven.add(new Tarief(soort, waarde.setScale(2), vanaf, bron.strip()));
            });
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(BESTAND + " is niet in orde:\n  - " + String.join("\n  - ", fouten));
        }
        return Tarieven.van(tarieven);
    }
}
