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
        java.util.Set<String> codes = new java.util.HashSet<>();
        List<?> treden = list(ladderMap.get("treden"), "ladder.treden");
        for (int i = 0; i < treden.size(); i++) {
            String path = "ladder.treden[" + i + "]";
            Map<String, Object> t = map(treden.get(i), path);
            String code = text(t.get("code"), path + ".code");
            if (!codes.add(code)) {
                throw new IllegalArgumentException(path + ".code: trede " + code + " staat twee keer op de ladder");
            }
            stappen.add(new Ladder.Stap(new Trede(code), text(t.get("naam"), path + ".naam"),
                    optionalText(t.get("betekenis")), bool(t.get("besluitVereist"), false, path + ".besluitVereist"),
                    optionalText(t.get("regelBijStijging")), optionalText(t.get("toelichtingBijStijging"))));
        }
        Map<String, String> aliassen = new LinkedHashMap<>();
        if (ladderMap.get("aliassen") != null) {
            map(ladderMap.get("aliassen"), "ladder.aliassen").forEach((k, v) -> aliassen.put(k, String.valueOf(v)));
        }
        Kalender kalender = kalender(root.get("kalender"));
        Trede hoogsteTussentijds = ladderMap.get("hoogsteTredeTussentijds") == null && !kalender.tussentijdseToets()
                ? stappen.get(0).trede()
                : new Trede(text(ladderMap.get("hoogsteTredeTussentijds"), "ladder.hoogsteTredeTussentijds"));
        Ladder ladder = new Ladder(stappen, aliassen, hoogsteTussentijds);
        ladder.index(hoogsteTussentijds);
        aliassen.values().forEach(v -> ladder.index(new Trede(v)));

        Waarden<BigDecimal> factor = Waarden.geen();
        if (root.get("tussentijdseToets") != null) {
            Map<String, Object> tussentijds = map(root.get("tussentijdseToets"), "tussentijdseToets");
            factor = gedateerd(tussentijds.get("factor"), "tussentijdseToets.factor",
                    (v, path) -> decimal(v, path));
        } else if (kalender.tussentijdseToets()) {
            throw new IllegalArgumentException("tussentijdseToets ontbreekt of is geen map");
        }

        Map<LocalDate, Optional<DrempelNietStijgen>> drempels = new LinkedHashMap<>();
        Map<LocalDate, String> drempelBronnen = new LinkedHashMap<>();
        if (root.get("drempelNietStijgen") != null) {
            map(root.get("drempelNietStijgen"), "drempelNietStijgen").forEach((k, v) -> {
                String path = "drempelNietStijgen." + k;
                if ("geen".equals(v)) {
                    drempels.put(date(k, path), Optional.empty());
                    return;
                }
                Map<String, Object> d = map(v, path);
                if ("geen".equals(d.get("waarde"))) {
                    drempels.put(date(k, path), Optional.empty());
                } else {
                    drempels.put(date(k, path), Optional.of(new DrempelNietStijgen(
                            optionalDecimal(d.get("opgaveFactor"), path + ".opgaveFactor"),
                            optionalDecimal(d.get("taakstellingFactor"), path + ".taakstellingFactor"),
                            optionalDecimal(d.get("achterstandFactor"), path + ".achterstandFactor"),
                            bool(d.get("omkoppelingenTellenMee"), true, path + ".omkoppelingenTellenMee"),
                            text(d.get("omschrijving"), path + ".omschrijving"))));
                }
                if (d.get("bron") != null) {
                    drempelBronnen.put(date(k, path), String.valueOf(d.get("bron")));
                }
            });
        }
        Beleidskader.TeltMee teltMee = Beleidskader.TeltMee.ALLES;
        if (root.get("teltMee") != null) {
            Map<String, Object> t = map(root.get("teltMee"), "teltMee");
            for (String sleutel : t.keySet()) {
                if (!List.of("koppelingen", "omkoppelingen", "stapelgemeente").contains(sleutel)) {
                    throw new IllegalArgumentException("teltMee." + sleutel + " is onbekend (koppelingen, "
                            + "omkoppelingen of stapelgemeente)");
                }
            }
            teltMee = new Beleidskader.TeltMee(schakelaar(t, "koppelingen"), schakelaar(t, "omkoppelingen"),
                    schakelaar(t, "stapelgemeente"));
        }
        Map<String, Object> stapel = map(root.get("stapelgemeente"), "stapelgemeente");
        Map<String, Object> huur = map(root.get("huurcontracten"), "huurcontracten");
        LocalDate geldigVanaf = date(root.get("geldigVanaf"), "geldigVanaf");
        LocalDate geldigTot = root.get("geldigTot") == null ? null : date(root.get("geldigTot"), "geldigTot");
        if (geldigTot != null && geldigTot.isBefore(geldigVanaf)) {
            throw new IllegalArgumentException("geldigTot ligt voor geldigVanaf");
        }
        return new Beleidskader(
                text(root.get("id"), "id"),
                text(root.get("naam"), "naam"),
                text(root.get("provincie"), "provincie"),
                optionalText(root.get("bron")),
                geldigVanaf,
                geldigTot,
                ladder,
                factor,
                new Waarden<>(drempels, drempelBronnen),
                integer(stapel.get("minimaalMaanden"), "stapelgemeente.minimaalMaanden"),
                bool(stapel.get("laatsteMaandVereist"), true, "stapelgemeente.laatsteMaandVereist"),
                integer(huur.get("dagenVoorEinde"), "huurcontracten.dagenVoorEinde"),
                integer(huur.get("indientermijnDagen"), "huurcontracten.indientermijnDagen"),
                ladderMap.get("splitsingTrede3") == null ? null
                        : date(ladderMap.get("splitsingTrede3"), "ladder.splitsingTrede3"),
                kalender,
                teltMee);
    }

    private static Kalender kalender(Object o) {
        if (o == null) {
            return Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS;
        }
        Map<String, Object> k = map(o, "kalender");
        String periode = text(k.get("periode"), "kalender.periode");
        Periode.Lengte lengte = switch (periode) {
            case "kwartaal" -> Periode.Lengte.KWARTAAL;
            case "halfjaar" -> Periode.Lengte.HALFJAAR;
            case "jaar" -> Periode.Lengte.JAAR;
            default -> throw new IllegalArgumentException("kalender.periode: '" + periode
                    + "' is geen kwartaal, halfjaar of jaar");
        };
        int peildag = k.get("peildag") == null ? 1 : integer(k.get("peildag"), "kalender.peildag");
        return new Kalender(lengte, bool(k.get("tussentijdseToets"), false, "kalender.tussentijdseToets"), peildag);
    }

    private static Waarden<Boolean> schakelaar(Map<String, Object> teltMee, String sleutel) {
        Object o = teltMee.get(sleutel);
        return o == null ? Waarden.geen()
                : gedateerd(o, "teltMee." + sleutel, (v, path) -> bool(v, null, path));
    }

    /**
     * A dated parameter: {@code datum: waarde} or {@code datum: {waarde: …, bron: …}} (the source reference of that
     * value, as OpenFisca's {@code reference}).
     */
    private static <T> Waarden<T> gedateerd(Object o, String path,
            java.util.function.BiFunction<Object, String, T> waarde) {
        Map<LocalDate, Optional<T>> waarden = new LinkedHashMap<>();
        Map<LocalDate, String> bronnen = new LinkedHashMap<>();
        map(o, path).forEach((k, v) -> {
            LocalDate datum = date(k, path);
            String p = path + "." + k;
            if (v instanceof Map<?, ?>) {
                Map<String, Object> m = map(v, p);
                waarden.put(datum, Optional.of(waarde.apply(m.get("waarde"), p + ".waarde")));
                if (m.get("bron") != null) {
                    bronnen.put(datum, String.valueOf(m.get("bron")));
                }
            } else {
                waarden.put(datum, Optional.of(waarde.apply(v, p)));
            }
        });
        return new Waarden<>(waarden, bronnen);
    }

    private static Boolean bool(Object o, Boolean standaard, String path) {
        if (o == null && standaard != null) {
            return standaard;
        }
        if (!(o instanceof Boolean b)) {
            throw new IllegalArgumentException(path + " moet true of false zijn");
        }
        return b;
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
