package nl.woonregie.doorbraakplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.woonregie.doorbraakplan.ondersteuning.Dekking;
import nl.woonregie.doorbraakplan.ondersteuning.Kwartaal;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningssoort;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsvraag;
import nl.woonregie.doorbraakplan.ondersteuning.Regel;
import nl.woonregie.doorbraakplan.ondersteuning.Tarief;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;
import nl.woonregie.doorbraakplan.ondersteuning.Tarieven;
import nl.woonregie.doorbraakplan.ondersteuning.Wonen;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Weergave;
import tools.jackson.databind.JsonNode;

/**
 * Reads a request of the support computation ({@code POST /api/v1/ondersteuning/berekeningen}) from its JSON tree,
 * collecting <em>every</em> invalid field (never stopping at the first): an unknown field or one the line's soort does
 * not know, a wrong type, an unknown {@code soort}, {@code wonen} or tariff kind, a quarter not {@code JJJJ-Qn}, a
 * {@code totKwartaal} before its {@code vanKwartaal}, a negative number, an amount below the cent, a field the soort
 * requires missing, a line that needs a tariff before the first one of its kind. A valid request becomes the model's
 * {@link Ondersteuningsvraag}, with the request's tariffs replacing the defaults of the kinds they name.
 */
public final class OndersteuningVerzoekLezer {

    public static final int MAX_REGELS = 200;
    static final int MAX_TARIEVEN = 50;
    static final int MAX_DEKKING = 200;
    static final long MAX_PERSONEN = 1_000_000L;
    static final BigDecimal MAX_BEDRAG = new BigDecimal("1000000000000");
    /** The longest range of a line: 50 years. */
    static final int MAX_KWARTALEN = 200;
    static final int MAX_NAAM = 200;
    static final int MAX_DIENST = 20;
    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");

    private static final Set<String> ROOT = Set.of("gemeente", "regels", "tarieven", "dekking");
    private static final Set<String> TARIEF = Set.of("soort", "bedrag", "geldigVanaf");
    private static final Set<String> DEKKING = Set.of("jaar", "bron", "bedrag", "dienst");
    /** The fields of each soort besides project, soort and dienst: all required. */
    private static final Map<Ondersteuningssoort, Set<String>> VELDEN = new EnumMap<>(Map.of(
            Ondersteuningssoort.WOONBEGELEIDING, Set.of("wonen", "personen", "vanKwartaal", "totKwartaal"),
            Ondersteuningssoort.DOORSTROOMBEGELEIDING, Set.of("personen", "kwartaal"),
            Ondersteuningssoort.LOCATIEMANAGEMENT, Set.of("bedragPerJaar", "vanKwartaal", "totKwartaal"),
            Ondersteuningssoort.MAATSCHAPPELIJKE_BEGELEIDING, Set.of("personen", "vanKwartaal", "totKwartaal"),
            Ondersteuningssoort.TRAJECTBEGELEIDING, Set.of("personen", "vanKwartaal", "totKwartaal")));

    /** The validated request, or every reason why it is not valid. */
    public record Resultaat(String gemeente, Ondersteuningsvraag vraag, List<InvalidParam> fouten) {
    }

    private final Tarieven standaard;
    private final List<InvalidParam> fouten = new ArrayList<>();

    public OndersteuningVerzoekLezer(Tarieven standaard) {
        this.standaard = standaard;
    }

    /** Only the municipality of a request (for the access check before the rest is judged); null when absent. */
    public static String gemeente(JsonNode root) {
        JsonNode g = root == null || !root.isObject() ? null : root.get("gemeente");
        return g != null && g.isString() ? g.stringValue() : null;
    }

    public Resultaat lees(JsonNode root) {
        if (root == null || !root.isObject()) {
            fout("body", "moet een JSON-object zijn");
            return new Resultaat(null, null, fouten);
        }
        for (String naam : root.propertyNames()) {
            if (!ROOT.contains(naam)) {
                fout(naam, "onbekend veld");
            }
        }
        String gemeente = tekst(root, "gemeente", "gemeente", true, 6);
        if (gemeente != null && !GEMEENTE.matcher(gemeente).matches()) {
            fout("gemeente", "moet een CBS-gemeentecode zijn, bijvoorbeeld GM0518");
        }
        List<Tarief> eigen = tarieven(root.get("tarieven"));
        Tarieven tarieven = standaard.vervangen(eigen);
        List<Regel> regels = regels(root.get("regels"), tarieven);
        List<Dekking> dekking = dekking(root.get("dekking"));
        if (!fouten.isEmpty()) {
            return new Resultaat(gemeente, null, List.copyOf(fouten));
        }
        return new Resultaat(gemeente, new Ondersteuningsvraag(regels, tarieven, dekking), List.of());
    }

