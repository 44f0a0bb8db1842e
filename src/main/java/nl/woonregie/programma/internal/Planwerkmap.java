package nl.woonregie.programma.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.woonregie.platform.export.CsvLezer;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.export.Tabelbestand;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.programma.Programmaplan;

/**
 * A programme's plan as one XLSX workbook (issue 18 §6; ADR 0047): the sheet "Programma" with its own facts (a row
 * per fact: Veld, Waarde) and a sheet per part — "Thema's", "Doelen", "Projecten", "Begrotingsregels",
 * "Indicatoren" — with a header row and a row per part. {@link #schrijf} writes a plan (the empty plan: the template
 * to download), {@link #lees} reads one back, naming every unreadable cell by sheet, line and column; {@link #cel}
 * names the cell of a field that {@link Plancontrole} judged invalid. A budget of persons × rates and the
 * measurements of indicators are not in the workbook (they are kept as they are when a plan is replaced).
 */
public final class Planwerkmap {

    /** A workbook is at most this large (a plan is a few hundred rows). */
    public static final int MAX_BESTAND = 2 * 1024 * 1024;
    /** At most this many rows per sheet. */
    static final int MAX_REGELS = 1000;

    public static final String PROGRAMMA = "Programma";
    public static final String THEMAS = "Thema's";
    public static final String DOELEN = "Doelen";
    public static final String PROJECTEN = "Projecten";
    public static final String REGELS = "Begrotingsregels";
    public static final String INDICATOREN = "Indicatoren";

    private static final String WAARDE = "Waarde";

    /** The programme's own facts: field → the label in column Veld. */
    static final Map<String, String> FEITEN = kolommen("naam", "Naam", "eigenaar", "Eigenaar (gemeentecode)",
            "regio", "Regio", "partnergemeenten", "Partnergemeenten (codes)", "vanJaar", "Van jaar", "totJaar",
            "Tot en met jaar", "bronMiddelen", "Bron van de middelen", "besluit", "Besluit", "vermeldTotaal",
            "Vermeld totaal", "restmiddelen", "Restmiddelen");

    /** Per list of the plan: its sheet and its columns (field → header). */
    private record Blad(String lijst, String naam, Map<String, String> kolommen) {
    }

    private static final List<Blad> BLADEN = List.of(
            new Blad("themas", THEMAS, kolommen("nummer", "Nummer", "naam", "Naam")),
            new Blad("doelen", DOELEN, kolommen("nummer", "Nummer", "thema", "Thema", "omschrijving", "Omschrijving",
                    "soort", "Soort", "deadline", "Deadline")),
            new Blad("projecten", PROJECTEN, kolommen("nummer", "Nummer", "doel", "Doel", "naam", "Naam", "soort",
                    "Soort", "status", "Status", "planning", "Planning", "eigenaar", "Eigenaar", "partners",
                    "Partners", "verwachtResultaat", "Verwacht resultaat")),
            new Blad("regels", REGELS, kolommen("nummer", "Nummer", "omschrijving", "Omschrijving", "bedrag",
                    "Bedrag", "vanJaar", "Van jaar", "totJaar", "Tot en met jaar", "kostensoort", "Kostensoort",
                    "financieringsbron", "Financieringsbron", "thema", "Thema", "doel", "Doel", "projecten",
                    "Projecten", "restmiddelen", "Restmiddelen")),
            new Blad("indicatoren", INDICATOREN, kolommen("nummer", "Nummer", "naam", "Naam", "eenheid", "Eenheid",
                    "streefwaarde", "Streefwaarde", "deadline", "Deadline", "doel", "Doel", "project", "Project",
                    "richting", "Richting")));

    /** Columns a workbook may leave out (made before they existed): empty when absent. */
    private static final java.util.Set<String> OPTIONELE_KOLOMMEN = java.util.Set.of("richting");

