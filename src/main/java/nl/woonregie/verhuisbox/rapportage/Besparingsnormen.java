package nl.woonregie.verhuisbox.rapportage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import nl.woonregie.platform.core.GedateerdeParameters;
import nl.woonregie.verhuisbox.rapportage.regels.Besparingsraming;
import nl.woonregie.verhuisbox.traject.Historie;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the norms of the estimated saving ({@code verhuisbox/besparingsnormen.yaml}, dated, each value with its
 * source): a parameter per kind of income — the names of {@link Historie.Inkomen} and {@code ONBEKEND}; a kind that
 * is not in the file has no norm. Every value a yearly amount of 0 or more on the cent; a file with an error is
 * refused with every error named (at start-up, so a wrong file never reaches a report).
 */
final class Besparingsnormen {

    static final String BESTAND = "verhuisbox/besparingsnormen.yaml";

    /** The kinds of income a norm may be given for. */
    static final Set<String> SOORTEN;

    static {
        Set<String> s = new LinkedHashSet<>();
        for (Historie.Inkomen i : Historie.Inkomen.values()) {
            s.add(i.name());
        }
        s.add(Rapportage.ONBEKEND);
        SOORTEN = Set.copyOf(s);
    }

    private Besparingsnormen() {
    }

    static Besparingsraming vanClasspath() {
        return GedateerdeParameters.vanClasspath(BESTAND, Besparingsnormen::lees);
    }

    static Besparingsraming lees(Reader reader) {
        String tekst = tekst(reader);
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(tekst);
        List<String> fouten = new ArrayList<>();
        List<String> namen = new ArrayList<>();
        if (root instanceof Map<?, ?> m) {
            for (Object k : m.keySet()) {
                if (SOORTEN.contains(String.valueOf(k))) {
                    namen.add(String.valueOf(k));
                } else {
                    fouten.add("onbekende soort inkomen " + k + " (kies uit " + String.join(", ",
                            SOORTEN.stream().sorted().toList()) + ")");
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw new IllegalStateException(BESTAND + " is niet in orde:\n  - " + String.join("\n  - ", fouten));
        }
        Map<String, NavigableMap<LocalDate, Besparingsraming.Norm>> normen = new LinkedHashMap<>();
        GedateerdeParameters.lees(new StringReader(tekst), BESTAND, namen, "soort inkomen",
                GedateerdeParameters.Datumregel.ELKE_DAG, GedateerdeParameters.BEDRAG).forEach((soort, perDatum) -> {
                    NavigableMap<LocalDate, Besparingsraming.Norm> n = new TreeMap<>();
                    perDatum.values().forEach(x -> n.put(x.vanaf(), new Besparingsraming.Norm(x.vanaf(), x.waarde(),
                            x.bron())));
                    normen.put(soort, n);
                });
        return new Besparingsraming(normen);
    }

    private static String tekst(Reader reader) {
        try (StringWriter w = new StringWriter()) {
            reader.transferTo(w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
