package nl.woonregie.toezicht;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Two versions of beleidskaders side by side: a line diff of their YAML (every line of both, marked as the same,
 * removed or added) and the values that differ, each with the date from which it holds when it is a dated value.
 *
 * @param regels  the lines of both texts in order: {@code GELIJK} in both, {@code WEG} only in {@code eerste},
 *                {@code ERBIJ} only in {@code tweede}; with their line numbers in each text (null where absent)
 * @param waarden every value (a leaf of the YAML tree) that differs, is only in one of them, per parameter and date
 */
@Schema(name = "BeleidskaderVergelijking")
public record BeleidskaderVergelijking(BeleidskaderVersie eerste, BeleidskaderVersie tweede, List<Regel> regels,
        List<Waarde> waarden) {

    /** What a line of the diff is. */
    public enum Soort {
        GELIJK, WEG, ERBIJ
    }

    /** One line of the diff. */
    @Schema(name = "BeleidskaderVergelijkingRegel")
    public record Regel(Soort soort, Integer regelEerste, Integer regelTweede, String tekst) {
    }

    /**
     * A value that differs: the parameter's path without its date ({@code tussentijdseToets.factor.waarde}), the
     * date it holds from when it is dated, and its text in both versions (null where it is absent).
     */
    @Schema(name = "BeleidskaderVergelijkingWaarde")
    public record Waarde(String parameter, @Schema(format = "date") LocalDate vanaf, String eerste, String tweede) {
    }

    /** Above this many cells the middle of two texts is shown as removed and added, without a finer diff. */
    static final long MAX_CELLEN = 4_000_000L;

    static BeleidskaderVergelijking van(BeleidskaderVersie a, BeleidskaderVersie b) {
        return new BeleidskaderVergelijking(a, b, regels(a.yaml(), b.yaml()), waarden(a.yaml(), b.yaml()));
    }

    /** The line diff: the longest common subsequence of the lines between the common beginning and end. */
    static List<Regel> regels(String tekstA, String tekstB) {
        String[] a = tekstA.split("\n", -1);
        String[] b = tekstB.split("\n", -1);
        int begin = 0;
        while (begin < a.length && begin < b.length && a[begin].equals(b[begin])) {
            begin++;
        }
        int eindA = a.length;
        int eindB = b.length;
        while (eindA > begin && eindB > begin && a[eindA - 1].equals(b[eindB - 1])) {
            eindA--;
            eindB--;
        }
        List<Regel> uit = new ArrayList<>();
        for (int i = 0; i < begin; i++) {
            uit.add(new Regel(Soort.GELIJK, i + 1, i + 1, a[i]));
        }
        int n = eindA - begin;
        int m = eindB - begin;
        if ((long) n * m > MAX_CELLEN) {
            for (int i = begin; i < eindA; i++) {
                uit.add(new Regel(Soort.WEG, i + 1, null, a[i]));
            }
            for (int j = begin; j < eindB; j++) {
                uit.add(new Regel(Soort.ERBIJ, null, j + 1, b[j]));
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = a[begin + i].equals(b[begin + j]) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && a[begin + i].equals(b[begin + j])) {
                    uit.add(new Regel(Soort.GELIJK, begin + i + 1, begin + j + 1, a[begin + i]));
                    i++;
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    uit.add(new Regel(Soort.WEG, begin + i + 1, null, a[begin + i]));
                    i++;
                } else {
                    uit.add(new Regel(Soort.ERBIJ, null, begin + j + 1, b[begin + j]));
                    j++;
                }
            }
        }
        for (int k = 0; k < a.length - eindA; k++) {
            uit.add(new Regel(Soort.GELIJK, eindA + k + 1, eindB + k + 1, a[eindA + k]));
        }
        return uit;
    }

    /** The leaves of both YAML trees that differ, per parameter path and the date a dated value holds from. */
    static List<Waarde> waarden(String tekstA, String tekstB) {
        Map<String, String> a = new TreeMap<>();
        Map<String, String> b = new TreeMap<>();
        plat(laad(tekstA), "", a);
        plat(laad(tekstB), "", b);
        List<Waarde> uit = new ArrayList<>();
        for (String pad : new TreeSet<>(union(a, b))) {
            String x = a.get(pad);
            String y = b.get(pad);
            if (x == null ? y == null : x.equals(y)) {
                continue;
            }
            LocalDate vanaf = null;
            List<String> delen = new ArrayList<>();
            for (String deel : pad.split("\\.")) {
                LocalDate d = vanaf == null ? datum(deel) : null;
                if (d != null) {
                    vanaf = d;
                } else {
                    delen.add(deel);
                }
            }
            uit.add(new Waarde(String.join(".", delen), vanaf, x, y));
        }
        return uit;
    }

    private static java.util.Set<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> s = new TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    private static Object laad(String tekst) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(tekst);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void plat(Object knoop, String pad, Map<String, String> uit) {
        if (knoop instanceof Map<?, ?> map) {
            map.forEach((k, v) -> plat(v, (pad.isEmpty() ? "" : pad + ".") + sleutel(k), uit));
        } else if (knoop instanceof List<?> lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                plat(lijst.get(i), pad + "[" + (i + 1) + "]", uit);
            }
        } else if (knoop != null || !pad.isEmpty()) {
            uit.put(pad, knoop instanceof Date d ? sleutel(d) : String.valueOf(knoop));
        }
    }

    private static String sleutel(Object k) {
        if (k instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return String.valueOf(k);
    }

    private static LocalDate datum(String deel) {
        if (deel.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(deel);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
