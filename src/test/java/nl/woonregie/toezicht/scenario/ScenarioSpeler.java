package nl.woonregie.toezicht.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.pdf.PdfAControle;
import nl.woonregie.support.Accounts;
import nl.woonregie.support.Achtergrondwerk;
import nl.woonregie.support.Api;
import nl.woonregie.support.Testgegevens;
import nl.woonregie.toezicht.cijfers.DossierSamensteller;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.scenario.RondeScenario.BriefVerwachting;
import nl.woonregie.toezicht.scenario.RondeScenario.Cijfers;
import nl.woonregie.toezicht.scenario.RondeScenario.CoaStand;
import nl.woonregie.toezicht.scenario.RondeScenario.Stap;
import nl.woonregie.toezicht.scenario.RondeScenario.Standaardcijfers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Plays one {@link RondeScenario} through the application: figures into the tables (as the imports store them),
 * then every round over the API as the province's supervisor (a BEHEERDER only to override the consistency check),
 * comparing each expected cell with the answer and collecting every difference instead of stopping at the first.
 * A request that does not succeed where the scenario needs it to (a round that cannot be made, a judgment refused)
 * ends the scenario: {@link Afgebroken}.
 *
 * <p>Creating a player empties the supervision tables of the database first (see {@link RondeScenarioTest}).
 */
final class ScenarioSpeler {

    /** One differing cell: where (municipality or another subject), which column, expected and actual. */
    record Verschil(String waar, String kolom, String verwacht, String werkelijk) {
    }

    /** A step could not be played on; the scenario's later steps are not played. */
    static final class Afgebroken extends RuntimeException {

        Afgebroken(String bericht) {
            super(bericht);
        }
    }

