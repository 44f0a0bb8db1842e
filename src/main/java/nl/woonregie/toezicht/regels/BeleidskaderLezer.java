package nl.woonregie.toezicht.regels;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a beleidskader from its YAML data file, and says exactly what is wrong when the file is not valid. */
public final class BeleidskaderLezer {

    private BeleidskaderLezer() {
    }

    public static Beleidskader lees(InputStream yaml, String bron) {
        Object root;
        try (InputStreamReader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (Exception e) {
            throw new IllegalArgumentException("Beleidskader " + bron + " is geen geldige YAML: " + e.getMessage(), e);
        }
        try {
            return lees(map(root, "(root)"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Beleidskader " + bron + ": " + e.getMessage(), e);
        }
    }

    private static Beleidskader lees(Map<String, Object> root) {
        Map<String, Object> ladderMap = map(root.get("ladder"), "ladder");
        List<Ladder.Stap> stappen = new ArrayList<>();
        for (Object o : list(ladderMap.get("treden"), "ladder.treden")) {
            Map<String, Object> t = map(o, "ladder.treden[]");
            stappen.add(new Ladder.Stap(new Trede(text(t.get("code"), "ladder.treden[].code")),
                    text(t.get("naam"), "ladder.treden[].naam"), optionalText(t.get("betekenis")),
                    Boolean.TRUE.equals(t.get("besluitVereist"))));
        }
        Map<String, String> aliassen = new LinkedHashMap<>();
        if (ladderMap.get("aliassen") != null) {
            map(ladderMap.get("aliassen"), "ladder.aliassen").forEach((k, v) -> aliassen.put(k, String.valueOf(v)));
        }
        Trede hoogsteTussentijds = new Trede(text(ladderMap.get("hoogsteTredeTussentijds"),
                "ladder.hoogsteTredeTussentijds"));
        Ladder ladder = new Ladder(stappen, aliassen, hoogsteTussentijds);
        ladder.index(hoogsteTussentijds);
        aliassen.values().forEach(v -> ladder.index(new Trede(v)));

        Map<LocalDate, Optional<BigDecimal>> factor = new LinkedHashMap<>();
        Map<String, Object> tussentijds = map(root.get("tussentijdseToets"), "tussentijdseToets");
        map(tussentijds.get("factor"), "tussentijdseToets.factor")
                .forEach((k, v) -> factor.put(date(k, "tussentijdseToets.factor"),
                        Optional.of(decimal(v, "tussentijdseToets.factor." + k))));

        Map<LocalDate, Optional<DrempelNietStijgen>> drempels = new LinkedHashMap<>();
        if (root.get("drempelNietStijgen") != null) {
            map(root.get("drempelNietStijgen"), "drempelNietStijgen").forEach((k, v) -> {
                String path = "drempelNietStijgen." + k;
                if ("geen".equals(v)) {
                    drempels.put(date(k, path), Optional.empty());
                    return;
                }
                Map<String, Object> d = map(v, path);
                drempels.put(date(k, path), Optional.of(new DrempelNietStijgen(
                        optionalDecimal(d.get("opgaveFactor"), path + ".opgaveFactor"),
                        optionalDecimal(d.get("taakstellingFactor"), path + ".taakstellingFactor"),
                        optionalDecimal(d.get("achterstandFactor"), path + ".achterstandFactor"),
                        !Boolean.FALSE.equals(d.get("omkoppelingenTellenMee")),
                        text(d.get("omschrijving"), path + ".omschrijving"))));
            });
        }
        Map<String, Object> stapel = map(root.get("stapelgemeente"), "stapelgemeente");
        Map<String, Object> huur = map(root.get("huurcontracten"), "huurcontracten");
        return new Beleidskader(
                text(root.get("id"), "id"),
                text(root.get("naam"), "naam"),
                text(root.get("provincie"), "provincie"),
                optionalText(root.get("bron")),
                date(root.get("geldigVanaf"), "geldigVanaf"),
                root.get("geldigTot") == null ? null : date(root.get("geldigTot"), "geldigTot"),
                ladder,
                new Waarden<>(factor),
                new Waarden<>(drempels),
                integer(stapel.get("minimaalMaanden"), "stapelgemeente.minimaalMaanden"),
                !Boolean.FALSE.equals(stapel.get("laatsteMaandVereist")),
                integer(huur.get("dagenVoorEinde"), "huurcontracten.dagenVoorEinde"),
                integer(huur.get("indientermijnDagen"), "huurcontracten.indientermijnDagen"),
                ladderMap.get("splitsingTrede3") == null ? null
                        : date(ladderMap.get("splitsingTrede3"), "ladder.splitsingTrede3"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String path) {
        if (!(o instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(path + " ontbreekt of is geen map");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        m.forEach((k, v) -> result.put(k instanceof Date d ? iso(d) : String.valueOf(k), v));
        return result;
    }

    private static List<?> list(Object o, String path) {
        if (!(o instanceof List<?> l) || l.isEmpty()) {
            throw new IllegalArgumentException(path + " ontbreekt of is geen lijst");
        }
        return l;
    }

    private static String text(Object o, String path) {
        if (o == null || String.valueOf(o).isBlank()) {
            throw new IllegalArgumentException(path + " ontbreekt");
        }
        return String.valueOf(o);
    }

    private static String optionalText(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static int integer(Object o, String path) {
        if (!(o instanceof Integer i)) {
            throw new IllegalArgumentException(path + " moet een geheel getal zijn");
        }
        return i;
    }

    private static BigDecimal decimal(Object o, String path) {
        if (!(o instanceof Number n)) {
            throw new IllegalArgumentException(path + " moet een getal zijn");
        }
        return new BigDecimal(n.toString());
    }

    private static BigDecimal optionalDecimal(Object o, String path) {
        return o == null ? null : decimal(o, path);
    }

    private static LocalDate date(Object o, String path) {
        if (o instanceof Date d) {
            return LocalDate.parse(iso(d));
        }
        try {
            return LocalDate.parse(String.valueOf(o));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": '" + o + "' is geen datum (JJJJ-MM-DD)");
        }
    }

    private static String iso(Date d) {
        return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
