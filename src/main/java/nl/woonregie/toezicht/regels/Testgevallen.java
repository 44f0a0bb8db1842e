package nl.woonregie.toezicht.regels;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.woonregie.toezicht.regels.Beoordeling.Eindoordeel;
import nl.woonregie.toezicht.regels.Beoordeling.Motivering;
import nl.woonregie.toezicht.regels.Beoordeling.Tussentijds;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The test cases of a beleidskader, as OpenFisca's YAML tests: each case gives a municipality's figures (inputs) and
 * the expected outcome per peildatum; {@link #voerUit} runs every case through the {@link ToezichtEngine} with the
 * kader and names each difference. Plain Java, so that a test, the API and a page run the same cases.
 *
 * <pre>
 * beleidskader: voorbeeld-jaar-2025
 * testgevallen:
 *   - naam: achterstand zonder verschoonbare reden
 *     startTrede: "1"
 *     perioden:
 *       - periode: "2025"
 *         taakstelling: 40
 *         eindstand: {gehuisvestCoa: 20}
 *     verwacht:
 *       "2026-01-25": {tredeNa: "2", conclusie: VOLGENDE_FASE}
 * </pre>
 */
public final class Testgevallen {

    /** The fields an expectation may name. */
    static final Set<String> VELDEN = Set.of("soort", "tredeVoor", "tredeNa", "conclusie", "voorgesteldeTrede",
            "besluitVereist", "opgave", "minimaal", "opSchema", "gerealiseerd", "drempelNietStijgen",
            "drempelGehaald", "stapelgemeente", "omkoppelingen", "saldoUit", "regels");

    /** One case: inputs and the expected outcome per peildatum (field → expected value as text). */
    public record Testgeval(String naam, Dossier dossier, Map<LocalDate, Map<String, Object>> verwacht) {
    }

    /**
     * The outcome of one case: passed when there are no differences. {@code verschillen} as text; {@code afwijkingen}
     * the same differences per peildatum and field, for a page or an API to show (a failing calculation, or a
     * peildatum without a judgment, has no field: {@code veld} is null).
     */
    public record Resultaat(String naam, List<String> verschillen, List<Verschil> afwijkingen) {

        public Resultaat(String naam, List<String> verschillen) {
            this(naam, verschillen, List.of());
        }

        public boolean geslaagd() {
            return verschillen.isEmpty();
        }
    }

    /**
     * One difference: at a peildatum (null when the calculation failed) the field expected and what the engine
     * computed; without a field, {@code melding} says what went wrong.
     */
    public record Verschil(LocalDate peildatum, String veld, String verwacht, String berekend, String melding) {
    }

    private Testgevallen() {
    }

    /** Reads the cases of a test file for this kader; an error names the case and the field. */
    public static List<Testgeval> lees(InputStream yaml, String bron, Beleidskader kader) {
        Object root;
        try (InputStreamReader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (Exception e) {
            throw new IllegalArgumentException("Testgevallen " + bron + " zijn geen geldige YAML: " + e.getMessage(),
                    e);
        }
        try {
            Map<String, Object> r = map(root, "(root)");
            if (r.get("beleidskader") != null && !kader.id().equals(String.valueOf(r.get("beleidskader")))) {
                throw new IllegalArgumentException("beleidskader: deze testgevallen zijn voor "
                        + r.get("beleidskader") + ", niet voor " + kader.id());
            }
            List<Testgeval> gevallen = new ArrayList<>();
            List<?> lijst = list(r.get("testgevallen"), "testgevallen");
            for (int i = 0; i < lijst.size(); i++) {
                gevallen.add(geval(map(lijst.get(i), "testgevallen[" + i + "]"), "testgevallen[" + i + "]", kader));
            }
            return gevallen;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Testgevallen " + bron + ": " + e.getMessage(), e);
        }
    }

    /** Runs every case with the kader and the current rules. */
    public static List<Resultaat> voerUit(Beleidskader kader, List<Testgeval> gevallen) {
        return gevallen.stream().map(g -> voerUit(kader, g)).toList();
    }

    public static Resultaat voerUit(Beleidskader kader, Testgeval geval) {
        List<String> verschillen = new ArrayList<>();
        List<Verschil> afwijkingen = new ArrayList<>();
        Uitkomst uitkomst;
        try {
            uitkomst = ToezichtEngine.beoordeel(kader, geval.dossier());
        } catch (RuntimeException e) {
            return new Resultaat(geval.naam(), List.of("de berekening faalt: " + e.getMessage()),
                    List.of(new Verschil(null, null, null, null, "de berekening faalt: " + e.getMessage())));
        }
        Map<LocalDate, Beoordeling> perDatum = new LinkedHashMap<>();
        uitkomst.beoordelingen().forEach(b -> perDatum.put(b.peildatum(), b));
        geval.verwacht().forEach((peildatum, velden) -> {
            Beoordeling b = perDatum.get(peildatum);
            if (b == null) {
                verschillen.add(peildatum + ": geen oordeel op deze peildatum (wel op " + perDatum.keySet() + ")");
                afwijkingen.add(new Verschil(peildatum, null, null, null, "geen oordeel op deze peildatum"));
                return;
            }
            velden.forEach((veld, verwacht) -> {
                Object werkelijk = waarde(b, veld);
                if (!gelijk(verwacht, werkelijk)) {
                    verschillen.add(peildatum + " " + veld + ": verwacht " + verwacht + ", berekend " + werkelijk);
                    afwijkingen.add(new Verschil(peildatum, veld, String.valueOf(verwacht), String.valueOf(werkelijk),
                            null));
                }
            });
        });
        return new Resultaat(geval.naam(), List.copyOf(verschillen), List.copyOf(afwijkingen));
    }

    private static boolean gelijk(Object verwacht, Object werkelijk) {
        if (verwacht == null || werkelijk == null) {
            return verwacht == werkelijk;
        }
        if (verwacht instanceof BigDecimal v && werkelijk instanceof BigDecimal w) {
            return v.compareTo(w) == 0;
        }
        return Objects.equals(verwacht, werkelijk);
    }

    private static Object waarde(Beoordeling b, String veld) {
        Tussentijds t = b instanceof Tussentijds x ? x : null;
        Eindoordeel e = b instanceof Eindoordeel x ? x : null;
        return switch (veld) {
            case "soort" -> t != null ? "TUSSENTIJDS" : "EINDOORDEEL";
            case "tredeVoor" -> b.tredeVoor().code();
            case "tredeNa" -> b.tredeNa().code();
            case "conclusie" -> b.conclusie().name();
            case "voorgesteldeTrede" -> b.voorgesteldeTrede() == null ? null : b.voorgesteldeTrede().code();
            case "besluitVereist" -> b.besluitVereist();
            case "opgave" -> t != null ? t.opgave() : e.opgave();
            case "minimaal" -> t != null ? t.minimaal() : null;
            case "opSchema" -> t != null ? t.opSchema() : null;
            case "gerealiseerd" -> e != null ? e.gerealiseerd() : null;
            case "drempelNietStijgen" -> e != null ? e.drempelNietStijgen() : null;
            case "drempelGehaald" -> e != null ? e.drempelGehaald() : null;
            case "stapelgemeente" -> e != null ? e.stapelgemeente() : null;
            case "omkoppelingen" -> e != null ? e.omkoppelingen() : null;
            case "saldoUit" -> e != null ? e.saldoUit() : null;
            case "regels" -> b.motivering().stream().map(Motivering::regel).toList();
            default -> throw new IllegalStateException(veld);
        };
    }

    private static Testgeval geval(Map<String, Object> g, String path, Beleidskader kader) {
        Ladder ladder = kader.ladder();
        String naam = text(g.get("naam"), path + ".naam");
        Trede start = trede(ladder, g.get("startTrede"), path + ".startTrede");
        List<Dossier.PeriodeCijfers> perioden = new ArrayList<>();
        List<?> ps = list(g.get("perioden"), path + ".perioden");
        for (int i = 0; i < ps.size(); i++) {
            String pp = path + ".perioden[" + i + "]";
            Map<String, Object> p = map(ps.get(i), pp);
            String code = text(p.get("periode"), pp + ".periode");
            Periode periode = Periode.parse(code, kader.kalender().lengte()).orElseThrow(() ->
                    new IllegalArgumentException(pp + ".periode: '" + code + "' is geen periode van dit beleidskader ("
                            + kader.kalender().omschrijving() + ")"));
            if (!perioden.isEmpty() && !perioden.get(perioden.size() - 1).periode().volgende().equals(periode)) {
                throw new IllegalArgumentException(pp + ".periode: " + code + " volgt niet op de vorige periode");
            }
            Dossier.Tussenstand tussen = null;
            if (p.get("tussenstand") != null) {
                Map<String, Object> t = map(p.get("tussenstand"), pp + ".tussenstand");
                tussen = new Dossier.Tussenstand(lang(t.get("gehuisvest"), pp + ".tussenstand.gehuisvest"),
                        optLang(t.get("koppelingen"), pp + ".tussenstand.koppelingen"),
                        optBool(t.get("koppelingenVoldoende"), pp + ".tussenstand.koppelingenVoldoende"));
            }
            Dossier.Eindstand eind = null;
            if (p.get("eindstand") != null) {
                String ep = pp + ".eindstand";
                Map<String, Object> e = map(p.get("eindstand"), ep);
                eind = new Dossier.Eindstand(lang(e.get("gehuisvestCoa"), ep + ".gehuisvestCoa"),
                        optLang(e.get("huurcontracten"), ep + ".huurcontracten", 0L),
                        optLang(e.get("gehuisvestCoaDefinitief"), ep + ".gehuisvestCoaDefinitief"),
                        optLang(e.get("omkoppelingen"), ep + ".omkoppelingen", 0L),
                        Math.toIntExact(optLang(e.get("stapelgemeenteMaanden"), ep + ".stapelgemeenteMaanden", 0L)),
                        Boolean.TRUE.equals(optBool(e.get("stapelgemeenteLaatsteMaand"),
                                ep + ".stapelgemeenteLaatsteMaand")),
                        e.get("verschoonbareReden") == null ? null : String.valueOf(e.get("verschoonbareReden")));
            }
            perioden.add(new Dossier.PeriodeCijfers(periode, lang(p.get("taakstelling"), pp + ".taakstelling"),
                    optLang(p.get("saldoIn"), pp + ".saldoIn"),
                    optLang(p.get("additioneleOpgave"), pp + ".additioneleOpgave", 0L), tussen, eind));
        }
        List<Dossier.Besluit> besluiten = new ArrayList<>();
        if (g.get("besluiten") != null) {
            List<?> bs = list(g.get("besluiten"), path + ".besluiten");
            for (int i = 0; i < bs.size(); i++) {
                String bp = path + ".besluiten[" + i + "]";
                Map<String, Object> b = map(bs.get(i), bp);
                besluiten.add(new Dossier.Besluit(datum(b.get("peildatum"), bp + ".peildatum"),
                        trede(ladder, b.get("trede"), bp + ".trede"), text(b.get("motivering"), bp + ".motivering")));
            }
        }
        Map<LocalDate, Map<String, Object>> verwacht = new LinkedHashMap<>();
        map(g.get("verwacht"), path + ".verwacht").forEach((k, v) -> {
            String vp = path + ".verwacht." + k;
            LocalDate peildatum = datum(k, vp);
            if (!kader.kalender().isPeildatum(peildatum)) {
                throw new IllegalArgumentException(vp + ": " + k + " is geen peildatum van dit beleidskader ("
                        + kader.kalender().omschrijving() + ")");
            }
            Map<String, Object> velden = new LinkedHashMap<>();
            map(v, vp).forEach((veld, waarde) -> velden.put(veld, verwachting(veld, waarde, vp + "." + veld, ladder)));
            verwacht.put(peildatum, velden);
        });
        if (verwacht.isEmpty()) {
            throw new IllegalArgumentException(path + ".verwacht: geen enkele verwachting");
        }
        return new Testgeval(naam, new Dossier(g.get("gemeente") == null ? "GM0000" : String.valueOf(g.get("gemeente")),
                start, perioden, besluiten), verwacht);
    }

    /** The expected value in the type {@link #waarde} gives, so that comparing is exact. */
    private static Object verwachting(String veld, Object waarde, String path, Ladder ladder) {
        if (!VELDEN.contains(veld)) {
            throw new IllegalArgumentException(path + " is geen veld dat een test kan verwachten (" + String.join(", ",
                    VELDEN.stream().sorted().toList()) + ")");
        }
        return switch (veld) {
            case "tredeVoor", "tredeNa" -> trede(ladder, waarde, path).code();
            case "voorgesteldeTrede" -> waarde == null ? null : trede(ladder, waarde, path).code();
            case "conclusie" -> {
                String c = text(waarde, path);
                try {
                    yield Beoordeling.Conclusie.valueOf(c).name();
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(path + ": '" + c + "' is geen conclusie (VOLGENDE_FASE, "
                            + "ZELFDE_FASE, GEREALISEERD of VOLGENDE_FASE_VOORGESTELD)");
                }
            }
            case "soort" -> {
                String s = text(waarde, path);
                if (!s.equals("TUSSENTIJDS") && !s.equals("EINDOORDEEL")) {
                    throw new IllegalArgumentException(path + ": '" + s + "' is geen TUSSENTIJDS of EINDOORDEEL");
                }
                yield s;
            }
            case "besluitVereist", "opSchema", "gerealiseerd", "drempelGehaald", "stapelgemeente", "omkoppelingen" ->
                    optBool(waarde, path);
            case "opgave", "minimaal", "saldoUit" -> optLang(waarde, path);
            case "drempelNietStijgen" -> waarde == null ? null : new BigDecimal(String.valueOf(waarde));
            case "regels" -> list(waarde, path).stream().map(String::valueOf).toList();
            default -> throw new IllegalStateException(veld);
        };
    }

    private static Trede trede(Ladder ladder, Object o, String path) {
        String code = text(o, path);
        return ladder.trede(code).orElseThrow(() -> new IllegalArgumentException(path + ": trede '" + code
                + "' staat niet op de ladder van dit beleidskader"));
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
        return o instanceof Date d ? iso(d) : String.valueOf(o);
    }

    private static long lang(Object o, String path) {
        if (!(o instanceof Integer || o instanceof Long)) {
            throw new IllegalArgumentException(path + " moet een geheel getal zijn");
        }
        return ((Number) o).longValue();
    }

    private static Long optLang(Object o, String path) {
        return o == null ? null : lang(o, path);
    }

    private static long optLang(Object o, String path, long standaard) {
        return o == null ? standaard : lang(o, path);
    }

    private static Boolean optBool(Object o, String path) {
        if (o == null) {
            return null;
        }
        if (!(o instanceof Boolean b)) {
            throw new IllegalArgumentException(path + " moet true of false zijn");
        }
        return b;
    }

    private static LocalDate datum(Object o, String path) {
        try {
            return LocalDate.parse(text(o, path));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": '" + o + "' is geen datum (JJJJ-MM-DD)");
        }
    }

    private static String iso(Date d) {
        return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
