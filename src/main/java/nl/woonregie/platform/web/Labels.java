package nl.woonregie.platform.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Dutch label of every code a person may see — enum constants and other stable codes (roles, statuses, kinds,
 * checklist items, decisions) — from one place: the files {@code labels/<module>.properties} on the class path
 * (UTF-8), one per module, with the key {@code <type>.<CODE>}. The type of an enum is its class name below
 * {@code nl.woonregie} with nested classes joined by a point ({@code verhuisbox.Status.ICP_TOETS=ICP-toets},
 * {@code verhuisbox.Criterium.Uitslag.NIET_VOLDAAN=niet voldaan}); other codes name their type themselves
 * ({@code toezicht.Beslissing.BESLUIT}).
 *
 * <p>Pages write {@code ${@label.van(casus.variant())}}, Java (event descriptions, messages) {@code Labels.van(x)}.
 * A label is written as it stands alone in a table cell or list ("Melding", "Niet voldaan"); {@link #inZin} writes it
 * inside a sentence ("melding", but "ICP-toets" keeps its capitals). A code without a label is shown as it is and
 * logged once: the crawler test then finds it on the page, and {@code LabelsTest} requires a label for every constant
 * of every enum in {@code nl.woonregie} that is not declared internal there.
 */
@Component("label")
public final class Labels {

    private static final Logger log = LoggerFactory.getLogger(Labels.class);
    private static final String PAKKET = "nl.woonregie.";
    private static final Map<String, String> LABELS = laad();
    private static final Set<String> ONTBREKEND = ConcurrentHashMap.newKeySet();

    /** The label of an enum constant; "–" for null. */
    public static String van(Enum<?> code) {
        if (code == null) {
            return "–";
        }
        return label(type(code.getDeclaringClass()), code.name());
    }

    /** The label of a code of the given type, e.g. {@code van("verhuisbox.Status", "ICP_TOETS")}; "–" for null. */
    public static String van(String type, String code) {
        if (code == null) {
            return "–";
        }
        return label(type, code);
    }

    /** The label inside a sentence: the first letter small, unless the label starts with an abbreviation. */
    public static String inZin(Enum<?> code) {
        return klein(van(code));
    }

    /** {@link #inZin(Enum)} for a code of the given type. */
    public static String inZin(String type, String code) {
        return klein(van(type, code));
    }

    /** The label of a code when there is one (for codes that may also be free text). */
    public static Optional<String> zoek(String type, String code) {
        return Optional.ofNullable(code == null ? null : LABELS.get(type + "." + code));
    }

    /** The type of an enum as the keys name it: {@code verhuisbox.Criterium.Uitslag}. */
    public static String type(Class<?> enumKlasse) {
        Class<?> k = enumKlasse.isAnonymousClass() ? enumKlasse.getSuperclass() : enumKlasse;
        String naam = k.getName();
        return (naam.startsWith(PAKKET) ? naam.substring(PAKKET.length()) : naam).replace('$', '.');
    }

    /** Every label, by key (for the tests). */
    public static Map<String, String> alle() {
        return LABELS;
    }

    private static String label(String type, String code) {
        String label = LABELS.get(type + "." + code);
        if (label != null) {
            return label;
        }
        if (ONTBREKEND.add(type + "." + code)) {
            log.warn("No Dutch label for {}.{} (labels/*.properties)", type, code);
        }
        return code;
    }

    private static String klein(String label) {
        if (label.length() < 2 || !Character.isUpperCase(label.charAt(0)) || !Character.isLowerCase(label.charAt(1))) {
            return label;
        }
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    private static Map<String, String> laad() {
        Map<String, String> labels = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver(Labels.class.getClassLoader())
                    .getResources("classpath*:labels/*.properties")) {
                Properties p = new Properties();
                try (Reader in = new InputStreamReader(r.getInputStream(), StandardCharsets.UTF_8)) {
                    p.load(in);
                }
                for (String sleutel : p.stringPropertyNames()) {
                    String eerder = labels.put(sleutel, p.getProperty(sleutel).strip());
                    if (eerder != null) {
                        throw new IllegalStateException("Label " + sleutel + " is defined twice (" + r + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(labels);
    }
}