    private static final Pattern KENMERK = Pattern.compile("\\b[A-Z]{2,6}-\\d{4}-\\d{6}\\b");
    private static final Pattern RIJ = Pattern.compile(
            "<th scope=\"row\"[^>]*>(.*?)</th>\\s*<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    private final RondeScenario scenario;
    private final Api api;
    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final String toezichthouder;
    private final Map<String, Set<Periode>> eigenPerioden = new LinkedHashMap<>();
    private final Set<String> eigenBeginstand = new HashSet<>();
    private int huurcontracten;

    private int gespeeld;
    private String afgebroken;
    private long rondeId;
    private JsonNode ronde;
    private List<Verschil> verschillen;

    /** {@code beheer}: a connection that may empty tables (the application's role may not; see {@link #leegmaken}). */
    ScenarioSpeler(RondeScenario scenario, MockMvc mvc, JdbcClient jdbc, JdbcClient beheer, GebiedService gebied) {
        this.scenario = scenario;
        this.api = new Api(mvc);
        this.jdbc = jdbc;
        this.gebied = gebied;
        leegmaken(beheer);
        this.toezichthouder = new Accounts(mvc).toezichthouder(scenario.provincie());
        List<Map<String, Cijfers>> alle = new ArrayList<>();
        alle.add(scenario.cijfers());
        scenario.stappen().forEach(s -> alle.add(s.cijfers()));
        for (Map<String, Cijfers> c : alle) {
            c.forEach((g, cijfers) -> {
                eigenPerioden.computeIfAbsent(g, k -> new HashSet<>()).addAll(cijfers.perioden());
                if (cijfers.beginstand() != null) {
                    eigenBeginstand.add(g);
                }
            });
        }
        laad(scenario.cijfers());
        Standaardcijfers s = scenario.standaard();
        if (s != null) {
            for (String g : gemeenten()) {
                if (!s.behalve().contains(g)) {
                    standaard(g);
                }
            }
        }
    }

    /**
     * Empties the supervision tables (figures, rounds, judgments, letters) of this test database, so that a scenario
     * starts from a province without history. TRUNCATE passes the row triggers that keep final rounds and letters
     * unchanged; the application never truncates (its database role may not), so this runs as the superuser.
     * Accounts, reference data and the audit trail stay.
     */
    static void leegmaken(JdbcClient jdbc) {
        jdbc.sql("truncate beoordelingsronde, beginstand, taakstelling, coa_stand, coa_definitief, huurcontract "
                + "cascade").update();
    }

    RondeScenario scenario() {
        return scenario;
    }

    /**
     * Plays the steps before step {@code index} that were not played yet (their differences are not reported
     * here: each has its own test), then step {@code index}; returns its differences.
     */
    List<Verschil> speelTotEnMet(int index) {
        if (afgebroken != null) {
            throw new Afgebroken("niet gespeeld: het scenario is afgebroken bij " + afgebroken);
        }
        while (gespeeld < index) {
            speel(scenario.stappen().get(gespeeld));
        }
        if (gespeeld > index) {
            throw new IllegalStateException("stap " + (index + 1) + " is al gespeeld");
        }
        return speel(scenario.stappen().get(index));
    }

    /** Plays every step not played yet, then compares the histories the scenario expects at its end. */
    List<Verschil> historie() {
        if (afgebroken != null) {
            throw new Afgebroken("niet gespeeld: het scenario is afgebroken bij " + afgebroken);
        }
        while (gespeeld < scenario.stappen().size()) {
            speel(scenario.stappen().get(gespeeld));
        }
        verschillen = new ArrayList<>();
        scenario.historie().forEach((g, kolommen) -> {
            JsonNode h = api.als(toezichthouder).get("/api/v1/gemeenten/" + g + "/toezicht").json();
            kolommen.forEach((kolom, verwacht) -> vergelijk(g, kolom, verwacht, waarde(h, kolom)));
        });
        return verschillen;
    }

    private List<Verschil> speel(Stap stap) {
        verschillen = new ArrayList<>();
        try {
            speelStap(stap);
        } catch (AssertionError | RuntimeException e) {
            afgebroken = stap.naam() + ": " + e.getMessage();
            throw e instanceof Afgebroken a ? a : new Afgebroken(e.getMessage() + verschillenTekst());
        } finally {
            gespeeld++;
        }
        return verschillen;
    }

    private String verschillenTekst() {
        return verschillen.isEmpty() ? "" : "\n" + tabel(verschillen);
    }

    private void speelStap(Stap stap) {
        stap.cijfers().forEach((g, c) -> {
            if (c.standaard()) {
                standaard(g);
            } else {
                laad(Map.of(g, c));
            }
        });
        if (!stap.vervolg()) {
            Api.Antwoord a = api.als(toezichthouder).post("/api/v1/provincies/" + scenario.provincie()
                    + "/beoordelingsrondes", json(Map.of("peildatum", stap.peildatum().toString())));
            nodig(a, 201, "ronde maken");
            if (a.header("Location") == null || !a.header("Location").startsWith("/api/v1/beoordelingsrondes/")) {
                verschil("(ronde)", "Location", "/api/v1/beoordelingsrondes/{id}", String.valueOf(a.header("Location")));
            }
            ronde = a.json(201);
            rondeId = ronde.get("id").asLong();
        } else if (stap.herberekenen()) {
            ronde = nodig(api.als(toezichthouder).post(rondePad() + "/herberekenen", versie()), 200, "herberekenen")
                    .json();
        } else {
            ronde = nodig(api.als(toezichthouder).get(rondePad()), 200, "ronde lezen").json();
        }
        stap.ronde().forEach((kolom, verwacht) -> vergelijk("(ronde)", kolom, verwacht, waarde(ronde, kolom)));
        tabel(stap.verwacht());
        bevindingen(stap.bevindingen());
        for (RondeScenario.Beslissing b : stap.beslissingen()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("soort", b.soort());
            body.put("waarde", b.waarde());
            body.put("motivering", b.motivering());
            body.put("versie", ronde.get("versie").asInt());
            ronde = nodig(api.als(toezichthouder).post(rondePad() + "/gemeenten/" + b.gemeente() + "/beslissingen",
                    json(body)), 200, "beslissing " + b.soort() + " voor " + b.gemeente()).json();
            tabel(b.verwacht());
        }
        vaststellen(stap.vaststellen());
        stap.brieven().forEach(this::brief);
        if (!stap.overzicht().isEmpty()) {
            JsonNode o = nodig(api.als(toezichthouder).get("/api/v1/provincies/" + scenario.provincie()
                    + "/overzicht?peildatum=" + stap.peildatum()), 200, "provincieoverzicht").json();
            stap.overzicht().forEach((kolom, verwacht) -> vergelijk("(overzicht)", kolom, verwacht, waarde(o, kolom)));
        }
    }

    private void tabel(Map<String, Map<String, Object>> verwacht) {
        verwacht.forEach((g, kolommen) -> {
            JsonNode rij = gemeente(g);
            if (rij == null) {
                verschil(g, "(gemeente)", "in de ronde", "niet in de ronde");
                return;
            }
            kolommen.forEach((kolom, waarde) -> vergelijk(g, kolom, waarde, waarde(rij, kolom)));
        });
    }

    private void bevindingen(List<String> verwacht) {
        if (verwacht.isEmpty()) {
            return;
        }
        Set<String> werkelijk = bevindingCodes(ronde.path("controle").path("bevindingen"));
        for (String b : verwacht) {
            if (!werkelijk.contains(b)) {
                verschil("(ronde)", "bevindingen", b, werkelijk.isEmpty() ? "geen" : String.join(", ", werkelijk));
            }
        }
    }

    private void vaststellen(RondeScenario.Vaststellen v) {
        if (v == null) {
            return;
        }
        Api.Antwoord a = api.als(toezichthouder).post(rondePad() + "/vaststellen", versie());
        if (v.geblokkeerd().isEmpty()) {
            if (a.status() == 200) {
                ronde = a.json();
                vergelijk("(ronde)", "status", "VASTGESTELD", ronde.path("status"));
            } else {
                verschil("(ronde)", "vaststellen", "200 (VASTGESTELD)", a.status() + " " + (a.status() == 409
                        ? bevindingCodes(Api.JSON.readTree(a.bytes()).path("bevindingen")) : a.tekst()));
            }
            return;
        }
        if (a.status() != 409) {
            verschil("(ronde)", "vaststellen", "409 geblokkeerd door " + v.geblokkeerd(), a.status() + " "
                    + a.tekst());
            if (a.status() == 200) {
                ronde = a.json();
            }
            return;
        }
        Set<String> werkelijk = bevindingCodes(a.probleem(409).path("bevindingen"));
        if (!werkelijk.equals(new TreeSet<>(v.geblokkeerd()))) {
            verschil("(ronde)", "vaststellen geblokkeerd", String.join(", ", new TreeSet<>(v.geblokkeerd())),
                    String.join(", ", werkelijk));
        }
        if (v.overschrijven() != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("versie", ronde.get("versie").asInt());
            body.put("overschrijfControle", true);
            body.put("reden", v.overschrijven());
            ronde = nodig(api.als(Api.BEHEERDER).post(rondePad() + "/vaststellen", json(body)), 200,
                    "vaststellen met overschreven controle").json();
            vergelijk("(ronde)", "status", "VASTGESTELD", ronde.path("status"));
        }
    }

    private void brief(String gemeente, BriefVerwachting v) {
        // a vastgestelde round's letters are made by a background job right after the vaststelling
        Achtergrondwerk.wacht(jdbc);
        String waar = gemeente + " brief";
        Api.Antwoord a = nodig(api.als(toezichthouder).get(rondePad() + "/brieven/" + gemeente + "/brief.html"), 200,
                "brief (HTML) van " + gemeente);
        String html = a.tekst();
        String tekst = tekst(html);
        String kenmerk = a.header("X-Kenmerk");
        for (String zin : v.bevat()) {
            if (!tekst.contains(normaal(zin))) {
                verschil(waar, "bevat", zin, "ontbreekt");
            }
        }
        for (String zin : v.bevatNiet()) {
            if (tekst.contains(normaal(zin))) {
                verschil(waar, "bevat niet", zin, "staat erin");
            }
        }
        v.rijen().forEach((label, verwacht) -> {
            String werkelijk = rij(html, label);
            if (!normaal(verwacht).equals(werkelijk)) {
                verschil(waar, "rij \"" + label + "\"", verwacht, werkelijk == null ? "(geen rij)" : werkelijk);
            }
        });
        kenmerk(waar, v.kenmerk(), kenmerk, tekst);
        if (v.pdf() == null) {
            return;
        }
        Api.Antwoord p = nodig(api.als(toezichthouder).get(rondePad() + "/brieven/" + gemeente + "/brief.pdf"), 200,
                "brief (PDF) van " + gemeente);
        if (!"application/pdf".equals(p.response().getContentType())) {
            verschil(waar, "PDF Content-Type", "application/pdf", p.response().getContentType());
        }
        if (!java.util.Objects.equals(kenmerk, p.header("X-Kenmerk"))) {
            verschil(waar, "PDF X-Kenmerk", String.valueOf(kenmerk), String.valueOf(p.header("X-Kenmerk")));
        }
        try {
            List<String> overtredingen = PdfAControle.overtredingen(p.bytes());
            if (!overtredingen.isEmpty()) {
                verschil(waar, "PDF/A-2a (veraPDF)", "geen overtredingen", String.join("; ", overtredingen));
            }
            if (!PdfAControle.pdftotextAanwezig()) {
                System.err.println("pdftotext (poppler-utils) ontbreekt: de tekst van de PDF van " + gemeente
                        + " in " + scenario.bestand() + " is niet gecontroleerd");
                return;
            }
            String pdfTekst = normaal(PdfAControle.tekst(p.bytes()));
            for (String zin : v.pdf().bevat()) {
                if (!pdfTekst.contains(normaal(zin))) {
                    verschil(gemeente + " PDF", "bevat", zin, "ontbreekt");
                }
            }
            for (String zin : v.pdf().bevatNiet()) {
                if (pdfTekst.contains(normaal(zin))) {
                    verschil(gemeente + " PDF", "bevat niet", zin, "staat erin");
                }
            }
            kenmerk(gemeente + " PDF", v.kenmerk(), kenmerk, pdfTekst);
        } catch (Exception e) {
            throw new Afgebroken("PDF van " + gemeente + " niet te lezen: " + e);
        }
    }

    private void kenmerk(String waar, String verwacht, String kenmerk, String tekst) {
        if (verwacht == null) {
            return;
        }
        Matcher m = KENMERK.matcher(tekst);
        if (verwacht.equals("geen")) {
            if (kenmerk != null) {
                verschil(waar, "kenmerk", "geen", kenmerk);
            } else if (m.find()) {
                verschil(waar, "kenmerk", "geen", m.group() + " in de tekst");
            }
            return;
        }
        if (kenmerk == null || !kenmerk.matches(verwacht + "-\\d{4}-\\d{6}")) {
            verschil(waar, "kenmerk", verwacht + "-JJJJ-NNNNNN", String.valueOf(kenmerk));
        } else if (!tekst.contains(kenmerk)) {
            verschil(waar, "kenmerk", kenmerk + " in de tekst", "ontbreekt");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** The answer when it has this status; otherwise the scenario cannot go on. */
    private Api.Antwoord nodig(Api.Antwoord a, int status, String wat) {
        if (a.status() != status) {
            throw new Afgebroken(wat + ": " + a.status() + " in plaats van " + status + ": " + a.tekst());
        }
        return a;
    }

    private String rondePad() {
        return "/api/v1/beoordelingsrondes/" + rondeId;
    }

    private String versie() {
        return json(Map.of("versie", ronde.get("versie").asInt()));
    }

    private JsonNode gemeente(String code) {
        for (JsonNode g : ronde.path("gemeenten")) {
            if (code.equals(g.path("gemeente").asString())) {
                return g;
            }
        }
        return null;
    }

    private void verschil(String waar, String kolom, String verwacht, String werkelijk) {
        verschillen.add(new Verschil(waar, kolom, verwacht, werkelijk));
    }

    private static String json(Object o) {
        return Api.JSON.writeValueAsString(o);
    }

    private static Set<String> bevindingCodes(JsonNode bevindingen) {
        Set<String> codes = new TreeSet<>();
        for (JsonNode b : bevindingen) {
            String g = b.path("gemeente").isString() ? " " + b.path("gemeente").asString() : "";
            codes.add(b.path("code").asString() + g);
        }
        return codes;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Comparing cells

    /**
     * The value at a path ({@code a.b.c}; a number selects an element of a list); a municipality's path not found
     * in the entry itself is looked up in its {@code uitkomst}, an overview's in its {@code totalen}.
     */
    static JsonNode waarde(JsonNode node, String pad) {
        JsonNode v = pad(node, pad);
        for (String binnen : new String[] {"uitkomst", "totalen"}) {
            if (v.isMissingNode() && node.path(binnen).isObject()) {
                v = pad(node.path(binnen), pad);
            }
        }
        return v;
    }

    private static JsonNode pad(JsonNode node, String pad) {
        JsonNode v = node;
        for (String deel : pad.split("\\.")) {
            v = v.isArray() && deel.matches("\\d+") ? v.path(Integer.parseInt(deel)) : v.path(deel);
        }
        return v;
    }

    /** Compares one cell (recursively for a table of columns) and records every difference. */
    private void vergelijk(String waar, String kolom, Object verwacht, JsonNode werkelijk) {
        if (verwacht instanceof Map<?, ?> m) {
            if (werkelijk.isArray()) {
                vergelijkPerSleutel(waar, kolom, m, werkelijk);
                return;
            }
            m.forEach((k, v) -> vergelijk(waar, kolom + "." + k, v, waarde(werkelijk, String.valueOf(k))));
            return;
        }
        if (!klopt(verwacht, werkelijk)) {
            verschil(waar, kolom, toon(verwacht), toon(werkelijk));
        }
    }

    /** A table keyed by the items' periode, peildatum or gemeente: exactly these items, each with its columns. */
    private void vergelijkPerSleutel(String waar, String kolom, Map<?, ?> verwacht, JsonNode lijst) {
        String sleutel = null;
        for (String s : new String[] {"periode", "peildatum", "gemeente"}) {
            if (lijst.size() > 0 && lijst.get(0).has(s)) {
                sleutel = s;
                break;
            }
        }
        Map<String, JsonNode> perSleutel = new LinkedHashMap<>();
        for (JsonNode item : lijst) {
            perSleutel.put(sleutel == null ? "?" : item.path(sleutel).asString(), item);
        }
        Set<String> verwachteSleutels = new LinkedHashSet<>();
        verwacht.keySet().forEach(k -> verwachteSleutels.add(String.valueOf(k)));
        if (!verwachteSleutels.equals(perSleutel.keySet())) {
            verschil(waar, kolom, String.join(", ", verwachteSleutels), String.join(", ", perSleutel.keySet()));
        }
        verwacht.forEach((k, kolommen) -> {
            JsonNode item = perSleutel.get(String.valueOf(k));
            if (item != null) {
                vergelijk(waar, kolom + "[" + k + "]", kolommen, item);
            }
        });
    }

    static boolean klopt(Object verwacht, JsonNode werkelijk) {
        if (verwacht == null) {
            return werkelijk.isMissingNode() || werkelijk.isNull();
        }
        if (verwacht instanceof List<?> l) {
            if (!werkelijk.isArray() || werkelijk.size() != l.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!klopt(l.get(i), werkelijk.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (werkelijk.isArray()) {
            // a list in the answer: one of its items contains the text
            String zin = String.valueOf(verwacht);
            for (JsonNode item : werkelijk) {
                if ((item.isValueNode() ? item.asString() : item.toString()).contains(zin)) {
                    return true;
                }
            }
            return false;
        }
        if (werkelijk.isMissingNode() || werkelijk.isNull() || !werkelijk.isValueNode()) {
            return false;
        }
        if (verwacht instanceof Boolean b) {
            return werkelijk.isBoolean() ? werkelijk.booleanValue() == b : werkelijk.asString().equals(b.toString());
        }
        if (verwacht instanceof Number n) {
            try {
                BigDecimal w = werkelijk.isNumber() ? werkelijk.decimalValue() : new BigDecimal(werkelijk.asString());
                return w.compareTo(new BigDecimal(n.toString())) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return String.valueOf(verwacht).equals(werkelijk.isString() ? werkelijk.asString() : werkelijk.toString());
    }

    private static String toon(Object verwacht) {
        return verwacht == null ? "null" : String.valueOf(verwacht);
    }

    private static String toon(JsonNode werkelijk) {
        if (werkelijk.isMissingNode()) {
            return "(ontbreekt)";
        }
        String t = werkelijk.isString() ? werkelijk.asString() : werkelijk.toString();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    /** The differences as an aligned table. */
    static String tabel(List<Verschil> verschillen) {
        List<String[]> rijen = new ArrayList<>();
        rijen.add(new String[] {"waar", "kolom", "verwacht", "werkelijk"});
        verschillen.forEach(v -> rijen.add(new String[] {v.waar(), v.kolom(), v.verwacht(), v.werkelijk()}));
        int[] breedte = new int[4];
        for (String[] r : rijen) {
            for (int i = 0; i < 4; i++) {
                breedte[i] = Math.max(breedte[i], Math.min(r[i].length(), 60));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rijen) {
            sb.append("  ");
            for (int i = 0; i < 4; i++) {
                sb.append(i == 3 ? r[i] : String.format("%-" + breedte[i] + "s | ", r[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Letters

    /** The letter's text as a reader sees it: the body without tags, entities decoded, white space collapsed. */
    static String tekst(String html) {
        String body = html.replaceFirst("(?s)^.*?<body[^>]*>", "").replaceFirst("(?s)</body>.*$", "");
        body = body.replaceAll("(?i)</?(span|strong|em|b|i|a|small|abbr|sup|sub)(\\s[^>]*)?>", "");
        body = body.replaceAll("<[^>]+>", " ");
        return normaal(HtmlUtils.htmlUnescape(body));
    }

    static String normaal(String tekst) {
        return tekst.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    /** The value cell of the row with this label ("label [2]": the second such row), or null. */
    static String rij(String html, String label) {
        int n = 1;
        Matcher nummer = Pattern.compile("^(.*) \\[(\\d+)]$").matcher(label);
        if (nummer.matches()) {
            label = nummer.group(1);
            n = Integer.parseInt(nummer.group(2));
        }
        Matcher m = RIJ.matcher(html);
        while (m.find()) {
            if (tekst(m.group(1)).equals(normaal(label)) && --n == 0) {
                return tekst(m.group(2));
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Figures

    /** The municipalities of the province in the indeling of every round of the scenario. */
    private Set<String> gemeenten() {
        Set<String> codes = new TreeSet<>();
        for (Stap s : scenario.stappen()) {
            LocalDate indeling = DossierSamensteller.indelingsdatum(s.peildatum(), GebiedService.INDELING_BEKEND_VANAF);
            gebied.gemeentenVanProvincie(scenario.provincie(), indeling).stream().map(Gemeente::code)
                    .forEach(codes::add);
        }
        return codes;
    }

    private void standaard(String g) {
        Standaardcijfers s = scenario.standaard();
        if (s == null) {
            throw new IllegalArgumentException(scenario.bestand() + ": " + g + ": standaard, maar het scenario heeft "
                    + "geen standaardcijfers");
        }
        if (!eigenBeginstand.contains(g)) {
            Testgegevens.beginstand(jdbc, g, s.van().code(), s.saldo(), s.trede());
        }
        Set<Periode> eigen = eigenPerioden.getOrDefault(g, Set.of());
        for (Periode p = s.van(); p.compareTo(s.tot()) <= 0; p = p.volgende()) {
            if (eigen.contains(p)) {
                continue;
            }
            Testgegevens.taakstelling(jdbc, g, p.code(), s.taakstelling());
            coa(g, p.peildatumTussentijds().minusDays(1), s.tussenstand());
            coa(g, p.laatsteDag(), s.eindstand());
        }
    }

    private void laad(Map<String, Cijfers> cijfers) {
        cijfers.forEach((g, c) -> {
            if (c.beginstand() != null) {
                Testgegevens.beginstand(jdbc, g, c.beginstand().periode().code(), c.beginstand().saldo(),
                        c.beginstand().trede());
            }
            c.taakstellingen().forEach((p, n) -> Testgegevens.taakstelling(jdbc, g, p.code(), n));
            c.coa().forEach((d, s) -> coa(g, d, s));
            c.huurcontracten().forEach((d, n) -> Testgegevens.huurcontract(jdbc, g, Periode.van(d).code(), d, n,
                    "SCENARIO-" + (++huurcontracten)));
            if (!c.ambities().isEmpty()) {
                // through the import of ambitions, as the province's supervisor: beside its taakstelling
                StringBuilder csv = new StringBuilder("gemeente;periode;ambitie\n");
                c.ambities().forEach((p, n) -> csv.append(g).append(';').append(p.code()).append(';').append(n)
                        .append('\n'));
                Api.Antwoord a = api.als(toezichthouder).postCsv("/api/v1/ambities/import", csv.toString());
                if (a.status() != 201) {
                    throw new IllegalStateException(scenario.bestand() + ": ambitie van " + g + " niet ingelezen: "
                            + a.status() + " " + a.tekst());
                }
            }
        });
    }

    private void coa(String g, LocalDate datum, CoaStand s) {
        Testgegevens.coaStand(jdbc, g, Periode.van(datum).code(), datum, s.gehuisvest(), s.koppelingen(),
                s.omkoppelingen(), s.stapelgemeente());
    }
}