    private static final Pattern PAD = Pattern.compile("([a-zA-Z]+)\\[(\\d+)](?:\\.([a-zA-Z]+).*)?");
    private static final Pattern FEIT = Pattern.compile("([a-zA-Z]+)(?:\\[\\d+])?");
    private static final DateTimeFormatter NL_DATUM = DateTimeFormatter.ofPattern("d-M-uuuu");

    private Planwerkmap() {
    }

    private static Map<String, String> kolommen(String... paren) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < paren.length; i += 2) {
            m.put(paren[i], paren[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The sheets a workbook must have, in their order. */
    public static List<String> bladnamen() {
        List<String> namen = new ArrayList<>(List.of(PROGRAMMA));
        BLADEN.forEach(b -> namen.add(b.naam()));
        return namen;
    }

    // --- writing

    /** The plan as a workbook in the import's format; {@code null}: the empty template. */
    public static byte[] schrijf(Programmaplan plan) {
        List<List<Object>> feiten = new ArrayList<>();
        for (Map.Entry<String, String> e : FEITEN.entrySet()) {
            feiten.add(java.util.Arrays.asList(e.getValue(), plan == null ? null : feit(plan, e.getKey())));
        }
        var werkmap = Spreadsheet.werkmap().blad(PROGRAMMA, List.of("Veld", WAARDE), feiten);
        Programmaplan p = plan != null ? plan : new Programmaplan(null, null, null, null, 0, 0, null, null, null,
                null, null, null, null, null, null, null);
        werkmap.blad(THEMAS, kop("themas"), p.themas().stream().map(t -> rij(t.nummer(), t.naam())).toList());
        werkmap.blad(DOELEN, kop("doelen"), p.doelen().stream().map(d -> rij(d.nummer(), d.thema(), d.omschrijving(),
                label(d.soort()), d.deadline())).toList());
        werkmap.blad(PROJECTEN, kop("projecten"), p.projecten().stream().map(x -> rij(x.nummer(), x.doel(), x.naam(),
                label(x.soort()), label(x.status()), x.planning(), x.eigenaar(), String.join("; ", x.partners()),
                x.verwachtResultaat())).toList());
        werkmap.blad(REGELS, kop("regels"), p.regels().stream().map(r -> rij(r.nummer(), r.omschrijving(),
                r.bedrag() == null ? "n.v.t." : new Spreadsheet.Bedrag(r.bedrag()), r.vanJaar(), r.totJaar(),
                label(r.kostensoort()), r.financieringsbron(), r.thema(), r.doel(),
                String.join(", ", r.projecten().stream().map(String::valueOf).toList()), r.restmiddelen())).toList());
        werkmap.blad(INDICATOREN, kop("indicatoren"), p.indicatoren().stream().map(i -> rij(i.nummer(), i.naam(),
                i.eenheid(), i.streefwaarde(), i.deadline(), i.doel(), i.project(),
                i.richting() == null ? null : label(i.richting()))).toList());
        return werkmap.bytes();
    }

    private static Object feit(Programmaplan p, String veld) {
        return switch (veld) {
            case "naam" -> p.naam();
            case "eigenaar" -> p.eigenaar();
            case "regio" -> p.regio();
            case "partnergemeenten" -> String.join(", ", p.partnergemeenten());
            case "vanJaar" -> p.vanJaar();
            case "totJaar" -> p.totJaar();
            case "bronMiddelen" -> p.bronMiddelen();
            case "besluit" -> p.besluit();
            case "vermeldTotaal" -> p.vermeldTotaal() == null ? null : new Spreadsheet.Bedrag(p.vermeldTotaal());
            case "restmiddelen" -> p.restmiddelen();
            default -> throw new IllegalArgumentException(veld);
        };
    }

    private static List<String> kop(String lijst) {
        return List.copyOf(blad(lijst).kolommen().values());
    }

    private static List<Object> rij(Object... waarden) {
        return java.util.Arrays.asList(waarden);
    }

    private static String label(Enum<?> e) {
        return e == null ? null : Labels.van(e);
    }

    private static Blad blad(String lijst) {
        return BLADEN.stream().filter(b -> b.lijst().equals(lijst)).findFirst().orElseThrow();
    }

    // --- reading

    /**
     * What was read: the plan (null when a cell could not be read), every unreadable cell, and per list of the plan
     * the line of each of its items (to name the cell of a field {@link Plancontrole} refuses).
     */
    public record Gelezen(Programmaplan plan, List<InvalidParam> fouten, Map<String, Integer> feitregels,
            Map<String, List<Integer>> regels) {

        /**
         * The cell of a field of the plan ({@code regels[2].bedrag} → "blad Begrotingsregels, regel 4, kolom
         * Bedrag"; {@code vanJaar} → "blad Programma, regel 6 (Van jaar), kolom Waarde"); the path itself when the
         * field is not in the workbook.
         */
        public String cel(String pad) {
            Matcher m = PAD.matcher(pad);
            if (m.matches() && regels.containsKey(m.group(1))) {
                Blad b = blad(m.group(1));
                List<Integer> r = regels.get(m.group(1));
                int i = Integer.parseInt(m.group(2));
                if (i < r.size()) {
                    String veld = m.group(3);
                    String kolom = veld == null ? null : b.kolommen().get(veld);
                    if (veld == null || kolom != null) {
                        return "blad " + b.naam() + ", regel " + r.get(i) + (kolom == null ? "" : ", kolom " + kolom);
                    }
                }
                return pad;
            }
            Matcher f = FEIT.matcher(pad);
            if (f.matches() && FEITEN.containsKey(f.group(1))) {
                Integer regel = feitregels.get(f.group(1));
                return "blad " + PROGRAMMA + (regel == null ? "" : ", regel " + regel) + " (" + FEITEN.get(f.group(1))
                        + "), kolom " + WAARDE;
            }
            return pad;
        }
    }

    /** Reads a workbook: all of it, or every cell that cannot be read (the plan is then null). */
    public static Gelezen lees(byte[] bytes) {
        List<InvalidParam> fouten = new ArrayList<>();
        Map<String, Integer> feitregels = new HashMap<>();
        Map<String, List<Integer>> regels = new HashMap<>();
        List<String> aanwezig = Tabelbestand.bladen(bytes);
        if (aanwezig.isEmpty()) {
            fouten.add(new InvalidParam("bestand", "geen leesbare XLSX-werkmap; download het sjabloon"));
            return new Gelezen(null, fouten, feitregels, regels);
        }
        for (String naam : bladnamen()) {
            if (aanwezig.stream().noneMatch(a -> Tabelbestand.kop(a).equals(Tabelbestand.kop(naam)))) {
                fouten.add(new InvalidParam("blad " + naam, "ontbreekt in de werkmap (bladen: "
                        + String.join(", ", bladnamen()) + ")"));
            }
        }
        if (!fouten.isEmpty()) {
            return new Gelezen(null, fouten, feitregels, regels);
        }
        Cellen c = new Cellen(fouten);
        Map<String, String> feiten = feiten(bytes, aanwezig, feitregels, fouten);
        List<Rij> themas = rijen(bytes, aanwezig, blad("themas"), fouten);
        List<Rij> doelen = rijen(bytes, aanwezig, blad("doelen"), fouten);
        List<Rij> projecten = rijen(bytes, aanwezig, blad("projecten"), fouten);
        List<Rij> lijnen = rijen(bytes, aanwezig, blad("regels"), fouten);
        List<Rij> indicatoren = rijen(bytes, aanwezig, blad("indicatoren"), fouten);
        if (!fouten.isEmpty()) {
            return new Gelezen(null, fouten, feitregels, regels);
        }
        Function<String, Rij> feit = veld -> new Rij(PROGRAMMA, feitregels.getOrDefault(veld, 0),
                Map.of(WAARDE, feiten.getOrDefault(veld, "")), Map.of(WAARDE, WAARDE), FEITEN.get(veld));
        Programmaplan plan = new Programmaplan(c.tekst(feit.apply("naam"), WAARDE),
                c.tekst(feit.apply("eigenaar"), WAARDE), c.tekst(feit.apply("regio"), WAARDE),
                c.teksten(feit.apply("partnergemeenten"), WAARDE, "[,;]"),
                orNul(c.geheel(feit.apply("vanJaar"), WAARDE)), orNul(c.geheel(feit.apply("totJaar"), WAARDE)),
                c.tekst(feit.apply("bronMiddelen"), WAARDE), c.tekst(feit.apply("besluit"), WAARDE),
                c.bedrag(feit.apply("vermeldTotaal"), WAARDE, false, true), c.tekst(feit.apply("restmiddelen"), WAARDE),
                themas.stream().map(r -> new Programmaplan.Thema(orNul(c.geheel(r, "nummer")), c.tekst(r, "naam")))
                        .toList(),
                doelen.stream().map(r -> new Programmaplan.Doel(orNul(c.geheel(r, "nummer")),
                        orNul(c.geheel(r, "thema")), c.tekst(r, "omschrijving"),
                        c.soort(r, "soort", Programmaplan.Doelsoort.class), c.datum(r, "deadline"))).toList(),
                projecten.stream().map(r -> new Programmaplan.Project(orNul(c.geheel(r, "nummer")),
                        orNul(c.geheel(r, "doel")), c.tekst(r, "naam"),
                        c.soort(r, "soort", Programmaplan.Projectsoort.class),
                        c.soort(r, "status", Programmaplan.Projectstatus.class), c.tekst(r, "planning"),
                        c.tekst(r, "eigenaar"), c.teksten(r, "partners", ";"), c.tekst(r, "verwachtResultaat")))
                        .toList(),
                lijnen.stream().map(r -> new Programmaplan.Begrotingsregel(orNul(c.geheel(r, "nummer")),
                        c.tekst(r, "omschrijving"), c.bedrag(r, "bedrag", true, true), c.geheel(r, "vanJaar"),
                        c.geheel(r, "totJaar"), c.soort(r, "kostensoort", Programmaplan.Kostensoort.class),
                        c.tekst(r, "financieringsbron"), c.geheel(r, "thema"), c.geheel(r, "doel"),
                        c.nummers(r, "projecten"), c.tekst(r, "restmiddelen"))).toList(),
                indicatoren.stream().map(r -> new Programmaplan.Indicator(orNul(c.geheel(r, "nummer")),
                        c.tekst(r, "naam"), c.tekst(r, "eenheid"), c.bedrag(r, "streefwaarde", false, false),
                        c.datum(r, "deadline"), c.geheel(r, "doel"), c.geheel(r, "project"), List.of(),
                        c.soort(r, "richting", nl.woonregie.programma.voortgang.Streefrichting.class))).toList(),
                null);
        regels.put("themas", themas.stream().map(Rij::regel).toList());
        regels.put("doelen", doelen.stream().map(Rij::regel).toList());
        regels.put("projecten", projecten.stream().map(Rij::regel).toList());
        regels.put("regels", lijnen.stream().map(Rij::regel).toList());
        regels.put("indicatoren", indicatoren.stream().map(Rij::regel).toList());
        return new Gelezen(fouten.isEmpty() ? plan : null, fouten, feitregels, regels);
    }

    private static int orNul(Integer n) {
        return n == null ? 0 : n;
    }

    private static String echteNaam(List<String> aanwezig, String naam) {
        return aanwezig.stream().filter(a -> Tabelbestand.kop(a).equals(Tabelbestand.kop(naam))).findFirst()
                .orElse(naam);
    }

    /** The sheet Programma: a row per fact (Veld, Waarde). */
    private static Map<String, String> feiten(byte[] bytes, List<String> aanwezig, Map<String, Integer> feitregels,
            List<InvalidParam> fouten) {
        Tabelbestand.Gelezen g = Tabelbestand.lees(bytes, echteNaam(aanwezig, PROGRAMMA), MAX_REGELS);
        Map<String, String> perLabel = new HashMap<>();
        FEITEN.forEach((veld, label) -> perLabel.put(Tabelbestand.kop(label), veld));
        Map<String, String> waarden = new HashMap<>();
        if (g.fout() != null) {
            fouten.add(new InvalidParam("blad " + PROGRAMMA, g.fout()));
            return waarden;
        }
        List<CsvLezer.Regel> rijen = g.regels();
        for (int i = 1; i < rijen.size(); i++) {
            CsvLezer.Regel r = rijen.get(i);
            String label = r.velden().get(0);
            String veld = perLabel.get(Tabelbestand.kop(label));
            if (veld == null) {
                fouten.add(new InvalidParam("blad " + PROGRAMMA + ", regel " + r.regel() + ", kolom Veld",
                        "onbekend veld '" + label + "'; verwacht: " + String.join(", ", FEITEN.values())));
            } else if (feitregels.putIfAbsent(veld, r.regel()) != null) {
                fouten.add(new InvalidParam("blad " + PROGRAMMA + ", regel " + r.regel() + ", kolom Veld",
                        "'" + label + "' staat al op regel " + feitregels.get(veld)));
            } else {
                waarden.put(veld, r.velden().size() > 1 ? r.velden().get(1) : "");
            }
        }
        return waarden;
    }

    /** A row of a sheet: its line, its cells by header, and for the sheet Programma the fact's label. */
    private record Rij(String blad, int regel, Map<String, String> waarden, Map<String, String> koppen,
            String feit) {

        String waarde(String veld) {
            String w = waarden.get(veld);
            return w == null ? "" : w;
        }

        String cel(String veld) {
            return "blad " + blad + ", regel " + regel + (feit == null ? "" : " (" + feit + ")") + ", kolom "
                    + koppen.get(veld);
        }
    }

    /** A sheet with a header row: every header must be known; the rows by field. */
    private static List<Rij> rijen(byte[] bytes, List<String> aanwezig, Blad blad, List<InvalidParam> fouten) {
        Tabelbestand.Gelezen g = Tabelbestand.lees(bytes, echteNaam(aanwezig, blad.naam()), MAX_REGELS + 1);
        if (g.fout() != null) {
            fouten.add(new InvalidParam("blad " + blad.naam(), g.fout()));
            return List.of();
        }
        if (g.regels().isEmpty()) {
            fouten.add(new InvalidParam("blad " + blad.naam(), "leeg; de eerste regel noemt de kolommen "
                    + String.join(", ", blad.kolommen().values())));
            return List.of();
        }
        Map<String, String> perKop = new HashMap<>();
        blad.kolommen().forEach((veld, kop) -> perKop.put(Tabelbestand.kop(kop), veld));
        CsvLezer.Regel kop = g.regels().get(0);
        Map<String, Integer> kolom = new HashMap<>();
        int voor = fouten.size();
        for (int i = 0; i < kop.velden().size(); i++) {
            String k = Tabelbestand.kop(kop.velden().get(i));
            if (k.isEmpty()) {
                continue;
            }
            String veld = perKop.get(k);
            String cel = "blad " + blad.naam() + ", regel " + kop.regel() + ", kolom " + kop.velden().get(i).strip();
            if (veld == null) {
                fouten.add(new InvalidParam(cel, "onbekende kolom; verwacht: "
                        + String.join(", ", blad.kolommen().values())));
            } else if (kolom.putIfAbsent(veld, i) != null) {
                fouten.add(new InvalidParam(cel, "staat twee keer in de kopregel"));
            }
        }
        for (Map.Entry<String, String> e : blad.kolommen().entrySet()) {
            if (!kolom.containsKey(e.getKey()) && !OPTIONELE_KOLOMMEN.contains(e.getKey())) {
                fouten.add(new InvalidParam("blad " + blad.naam() + ", kolom " + e.getValue(),
                        "ontbreekt in de kopregel (regel " + kop.regel() + ")"));
            }
        }
        if (fouten.size() > voor) {
            return List.of();
        }
        List<Rij> rijen = new ArrayList<>();
        for (CsvLezer.Regel r : g.regels().subList(1, g.regels().size())) {
            Map<String, String> waarden = new HashMap<>();
            kolom.forEach((veld, i) -> waarden.put(veld, i < r.velden().size() ? r.velden().get(i) : ""));
            rijen.add(new Rij(blad.naam(), r.regel(), waarden, blad.kolommen(), null));
        }
        return rijen;
    }

    /** Reads cells into values, naming every cell that is not what its column asks. */
    private record Cellen(List<InvalidParam> fouten) {

        String tekst(Rij r, String veld) {
            String w = r.waarde(veld).strip();
            if (w.length() > 1 && w.charAt(0) == '\'' && "=+-@".indexOf(w.charAt(1)) >= 0) {
                w = w.substring(1); // as the export neutralised it
            }
            return w.isEmpty() ? null : w;
        }

        List<String> teksten(Rij r, String veld, String scheiding) {
            String w = tekst(r, veld);
            if (w == null) {
                return List.of();
            }
            return java.util.Arrays.stream(w.split(scheiding)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        Integer geheel(Rij r, String veld) {
            String w = tekst(r, veld);
            if (w == null) {
                return null;
            }
            if (!w.matches("-?\\d{1,6}")) {
                fouten.add(new InvalidParam(r.cel(veld), "'" + w + "' is geen geheel getal"));
                return null;
            }
            return Integer.parseInt(w);
        }

        List<Integer> nummers(Rij r, String veld) {
            List<Integer> nummers = new ArrayList<>();
            for (String s : teksten(r, veld, "[,;]")) {
                if (!s.matches("\\d{1,6}")) {
                    fouten.add(new InvalidParam(r.cel(veld), "'" + s + "' is geen nummer; noem de nummers "
                            + "gescheiden door komma's (5, 6, 7)"));
                    return List.of();
                }
                nummers.add(Integer.parseInt(s));
            }
            return nummers;
        }

        /**
         * An amount (1.750,00, 1750, € 1.750); "n.v.t." when {@code nvt} (null: paid for elsewhere). Money in cents
         * ({@code geld}: 1750 is 1750.00), another number as written (3 stays 3).
         */
        BigDecimal bedrag(Rij r, String veld, boolean nvt, boolean geld) {
            String w = tekst(r, veld);
            if (w == null || (nvt && w.toLowerCase(Locale.ROOT).replace(" ", "").equals("n.v.t."))) {
                return null;
            }
            BigDecimal b = Weergave.leesBedrag(w);
            if (b == null) {
                fouten.add(new InvalidParam(r.cel(veld), "'" + w + "' is geen bedrag (zoals 1.750,00)"
                        + (nvt ? " of n.v.t." : "")));
                return null;
            }
            if (geld) {
                return b.scale() < 2 ? b.setScale(2) : b;
            }
            b = b.stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0) : b;
        }

        /** A date: a date cell, or text as 1-10-2022 or 2022-10-01. */
        LocalDate datum(Rij r, String veld) {
            String w = tekst(r, veld);
            if (w == null) {
                return null;
            }
            try {
                return w.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(w) : LocalDate.parse(w, NL_DATUM);
            } catch (DateTimeParseException e) {
                fouten.add(new InvalidParam(r.cel(veld), "'" + w + "' is geen datum; gebruik een datumcel"));
                return null;
            }
        }

        /** A kind by its label ("in voorbereiding", "Landelijk"). */
        <E extends Enum<E>> E soort(Rij r, String veld, Class<E> soort) {
            String w = tekst(r, veld);
            if (w == null) {
                return null; // Plancontrole names it as required
            }
            String gezocht = Tabelbestand.kop(w);
            for (E e : soort.getEnumConstants()) {
                if (Tabelbestand.kop(Labels.van(e)).equals(gezocht)
                        || Tabelbestand.kop(e.name().replace('_', ' ')).equals(gezocht)) {
                    return e;
                }
            }
            fouten.add(new InvalidParam(r.cel(veld), "'" + w + "' is geen van: " + String.join(", ",
                    java.util.Arrays.stream(soort.getEnumConstants()).map(Labels::inZin).toList())));
            return null;
        }
    }
}