    private List<Regel> regels(JsonNode node, Tarieven tarieven) {
        JsonNode lijst = lijst(node, "regels", true, MAX_REGELS);
        if (lijst == null) {
            return List.of();
        }
        if (lijst.isEmpty()) {
            fout("regels", "geef minstens één regel");
        }
        List<Regel> regels = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Regel r = regel(lijst.get(i), "regels[" + i + "]", tarieven);
            if (r != null) {
                regels.add(r);
            }
        }
        return regels;
    }

    private Regel regel(JsonNode r, String pad, Tarieven tarieven) {
        if (!r.isObject()) {
            fout(pad, "moet een object zijn");
            return null;
        }
        int voor = fouten.size();
        String project = tekst(r, "project", pad + ".project", true, MAX_NAAM);
        String soortCode = tekst(r, "soort", pad + ".soort", true, 40);
        String dienst = tekst(r, "dienst", pad + ".dienst", true, MAX_DIENST);
        Ondersteuningssoort soort = null;
        if (soortCode != null) {
            try {
                soort = Ondersteuningssoort.valueOf(soortCode);
            } catch (IllegalArgumentException e) {
                fout(pad + ".soort", "onbekende soort '" + soortCode + "'; mogelijk: " + namen(
                        Ondersteuningssoort.values()));
            }
        }
        // with an unknown soort every field any soort knows is still judged on its own
        Set<String> bekend = new LinkedHashSet<>(List.of("project", "soort", "dienst"));
        if (soort != null) {
            bekend.addAll(VELDEN.get(soort));
        } else {
            VELDEN.values().forEach(bekend::addAll);
        }
        for (String veld : r.propertyNames()) {
            if (!bekend.contains(veld)) {
                boolean elders = VELDEN.values().stream().anyMatch(v -> v.contains(veld));
                fout(pad + "." + veld, elders ? "hoort niet bij een regel van soort " + soortCode : "onbekend veld");
            }
        }
        boolean kent = soort != null;
        Wonen wonen = bekend.contains("wonen") ? wonen(r.get("wonen"), pad + ".wonen", kent) : null;
        Long personen = bekend.contains("personen") ? geheel(r.get("personen"), pad + ".personen", kent) : null;
        BigDecimal perJaar = bekend.contains("bedragPerJaar") ? bedrag(r.get("bedragPerJaar"), pad + ".bedragPerJaar",
                kent) : null;
        Kwartaal kwartaal = bekend.contains("kwartaal") ? kwartaal(r.get("kwartaal"), pad + ".kwartaal", kent) : null;
        Kwartaal van = bekend.contains("vanKwartaal") ? kwartaal(r.get("vanKwartaal"), pad + ".vanKwartaal", kent)
                : null;
        Kwartaal tot = bekend.contains("totKwartaal") ? kwartaal(r.get("totKwartaal"), pad + ".totKwartaal", kent)
                : null;
        if (van != null && tot != null) {
            if (tot.compareTo(van) < 0) {
                fout(pad + ".totKwartaal", "ligt voor vanKwartaal (" + van + ")");
            } else if ((tot.jaar() - van.jaar()) * 4 + tot.nummer() - van.nummer() + 1 > MAX_KWARTALEN) {
                fout(pad + ".totKwartaal", "hoogstens " + MAX_KWARTALEN / 4 + " jaar na vanKwartaal (" + van + ")");
            }
        }
        if (soort == Ondersteuningssoort.WOONBEGELEIDING && wonen != null && van != null) {
            tariefNodig(tarieven, Tariefsoort.woonbegeleiding(wonen), van.eersteDag(), pad + ".vanKwartaal");
        }
        if (soort == Ondersteuningssoort.DOORSTROOMBEGELEIDING && kwartaal != null) {
            tariefNodig(tarieven, Tariefsoort.DOORSTROOMBEGELEIDING, kwartaal.eersteDag(), pad + ".kwartaal");
        }
        if (soort == null || fouten.size() > voor) {
            return null;
        }
        return switch (soort) {
            case WOONBEGELEIDING -> new Regel.Woonbegeleiding(project, dienst, wonen, personen, van, tot);
            case DOORSTROOMBEGELEIDING -> new Regel.Doorstroombegeleiding(project, dienst, personen, kwartaal);
            case LOCATIEMANAGEMENT -> new Regel.Locatiemanagement(project, dienst, perJaar, van, tot);
            case MAATSCHAPPELIJKE_BEGELEIDING, TRAJECTBEGELEIDING ->
                    new Regel.ZonderKosten(project, dienst, soort, personen, van, tot);
        };
    }

    /** Tariffs only start, never end: a tariff on the first day needed covers every later day. */
    private void tariefNodig(Tarieven tarieven, Tariefsoort soort, LocalDate dag, String pad) {
        if (tarieven.geldig(soort, dag).isEmpty()) {
            fout(pad, "er is geen tarief " + soort + " dat geldt op " + Weergave.dag(dag));
        }
    }

    private List<Tarief> tarieven(JsonNode node) {
        JsonNode lijst = lijst(node, "tarieven", false, MAX_TARIEVEN);
        if (lijst == null) {
            return List.of();
        }
        List<Tarief> tarieven = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "tarieven[" + i + "]";
            JsonNode t = lijst.get(i);
            if (!t.isObject()) {
                fout(pad, "moet een object zijn");
                continue;
            }
            int voor = fouten.size();
            for (String veld : t.propertyNames()) {
                if (!TARIEF.contains(veld)) {
                    fout(pad + "." + veld, "onbekend veld");
                }
            }
            String code = tekst(t, "soort", pad + ".soort", true, 40);
            Tariefsoort soort = null;
            if (code != null) {
                try {
                    soort = Tariefsoort.valueOf(code);
                } catch (IllegalArgumentException e) {
                    fout(pad + ".soort", "onbekende tariefsoort '" + code + "'; mogelijk: "
                            + namen(Tariefsoort.values()));
                }
            }
            BigDecimal bedrag = bedrag(t.get("bedrag"), pad + ".bedrag", true);
            LocalDate vanaf = datum(t.get("geldigVanaf"), pad + ".geldigVanaf");
            if (soort != null && vanaf != null && !gezien.add(soort + " " + vanaf)) {
                fout(pad + ".geldigVanaf", "er is al een tarief " + soort + " vanaf " + vanaf);
            }
            if (fouten.size() == voor) {
                tarieven.add(new Tarief(soort, bedrag, vanaf, null));
            }
        }
        return tarieven;
    }

    private List<Dekking> dekking(JsonNode node) {
        JsonNode lijst = lijst(node, "dekking", false, MAX_DEKKING);
        if (lijst == null) {
            return List.of();
        }
        List<Dekking> dekking = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "dekking[" + i + "]";
            JsonNode d = lijst.get(i);
            if (!d.isObject()) {
                fout(pad, "moet een object zijn");
                continue;
            }
            int voor = fouten.size();
            for (String veld : d.propertyNames()) {
                if (!DEKKING.contains(veld)) {
                    fout(pad + "." + veld, "onbekend veld");
                }
            }
            Long jaar = geheel(d.get("jaar"), pad + ".jaar", true);
            if (jaar != null && (jaar < 1900 || jaar > 2999)) {
                fout(pad + ".jaar", "moet een jaar zijn van 1900 tot en met 2999");
            }
            String bron = tekst(d, "bron", pad + ".bron", true, MAX_NAAM);
            BigDecimal bedrag = bedrag(d.get("bedrag"), pad + ".bedrag", true);
            tekst(d, "dienst", pad + ".dienst", false, MAX_DIENST);
            if (fouten.size() == voor) {
                dekking.add(new Dekking(jaar.intValue(), bron, bedrag));
            }
        }
        return dekking;
    }

    private JsonNode lijst(JsonNode node, String pad, boolean verplicht, int max) {
        if (node == null || node.isNull()) {
            if (verplicht) {
                fout(pad, "verplicht");
            }
            return null;
        }
        if (!node.isArray()) {
            fout(pad, "moet een lijst zijn");
            return null;
        }
        if (node.size() > max) {
            fout(pad, "hoogstens " + max + " (nu " + node.size() + ")");
            return null;
        }
        return node;
    }

    private Wonen wonen(JsonNode node, String pad, boolean verplicht) {
        String code = tekst(node, pad, verplicht);
        if (code == null) {
            return null;
        }
        try {
            return Wonen.valueOf(code);
        } catch (IllegalArgumentException e) {
            fout(pad, "onbekende woonvorm '" + code + "'; mogelijk: " + namen(Wonen.values()));
            return null;
        }
    }

    private Kwartaal kwartaal(JsonNode node, String pad, boolean verplicht) {
        String tekst = tekst(node, pad, verplicht);
        if (tekst == null) {
            return null;
        }
        Kwartaal k = Kwartaal.parse(tekst).orElse(null);
        if (k == null) {
            fout(pad, "moet een kwartaal zijn in de vorm JJJJ-Qn, bijvoorbeeld 2022-Q4");
        } else if (k.jaar() < 1900 || k.jaar() > 2999) {
            fout(pad, "moet in de jaren 1900 tot en met 2999 liggen");
            return null;
        }
        return k;
    }

    private Long geheel(JsonNode node, String pad, boolean verplicht) {
        BigDecimal value = getal(node, pad, verplicht, BigDecimal.valueOf(MAX_PERSONEN));
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            fout(pad, "moet een geheel getal zijn");
            return null;
        }
        return value.longValueExact();
    }

    /** An amount in euros: 0 or more, at most two decimals. */
    private BigDecimal bedrag(JsonNode node, String pad, boolean verplicht) {
        BigDecimal value = getal(node, pad, verplicht, MAX_BEDRAG);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            fout(pad, "moet een bedrag in euro zijn, op de cent (hoogstens 2 decimalen)");
            return null;
        }
        return value.setScale(2);
    }

    private BigDecimal getal(JsonNode node, String pad, boolean verplicht, BigDecimal max) {
        if (node == null || node.isNull()) {
            if (verplicht) {
                fout(pad, "verplicht");
            }
            return null;
        }
        if (!node.isNumber()) {
            fout(pad, "moet een getal zijn");
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() < 0) {
            fout(pad, "mag niet negatief zijn");
            return null;
        }
        if (value.compareTo(max) > 0) {
            fout(pad, "mag hoogstens " + max.toPlainString() + " zijn");
            return null;
        }
        return value;
    }

    private LocalDate datum(JsonNode node, String pad) {
        String tekst = tekst(node, pad, true);
        if (tekst == null) {
            return null;
        }
        try {
            return IsoDatum.parse(tekst);
        } catch (DateTimeParseException e) {
            fout(pad, "moet een datum zijn in de vorm JJJJ-MM-DD");
            return null;
        }
    }

    private String tekst(JsonNode parent, String veld, String pad, boolean verplicht, int maxLengte) {
        String value = tekst(parent.get(veld), pad, verplicht);
        if (value != null && value.length() > maxLengte) {
            fout(pad, "mag hoogstens " + maxLengte + " tekens lang zijn");
            return null;
        }
        return value;
    }

    private String tekst(JsonNode node, String pad, boolean verplicht) {
        if (node == null || node.isNull()) {
            if (verplicht) {
                fout(pad, "verplicht");
            }
            return null;
        }
        if (!node.isString()) {
            fout(pad, "moet tekst zijn");
            return null;
        }
        String value = node.stringValue();
        if (value.isBlank()) {
            fout(pad, "mag niet leeg zijn");
            return null;
        }
        if (value.indexOf(0) >= 0) {
            fout(pad, "bevat een teken dat niet is toegestaan (NUL, \\u0000)");
            return null;
        }
        return value.strip();
    }

    private static String namen(Enum<?>[] waarden) {
        List<String> namen = new ArrayList<>();
        for (Enum<?> e : waarden) {
            namen.add(e.name());
        }
        return String.join(", ", namen);
    }

    private void fout(String naam, String reden) {
        fouten.add(new InvalidParam(naam, reden));
    }
}
