package nl.woonregie.toezicht.regels;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a beleidskader from its YAML data file, and names every error with its line when the file is not valid
 * ({@link #valideer}); {@link #lees} refuses an invalid file with all its errors in the message.
 */
public final class BeleidskaderLezer {

    /** One error: the line (1-based; 0 when the field is missing from the file), the field's path and what is wrong. */
    public record Fout(int regel, String pad, String melding) {

        @Override
        public String toString() {
            return (regel > 0 ? "regel " + regel + ": " : "") + pad + (melding.startsWith("'") ? ": " : " ") + melding;
        }
    }

    /** An invalid beleidskader: every error, each with its line. */
    public static final class OngeldigBeleidskader extends IllegalArgumentException {

        private final transient List<Fout> fouten;

        OngeldigBeleidskader(String bron, List<Fout> fouten) {
            super("Beleidskader " + bron + ": " + String.join("; ", fouten.stream().map(Fout::toString).toList()));
            this.fouten = List.copyOf(fouten);
        }

        public List<Fout> fouten() {
            return fouten;
        }
    }

    private final Node boom;
    private final boolean streng;
    private final List<Fout> fouten = new ArrayList<>();

    private BeleidskaderLezer(Node boom, boolean streng) {
        this.boom = boom;
        this.streng = streng;
    }

    public static Beleidskader lees(InputStream yaml, String bron) {
        try {
            return lees(new String(yaml.readAllBytes(), StandardCharsets.UTF_8), bron);
        } catch (IOException e) {
            throw new IllegalArgumentException("Beleidskader " + bron + " kan niet worden gelezen: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Reads the kader; an invalid one is refused with every error and its line. Keys the format does not have are
     * left aside here (a kader stored or published before they were refused keeps working); {@link #valideer}, which
     * judges a text before it is stored, names them.
     */
    public static Beleidskader lees(String yaml, String bron) {
        return lees(yaml, bron, false);
    }

    private static Beleidskader lees(String yaml, String bron, boolean streng) {
        Object root;
        Node boom;
        try {
            Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
            boom = parser.compose(new StringReader(yaml));
            root = parser.load(yaml);
        } catch (MarkedYAMLException e) {
            int regel = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new OngeldigBeleidskader(bron, List.of(new Fout(regel, "(bestand)", "is geen geldige YAML: "
                    + e.getProblem())));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Beleidskader " + bron + " is geen geldige YAML: " + e.getMessage(), e);
        }
        BeleidskaderLezer lezer = new BeleidskaderLezer(boom, streng);
        Beleidskader kader = null;
        try {
            kader = lezer.lees(lezer.map(root, "(root)"));
        } catch (Stop e) {
            // an error that leaves nothing further to check; it is in the list
        } catch (IllegalArgumentException e) {
            lezer.fout("(beleidskader)", e.getMessage());
        }
        if (!lezer.fouten.isEmpty()) {
            throw new OngeldigBeleidskader(bron, lezer.fouten);
        }
        return kader;
    }

    /** Every error of the kader, each with its line, also every key the format does not have; empty when it is valid. */
    public static List<Fout> valideer(String yaml) {
        try {
            lees(yaml, "(invoer)", true);
            return List.of();
        } catch (OngeldigBeleidskader e) {
            return e.fouten();
        } catch (IllegalArgumentException e) {
            return List.of(new Fout(0, "(bestand)", e.getMessage()));
        }
    }

    /** Thrown where the rest of the kader cannot be checked (e.g. the root is not a map). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private Beleidskader lees(Map<String, Object> root) {
        onbekend(root, "", "id", "naam", "provincie", "bron", "geldigVanaf", "geldigTot", "kalender", "ladder",
                "tussentijdseToets", "drempelNietStijgen", "teltMee", "stapelgemeente", "huurcontracten");
        Map<String, Object> ladderMap = map(root.get("ladder"), "ladder");
        onbekend(ladderMap, "ladder", "treden", "aliassen", "hoogsteTredeTussentijds", "splitsingTrede3");
        List<Ladder.Stap> stappen = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<?> treden = list(ladderMap.get("treden"), "ladder.treden");
        for (int i = 0; i < treden.size(); i++) {
            String path = "ladder.treden[" + i + "]";
            Map<String, Object> t = map(treden.get(i), path);
            onbekend(t, path, "code", "naam", "betekenis", "besluitVereist", "regelBijStijging",
                    "toelichtingBijStijging");
            String code = text(t.get("code"), path + ".code");
            if (code != null && !codes.add(code)) {
                fout(path + ".code", "trede " + code + " staat twee keer op de ladder");
            }
            String naam = text(t.get("naam"), path + ".naam");
            Boolean besluit = bool(t.get("besluitVereist"), false, path + ".besluitVereist");
            if (code != null && naam != null && besluit != null) {
                stappen.add(new Ladder.Stap(new Trede(code), naam, optionalText(t.get("betekenis")), besluit,
                        optionalText(t.get("regelBijStijging")), optionalText(t.get("toelichtingBijStijging"))));
            }
        }
        Map<String, String> aliassen = new LinkedHashMap<>();
        if (ladderMap.get("aliassen") != null) {
            map(ladderMap.get("aliassen"), "ladder.aliassen").forEach((k, v) -> aliassen.put(k, String.valueOf(v)));
        }
        Kalender kalender = kalender(root.get("kalender"));
        Trede hoogsteTussentijds = null;
        // (an invalid calendar is already an error: no second error for what follows from it)
        if (ladderMap.get("hoogsteTredeTussentijds") == null && (kalender == null || !kalender.tussentijdseToets())) {
            hoogsteTussentijds = stappen.isEmpty() ? null : stappen.get(0).trede();
        } else {
            String code = text(ladderMap.get("hoogsteTredeTussentijds"), "ladder.hoogsteTredeTussentijds");
            hoogsteTussentijds = code == null ? null : new Trede(code);
            if (code != null && !codes.contains(code)) {
                fout("ladder.hoogsteTredeTussentijds", "trede " + code + " staat niet op de ladder");
            }
        }
        aliassen.forEach((alias, doel) -> {
            if (!codes.contains(doel)) {
                fout("ladder.aliassen." + alias, "trede " + doel + " staat niet op de ladder");
            }
        });

        Waarden<BigDecimal> factor = Waarden.geen();
        if (root.get("tussentijdseToets") != null) {
            Map<String, Object> tussentijds = map(root.get("tussentijdseToets"), "tussentijdseToets");
            onbekend(tussentijds, "tussentijdseToets", "factor");
            factor = gedateerd(tussentijds.get("factor"), "tussentijdseToets.factor", this::decimal);
        } else if (kalender != null && kalender.tussentijdseToets()) {
            fout("tussentijdseToets", "ontbreekt of is geen map");
        }

        Map<LocalDate, Optional<DrempelNietStijgen>> drempels = new LinkedHashMap<>();
        Map<LocalDate, String> drempelBronnen = new LinkedHashMap<>();
        if (root.get("drempelNietStijgen") != null) {
            map(root.get("drempelNietStijgen"), "drempelNietStijgen").forEach((k, v) -> {
                String path = "drempelNietStijgen." + k;
                LocalDate datum = date(k, path);
                if ("geen".equals(v)) {
                    zet(drempels, datum, Optional.empty());
                    return;
                }
                Map<String, Object> d = map(v, path);
                onbekend(d, path, "waarde", "opgaveFactor", "taakstellingFactor", "achterstandFactor",
                        "omkoppelingenTellenMee", "omschrijving", "bron");
                if ("geen".equals(d.get("waarde"))) {
                    zet(drempels, datum, Optional.empty());
                } else {
                    BigDecimal opgave = optionalDecimal(d.get("opgaveFactor"), path + ".opgaveFactor");
                    BigDecimal taak = optionalDecimal(d.get("taakstellingFactor"), path + ".taakstellingFactor");
                    BigDecimal achterstand = optionalDecimal(d.get("achterstandFactor"), path + ".achterstandFactor");
                    Boolean omk = bool(d.get("omkoppelingenTellenMee"), true, path + ".omkoppelingenTellenMee");
                    String omschrijving = text(d.get("omschrijving"), path + ".omschrijving");
                    if (omk != null && omschrijving != null) {
                        zet(drempels, datum, Optional.of(new DrempelNietStijgen(opgave, taak, achterstand, omk,
                                omschrijving)));
                    }
                }
                if (d.get("bron") != null && datum != null) {
                    drempelBronnen.put(datum, String.valueOf(d.get("bron")));
                }
            });
        }
        Beleidskader.TeltMee teltMee = Beleidskader.TeltMee.ALLES;
        if (root.get("teltMee") != null) {
            Map<String, Object> t = map(root.get("teltMee"), "teltMee");
            for (String sleutel : t.keySet()) {
                if (!List.of("koppelingen", "omkoppelingen", "stapelgemeente").contains(sleutel)) {
                    fout("teltMee." + sleutel, "is onbekend (koppelingen, omkoppelingen of stapelgemeente)");
                }
            }
            teltMee = new Beleidskader.TeltMee(schakelaar(t, "koppelingen"), schakelaar(t, "omkoppelingen"),
                    schakelaar(t, "stapelgemeente"));
        }
        Map<String, Object> stapel = map(root.get("stapelgemeente"), "stapelgemeente");
        Map<String, Object> huur = map(root.get("huurcontracten"), "huurcontracten");
        onbekend(stapel, "stapelgemeente", "minimaalMaanden", "laatsteMaandVereist");
        onbekend(huur, "huurcontracten", "dagenVoorEinde", "indientermijnDagen");
        LocalDate geldigVanaf = date(root.get("geldigVanaf"), "geldigVanaf");
        LocalDate geldigTot = root.get("geldigTot") == null ? null : date(root.get("geldigTot"), "geldigTot");
        if (geldigTot != null && geldigVanaf != null && geldigTot.isBefore(geldigVanaf)) {
            fout("geldigTot", "ligt voor geldigVanaf");
        }
        String id = text(root.get("id"), "id");
        String naam = text(root.get("naam"), "naam");
        String provincie = text(root.get("provincie"), "provincie");
        Integer stapelMaanden = integer(stapel.get("minimaalMaanden"), "stapelgemeente.minimaalMaanden");
        Boolean laatsteMaand = bool(stapel.get("laatsteMaandVereist"), true, "stapelgemeente.laatsteMaandVereist");
        Integer dagenVoorEinde = integer(huur.get("dagenVoorEinde"), "huurcontracten.dagenVoorEinde");
        Integer indientermijn = integer(huur.get("indientermijnDagen"), "huurcontracten.indientermijnDagen");
        if (dagenVoorEinde != null && dagenVoorEinde < 1) {
            fout("huurcontracten.dagenVoorEinde", "minstens 1 (de laatste dagen van de periode, R14)");
        }
        if (indientermijn != null && indientermijn < 0) {
            fout("huurcontracten.indientermijnDagen", "niet negatief (dagen na het einde van de periode, R14)");
        }
        LocalDate splitsing = ladderMap.get("splitsingTrede3") == null ? null
                : date(ladderMap.get("splitsingTrede3"), "ladder.splitsingTrede3");
        if (!fouten.isEmpty()) {
            return null;
        }
        return new Beleidskader(id, naam, provincie, optionalText(root.get("bron")), geldigVanaf, geldigTot,
                new Ladder(stappen, aliassen, hoogsteTussentijds), factor, new Waarden<>(drempels, drempelBronnen),
                stapelMaanden, laatsteMaand, dagenVoorEinde, indientermijn, splitsing, kalender, teltMee);
    }

    private static <T> void zet(Map<LocalDate, T> map, LocalDate datum, T waarde) {
        if (datum != null) {
            map.put(datum, waarde);
        }
    }

    private Kalender kalender(Object o) {
        if (o == null) {
            return Kalender.HALFJAAR_MET_TUSSENTIJDSE_TOETS;
        }
        Map<String, Object> k = map(o, "kalender");
        onbekend(k, "kalender", "periode", "peildag", "tussentijdseToets");
        String periode = text(k.get("periode"), "kalender.periode");
        Periode.Lengte lengte = periode == null ? null : switch (periode) {
            case "kwartaal" -> Periode.Lengte.KWARTAAL;
            case "halfjaar" -> Periode.Lengte.HALFJAAR;
            case "jaar" -> Periode.Lengte.JAAR;
            default -> {
                fout("kalender.periode", "'" + periode + "' is geen kwartaal, halfjaar of jaar");
                yield null;
            }
        };
        Integer peildag = k.get("peildag") == null ? Integer.valueOf(1) : integer(k.get("peildag"), "kalender.peildag");
        if (peildag != null && (peildag < 1 || peildag > 28)) {
            fout("kalender.peildag", "moet tussen 1 en 28 liggen, niet " + peildag);
            return null;
        }
        Boolean tussentijds = bool(k.get("tussentijdseToets"), false, "kalender.tussentijdseToets");
        return lengte == null || peildag == null || tussentijds == null ? null
                : new Kalender(lengte, tussentijds, peildag);
    }

    private Waarden<Boolean> schakelaar(Map<String, Object> teltMee, String sleutel) {
        Object o = teltMee.get(sleutel);
        return o == null ? Waarden.geen() : gedateerd(o, "teltMee." + sleutel, (v, path) -> bool(v, null, path));
    }

    /**
     * A dated parameter: {@code datum: waarde} or {@code datum: {waarde: …, bron: …}} (the source reference of that
     * value, as OpenFisca's {@code reference}).
     */
    private <T> Waarden<T> gedateerd(Object o, String path, BiFunction<Object, String, T> waarde) {
        Map<LocalDate, Optional<T>> waarden = new LinkedHashMap<>();
        Map<LocalDate, String> bronnen = new LinkedHashMap<>();
        map(o, path).forEach((k, v) -> {
            LocalDate datum = date(k, path + "." + k);
            String p = path + "." + k;
            T w;
            if (v instanceof Map<?, ?>) {
                Map<String, Object> m = map(v, p);
                onbekend(m, p, "waarde", "bron");
                w = waarde.apply(m.get("waarde"), p + ".waarde");
                if (m.get("bron") != null && datum != null) {
                    bronnen.put(datum, String.valueOf(m.get("bron")));
                }
            } else {
                w = waarde.apply(v, p);
            }
            if (datum != null && w != null) {
                waarden.put(datum, Optional.of(w));
            }
        });
        return new Waarden<>(waarden, bronnen);
    }

    /**
     * Names every key of {@code m} the format does not have: a misspelt optional field (tussentijdsetoets) would
     * otherwise be read as absent and its default used without a word.
     */
    private void onbekend(Map<String, Object> m, String path, String... bekend) {
        if (!streng) {
            return;
        }
        List<String> velden = List.of(bekend);
        for (String sleutel : m.keySet()) {
            if (!velden.contains(sleutel)) {
                fout(path.isEmpty() ? sleutel : path + "." + sleutel, "is onbekend; wel bekend: "
                        + String.join(", ", velden));
            }
        }
    }

    private void fout(String path, String melding) {
        fouten.add(new Fout(regel(path), path, melding));
    }

    /** The line of the deepest node on the path that the file has (0 when not even the first key is there). */
    private int regel(String path) {
        Node node = boom;
        int regel = 0;
        for (String deel : path.split("\\.(?![^\\[]*\\])")) {
            String sleutel = deel;
            Integer index = null;
            int haak = deel.indexOf('[');
            if (haak >= 0 && deel.endsWith("]")) {
                sleutel = deel.substring(0, haak);
                try {
                    index = Integer.valueOf(deel.substring(haak + 1, deel.length() - 1));
                } catch (NumberFormatException e) {
                    index = null;
                }
            }
            Node volgende = null;
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(sleutel)) {
                        regel = t.getKeyNode().getStartMark().getLine() + 1;
                        volgende = t.getValueNode();
                    }
                }
            }
            if (volgende instanceof SequenceNode s && index != null && index < s.getValue().size()) {
                volgende = s.getValue().get(index);
                regel = volgende.getStartMark().getLine() + 1;
            }
            if (volgende == null) {
                return regel;
            }
            node = volgende;
        }
        return regel;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String path) {
        if (!(o instanceof Map<?, ?> m)) {
            fout(path, "ontbreekt of is geen map");
            if (path.equals("(root)")) {
                throw new Stop();
            }
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        m.forEach((k, v) -> result.put(k instanceof Date d ? iso(d) : String.valueOf(k), v));
        return result;
    }

    private List<?> list(Object o, String path) {
        if (!(o instanceof List<?> l) || l.isEmpty()) {
            fout(path, "ontbreekt of is geen lijst");
            return List.of();
        }
        return l;
    }

    private String text(Object o, String path) {
        if (o == null || String.valueOf(o).isBlank()) {
            fout(path, "ontbreekt");
            return null;
        }
        return String.valueOf(o);
    }

    private static String optionalText(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private Integer integer(Object o, String path) {
        if (!(o instanceof Integer i)) {
            fout(path, "moet een geheel getal zijn");
            return null;
        }
        return i;
    }

    private Boolean bool(Object o, Boolean standaard, String path) {
        if (o == null && standaard != null) {
            return standaard;
        }
        if (!(o instanceof Boolean b)) {
            fout(path, "moet true of false zijn");
            return null;
        }
        return b;
    }

    private BigDecimal decimal(Object o, String path) {
        if (!(o instanceof Number n)) {
            fout(path, "moet een getal zijn");
            return null;
        }
        return new BigDecimal(n.toString());
    }

    private BigDecimal optionalDecimal(Object o, String path) {
        return o == null ? null : decimal(o, path);
    }

    private LocalDate date(Object o, String path) {
        if (o instanceof Date d) {
            return LocalDate.parse(iso(d));
        }
        try {
            return LocalDate.parse(String.valueOf(o));
        } catch (DateTimeParseException e) {
            fout(path, "'" + o + "' is geen datum (JJJJ-MM-DD)");
            return null;
        }
    }

    private static String iso(Date d) {
        return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
