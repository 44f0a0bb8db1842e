package nl.woonregie.toezicht.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.woonregie.toezicht.regels.Periode;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A scenario of assessment rounds and letters as written in {@code src/test/resources/scenarios/rondes/*.yaml}: a
 * province, its figures, and the rounds in order, each with the outcomes, findings, letters and totals expected. The
 * format is described in docs/toezicht-registratie.md ("Scenario's als tabellen"). The reader is strict: an unknown
 * key, a missing value or a value of the wrong kind is an error that names the file and the place, so a typo in a
 * scenario cannot silently check nothing.
 *
 * @param bestand        the file name, e.g. {@code den-haag-2020-2021.yaml}
 * @param naam           what the scenario shows, in one line
 * @param provincie      the province whose rounds are played, e.g. {@code PV28}
 * @param cijfers        figures per municipality, known from the start
 * @param standaard      plain figures for every other municipality of the province (or null)
 * @param stappen        the rounds in order; a step with the peildatum of the step before continues that round
 * @param historie       per municipality the history expected after the last step (paths, see {@link Tabel})
 */
record RondeScenario(String bestand, String naam, String provincie, Map<String, Cijfers> cijfers,
        Standaardcijfers standaard, List<Stap> stappen, Map<String, Map<String, Object>> historie) {

    /** The figures of one municipality. {@code standaard}: it gets the standard figures (for figures given later). */
    record Cijfers(Beginstand beginstand, Map<Periode, Integer> taakstellingen, Map<LocalDate, CoaStand> coa,
            Map<LocalDate, Integer> huurcontracten, Map<Periode, Integer> ambities, boolean standaard) {

        /** The periods this municipality has figures of its own for (a taakstelling, COA standing, lease, ambition). */
        Set<Periode> perioden() {
            Set<Periode> p = new LinkedHashSet<>(taakstellingen.keySet());
            p.addAll(ambities.keySet());
            coa.keySet().forEach(d -> p.add(Periode.van(d)));
            huurcontracten.keySet().forEach(d -> p.add(Periode.van(d)));
            return p;
        }
    }

    record Beginstand(Periode periode, int saldo, String trede) {
    }

    record CoaStand(int gehuisvest, int koppelingen, int omkoppelingen, boolean stapelgemeente) {
    }

    /**
     * Plain figures for every municipality of the province that has none of its own in a period: a beginstand in
     * the first period, the taakstelling, a COA standing at the end of the month before the mid date and one on the
     * last day of the period. {@code behalve}: municipalities that get none (until a step gives them
     * {@code standaard}).
     */
    record Standaardcijfers(Periode van, Periode tot, int saldo, String trede, int taakstelling, CoaStand tussenstand,
            CoaStand eindstand, Set<String> behalve) {
    }

    /**
     * One step: figures delivered, then the round made (or, when {@code vervolg}, the same round recomputed if
     * {@code herberekenen}), the checks of the round, judgments, vaststellen, letters and the province totals.
     */
    record Stap(int nummer, String titel, LocalDate peildatum, boolean vervolg, Map<String, Cijfers> cijfers,
            boolean herberekenen, Map<String, Object> ronde, Map<String, Map<String, Object>> verwacht,
            List<String> bevindingen, List<Beslissing> beslissingen, Vaststellen vaststellen,
            Map<String, BriefVerwachting> brieven, Map<String, Object> overzicht) {

        /** "2021-04-01" or "2021-04-01 (vervolg)", with the title when there is one. */
        String naam() {
            return peildatum + (vervolg ? " (vervolg)" : "") + (titel == null ? "" : " — " + titel);
        }
    }

    /** A judgment recorded by the supervisor, and the outcomes expected right after it. */
    record Beslissing(String gemeente, String soort, String waarde, String motivering,
            Map<String, Map<String, Object>> verwacht) {
    }

    /**
     * Making the round final. {@code geblokkeerd}: the errors ("CODE GEMEENTE") the consistency check must block it
     * with; {@code overschrijven}: the reason with which a BEHEERDER then overrides them (without it the round stays
     * CONCEPT).
     */
    record Vaststellen(List<String> geblokkeerd, String overschrijven) {
    }

    /** What a letter must (and must not) say, its table rows, its kenmerk, and what its PDF's text must say. */
    record BriefVerwachting(List<String> bevat, List<String> bevatNiet, Map<String, String> rijen, String kenmerk,
            PdfVerwachting pdf) {
    }

    record PdfVerwachting(List<String> bevat, List<String> bevatNiet) {
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");
    private static final Pattern BEVINDING = Pattern.compile("[A-Z_]+( GM\\d{4})?");

    /** Reads a scenario; every mistake in the file is an {@link IllegalArgumentException} naming file and place. */
    static RondeScenario lees(String bestand, InputStream in) {
        Object root;
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            root = yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(bestand + ": geen geldige YAML: " + e.getMessage(), e);
        }
        Kaart k = Kaart.van(root, bestand, "");
        k.alleen("naam", "provincie", "cijfers", "standaardcijfers", "rondes", "historie");
        String provincie = k.tekst("provincie", true);
        Map<String, Cijfers> cijfers = cijfersPerGemeente(k.kaart("cijfers", false), false);
        Standaardcijfers standaard = standaard(k.kaart("standaardcijfers", false));
        List<Stap> stappen = new ArrayList<>();
        List<Object> rondes = k.lijst("rondes", true);
        LocalDate vorige = null;
        for (int i = 0; i < rondes.size(); i++) {
            Stap stap = stap(i + 1, Kaart.van(rondes.get(i), bestand, "rondes[" + (i + 1) + "]"), vorige);
            stappen.add(stap);
            vorige = stap.peildatum();
        }
        if (stappen.isEmpty()) {
            throw k.fout("rondes", "minstens één ronde");
        }
        Set<String> later = new LinkedHashSet<>();
        for (Stap s : stappen) {
            s.cijfers().forEach((g, c) -> {
                if (c.standaard() && (standaard == null || !standaard.behalve().contains(g) || !later.add(g))) {
                    throw new IllegalArgumentException(bestand + ": rondes[" + s.nummer() + "].cijfers." + g
                            + ": standaard geldt alleen voor een gemeente uit standaardcijfers.behalve, één keer");
                }
            });
        }
        Map<String, Map<String, Object>> historie = tabel(k.kaart("historie", false));
        return new RondeScenario(bestand, k.tekst("naam", true), provincie, cijfers, standaard,
                List.copyOf(stappen), historie);
    }

    /** YAML without implicit timestamps: a date stays the text 2021-07-01 (no java.util.Date in a time zone). */
    static Yaml yaml() {
        LoaderOptions opties = new LoaderOptions();
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(opties), new Representer(dumper), dumper, opties, new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        });
    }

    private static Stap stap(int nummer, Kaart k, LocalDate vorige) {
        k.alleen("peildatum", "titel", "cijfers", "herberekenen", "ronde", "verwacht", "bevindingen", "beslissingen",
                "vaststellen", "brieven", "overzicht");
        LocalDate peildatum = k.datum("peildatum", true);
        if (!Periode.isPeildatum(peildatum)) {
            throw k.fout("peildatum", "1 januari, 1 april, 1 juli of 1 oktober");
        }
        boolean vervolg = peildatum.equals(vorige);
        if (vorige != null && peildatum.isBefore(vorige)) {
            throw k.fout("peildatum", "na de vorige ronde (" + vorige + "): rondes staan op volgorde");
        }
        boolean herberekenen = k.jaNee("herberekenen");
        if (herberekenen && !vervolg) {
            throw k.fout("herberekenen", "alleen in een vervolg van een ronde (dezelfde peildatum als de stap ervoor)");
        }
        List<Beslissing> beslissingen = new ArrayList<>();
        List<Object> lijst = k.lijst("beslissingen", false);
        for (int i = 0; i < lijst.size(); i++) {
            Kaart b = k.kind(lijst.get(i), "beslissingen[" + (i + 1) + "]");
            b.alleen("gemeente", "soort", "waarde", "motivering", "verwacht");
            beslissingen.add(new Beslissing(b.gemeente("gemeente"), b.tekst("soort", true), b.tekst("waarde", true),
                    b.tekst("motivering", true), tabel(b.kaart("verwacht", false))));
        }
        Map<String, BriefVerwachting> brieven = new LinkedHashMap<>();
        Kaart bk = k.kaart("brieven", false);
        for (String g : bk.sleutels()) {
            brieven.put(bk.gemeenteSleutel(g), brief(bk.kaart(g, true)));
        }
        List<String> bevindingen = k.teksten("bevindingen");
        bevindingen.forEach(b -> k.controleer(BEVINDING.matcher(b).matches(), "bevindingen",
                "\"CODE\" of \"CODE GM0000\", niet \"" + b + "\""));
        return new Stap(nummer, k.tekst("titel", false), peildatum, vervolg,
                cijfersPerGemeente(k.kaart("cijfers", false), true), herberekenen, k.kaart("ronde", false).waarden(),
                tabel(k.kaart("verwacht", false)), bevindingen, List.copyOf(beslissingen), vaststellen(k),
                brieven, k.kaart("overzicht", false).waarden());
    }

    private static Vaststellen vaststellen(Kaart k) {
        Object v = k.waarde("vaststellen");
        if (v == null || "nee".equals(v)) {
            return null;
        }
        if ("ja".equals(v)) {
            return new Vaststellen(List.of(), null);
        }
        Kaart m = k.kaart("vaststellen", true);
        m.alleen("geblokkeerd", "overschrijven");
        List<String> geblokkeerd = m.teksten("geblokkeerd");
        if (geblokkeerd.isEmpty()) {
            throw m.fout("geblokkeerd", "de fouten waarop vaststellen moet stuiten (of schrijf vaststellen: ja)");
        }
        geblokkeerd.forEach(b -> m.controleer(BEVINDING.matcher(b).matches(), "geblokkeerd",
                "\"CODE\" of \"CODE GM0000\", niet \"" + b + "\""));
        return new Vaststellen(geblokkeerd, m.tekst("overschrijven", false));
    }

    private static BriefVerwachting brief(Kaart k) {
        k.alleen("bevat", "bevatNiet", "rijen", "kenmerk", "pdf");
        Map<String, String> rijen = new LinkedHashMap<>();
        Kaart r = k.kaart("rijen", false);
        for (String label : r.sleutels()) {
            rijen.put(label, r.zin(label));
        }
        PdfVerwachting pdf = null;
        if (k.waarde("pdf") != null) {
            Kaart p = k.kaart("pdf", true);
            p.alleen("bevat", "bevatNiet");
            pdf = new PdfVerwachting(p.zinnen("bevat"), p.zinnen("bevatNiet"));
        }
        String kenmerk = k.tekst("kenmerk", false);
        if (kenmerk != null && !kenmerk.equals("geen") && !kenmerk.matches("[A-Z]{2,6}")) {
            throw k.fout("kenmerk", "het voorvoegsel van de provincie (PZH) of geen");
        }
        return new BriefVerwachting(k.zinnen("bevat"), k.zinnen("bevatNiet"), rijen, kenmerk, pdf);
    }

    private static Map<String, Cijfers> cijfersPerGemeente(Kaart k, boolean later) {
        Map<String, Cijfers> result = new LinkedHashMap<>();
        for (String g : k.sleutels()) {
            String code = k.gemeenteSleutel(g);
            if (later && "standaard".equals(k.waarde(g))) {
                result.put(code, new Cijfers(null, Map.of(), Map.of(), Map.of(), Map.of(), true));
                continue;
            }
            Kaart c = k.kaart(g, true);
            c.alleen("beginstand", "taakstelling", "coa", "huurcontracten", "ambitie");
            Beginstand begin = null;
            if (c.waarde("beginstand") != null) {
                Kaart b = c.kaart("beginstand", true);
                b.alleen("periode", "saldo", "trede");
                begin = new Beginstand(b.periode("periode"), b.getal("saldo", 0), b.tekst("trede", true));
            }
            Map<Periode, Integer> taak = new TreeMap<>();
            Kaart t = c.kaart("taakstelling", false);
            for (String p : t.sleutels()) {
                taak.put(t.periodeSleutel(p), t.getal(p, null));
            }
            Map<LocalDate, CoaStand> coa = new TreeMap<>();
            Kaart s = c.kaart("coa", false);
            for (String d : s.sleutels()) {
                coa.put(s.datumSleutel(d), coaStand(s.kaart(d, true)));
            }
            Map<LocalDate, Integer> huur = new TreeMap<>();
            Kaart h = c.kaart("huurcontracten", false);
            for (String d : h.sleutels()) {
                huur.put(h.datumSleutel(d), h.getal(d, null));
            }
            Map<Periode, Integer> ambitie = new TreeMap<>();
            Kaart a = c.kaart("ambitie", false);
            for (String p : a.sleutels()) {
                ambitie.put(a.periodeSleutel(p), a.getal(p, null));
            }
            result.put(code, new Cijfers(begin, taak, coa, huur, ambitie, false));
        }
        return result;
    }

    private static CoaStand coaStand(Kaart k) {
        k.alleen("gehuisvest", "koppelingen", "omkoppelingen", "stapelgemeente");
        return new CoaStand(k.getal("gehuisvest", null), k.getal("koppelingen", null), k.getal("omkoppelingen", 0),
                k.jaNee("stapelgemeente"));
    }

    private static Standaardcijfers standaard(Kaart k) {
        if (k.sleutels().isEmpty()) {
            return null;
        }
        k.alleen("perioden", "saldo", "trede", "taakstelling", "tussenstand", "eindstand", "behalve");
        String[] perioden = k.tekst("perioden", true).split("\\s+t/m\\s+");
        if (perioden.length != 2) {
            throw k.fout("perioden", "\"2020-II t/m 2021-II\"");
        }
        Periode van = k.periode(perioden[0], "perioden");
        Periode tot = k.periode(perioden[1], "perioden");
        Set<String> behalve = new LinkedHashSet<>();
        for (String g : k.teksten("behalve")) {
            k.controleer(GEMEENTE.matcher(g).matches(), "behalve", "gemeentecodes (GM0000)");
            behalve.add(g);
        }
        return new Standaardcijfers(van, tot, k.getal("saldo", 0), k.waarde("trede") == null ? "0"
                : k.tekst("trede", true), k.getal("taakstelling", null), coaStand(k.kaart("tussenstand", true)),
                coaStand(k.kaart("eindstand", true)), behalve);
    }

    /** A table: per municipality (or per row key) the expected value of each column. */
    private static Map<String, Map<String, Object>> tabel(Kaart k) {
        Map<String, Map<String, Object>> rijen = new LinkedHashMap<>();
        for (String rij : k.sleutels()) {
            rijen.put(k.gemeenteSleutel(rij), k.kaart(rij, true).waarden());
        }
        return rijen;
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A YAML mapping with its place in the file, for typed reads with clear errors. */
    static final class Kaart {

        private final Map<String, Object> waarden;
        private final String bestand;
        private final String pad;

        private Kaart(Map<String, Object> waarden, String bestand, String pad) {
            this.waarden = waarden;
            this.bestand = bestand;
            this.pad = pad;
        }

        static Kaart van(Object yaml, String bestand, String pad) {
            if (yaml == null) {
                return new Kaart(Map.of(), bestand, pad);
            }
            if (!(yaml instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException(bestand + ": " + (pad.isEmpty() ? "het bestand" : pad)
                        + " moet een tabel (sleutel: waarde) zijn");
            }
            Map<String, Object> w = new LinkedHashMap<>();
            m.forEach((key, value) -> w.put(String.valueOf(key), value));
            return new Kaart(w, bestand, pad);
        }

        Kaart kind(Object yaml, String sleutel) {
            return van(yaml, bestand, plek(sleutel));
        }

        IllegalArgumentException fout(String sleutel, String verwacht) {
            return new IllegalArgumentException(bestand + ": " + plek(sleutel) + ": verwacht " + verwacht);
        }

        void controleer(boolean goed, String sleutel, String verwacht) {
            if (!goed) {
                throw fout(sleutel, verwacht);
            }
        }

        private String plek(String sleutel) {
            return pad.isEmpty() ? sleutel : pad + "." + sleutel;
        }

        void alleen(String... toegestaan) {
            Set<String> mag = Set.of(toegestaan);
            for (String s : waarden.keySet()) {
                if (!mag.contains(s)) {
                    throw new IllegalArgumentException(bestand + ": " + plek(s) + ": onbekende sleutel (toegestaan: "
                            + String.join(", ", toegestaan) + ")");
                }
            }
        }

        List<String> sleutels() {
            return List.copyOf(waarden.keySet());
        }

        Map<String, Object> waarden() {
            return java.util.Collections.unmodifiableMap(waarden);
        }

        Object waarde(String sleutel) {
            return waarden.get(sleutel);
        }

        Kaart kaart(String sleutel, boolean verplicht) {
            Object v = waarden.get(sleutel);
            if (v == null && verplicht) {
                throw fout(sleutel, "een tabel");
            }
            return van(v, bestand, plek(sleutel));
        }

        List<Object> lijst(String sleutel, boolean verplicht) {
            Object v = waarden.get(sleutel);
            if (v == null) {
                if (verplicht) {
                    throw fout(sleutel, "een lijst");
                }
                return List.of();
            }
            if (!(v instanceof List<?> l)) {
                throw fout(sleutel, "een lijst");
            }
            return new ArrayList<>(l);
        }

        String tekst(String sleutel, boolean verplicht) {
            Object v = waarden.get(sleutel);
            if (v == null) {
                if (verplicht) {
                    throw fout(sleutel, "een waarde");
                }
                return null;
            }
            if (v instanceof Map || v instanceof List) {
                throw fout(sleutel, "één waarde, geen tabel of lijst");
            }
            return String.valueOf(v);
        }

        /** A phrase of a letter: text or a whole number; a decimal (1.592 without quotes) is refused. */
        String zin(String sleutel) {
            Object v = waarden.get(sleutel);
            controleer(v instanceof String || v instanceof Integer || v instanceof Long, sleutel,
                    "tekst; zet getallen met een punt tussen aanhalingstekens (\"1.592\"), anders leest YAML ze als "
                            + "decimaal getal");
            return String.valueOf(v);
        }

        List<String> teksten(String sleutel) {
            List<String> l = new ArrayList<>();
            for (Object o : lijst(sleutel, false)) {
                if (o instanceof Map || o instanceof List || o == null) {
                    throw fout(sleutel, "een lijst van teksten");
                }
                l.add(String.valueOf(o));
            }
            return l;
        }

        List<String> zinnen(String sleutel) {
            List<String> l = new ArrayList<>();
            List<Object> lijst = lijst(sleutel, false);
            for (int i = 0; i < lijst.size(); i++) {
                Object o = lijst.get(i);
                controleer(o instanceof String || o instanceof Integer || o instanceof Long, sleutel + "[" + (i + 1)
                        + "]", "tekst; zet getallen met een punt tussen aanhalingstekens (\"1.592\"), anders leest "
                                + "YAML ze als decimaal getal");
                l.add(String.valueOf(o));
            }
            return l;
        }

        int getal(String sleutel, Integer standaard) {
            Object v = waarden.get(sleutel);
            if (v == null && standaard != null) {
                return standaard;
            }
            controleer(v instanceof Integer, sleutel, "een geheel getal");
            return (Integer) v;
        }

        boolean jaNee(String sleutel) {
            Object v = waarden.get(sleutel);
            if (v == null || "nee".equals(v) || Boolean.FALSE.equals(v)) {
                return false;
            }
            controleer("ja".equals(v) || Boolean.TRUE.equals(v), sleutel, "ja of nee");
            return true;
        }

        LocalDate datum(String sleutel, boolean verplicht) {
            String t = tekst(sleutel, verplicht);
            return t == null ? null : datumVan(t, sleutel);
        }

        LocalDate datumSleutel(String sleutel) {
            return datumVan(sleutel, sleutel);
        }

        private LocalDate datumVan(String t, String sleutel) {
            try {
                return LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw fout(sleutel, "een datum JJJJ-MM-DD, niet \"" + t + "\"");
            }
        }

        Periode periode(String sleutel) {
            return periode(tekst(sleutel, true), sleutel);
        }

        Periode periodeSleutel(String sleutel) {
            return periode(sleutel, sleutel);
        }

        Periode periode(String tekst, String sleutel) {
            return Periode.parse(tekst.strip()).orElseThrow(() -> fout(sleutel, "een periode als 2021-II, niet \""
                    + tekst + "\""));
        }

        String gemeente(String sleutel) {
            String g = tekst(sleutel, true);
            controleer(GEMEENTE.matcher(g).matches(), sleutel, "een gemeentecode (GM0000)");
            return g;
        }

        String gemeenteSleutel(String sleutel) {
            controleer(GEMEENTE.matcher(sleutel).matches(), sleutel, "een gemeentecode (GM0000) als sleutel");
            return sleutel;
        }
    }
}
