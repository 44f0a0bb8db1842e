package nl.woonregie.aanbod.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.woonregie.aanbod.prognose.Bron;
import nl.woonregie.aanbod.prognose.Bronsoort;
import nl.woonregie.aanbod.prognose.Prognosevraag;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.JsonVelden;
import nl.woonregie.toezicht.regels.Periode;
import tools.jackson.databind.JsonNode;

/**
 * Reads a what-if request of the forecast ({@code POST /api/v1/aanbod/prognoses}) from its JSON tree, collecting
 * <em>every</em> invalid field (never stopping at the first): an unknown field, a wrong type, a period that is not
 * {@code JJJJ-I}/{@code JJJJ-II}, a peildatum outside the period and not the day before it, an unknown {@code soort},
 * a negative number, a {@code bezetting} or {@code maxAandeel} not above zero, a TEMPO {@code tot} before its
 * {@code vanaf}, a field the source's soort requires missing or one it does not know. A valid request becomes the
 * model's {@link Prognosevraag}, with the dated defaults of {@link Prognoseparameters} filled in.
 *
 * <p>A source date before the peildatum or after the period is not an error: the model counts only its days inside.
 */
public final class PrognoseVerzoekLezer {

    public static final int MAX_BRONNEN = 200;
    static final long MAX_AANTAL = 10_000_000L;
    static final int MAX_DECIMALEN = 4;
    static final int MAX_NAAM = 200;
    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");

    private static final Set<String> ROOT = Set.of("gemeente", "periode", "opgave", "additioneleOpgave", "peildatum",
            "gehuisvest", "bronnen");
    /** The fields of each soort, besides {@code soort} and {@code naam}. */
    private static final java.util.Map<Bronsoort, Set<String>> VELDEN = java.util.Map.of(
            Bronsoort.CORPORATIE, Set.of("jaar", "personen", "woningen", "bezetting", "verwachteVerhuringen",
                    "maxAandeel"),
            Bronsoort.PROJECT, Set.of("plaatsen", "startInhuizing", "perWeek"),
            Bronsoort.EENMALIG, Set.of("datum", "personen"),
            Bronsoort.TEMPO, Set.of("perWeek", "vanaf", "tot"));

    /** The validated request, or every reason why it is not valid. */
    public record Resultaat(String gemeente, Prognosevraag vraag, List<InvalidParam> fouten) {
    }

    private final Prognoseparameters parameters;
    private final JsonVelden velden = new JsonVelden();
    private final List<InvalidParam> fouten = velden.fouten();

    public PrognoseVerzoekLezer(Prognoseparameters parameters) {
        this.parameters = parameters;
    }

    public Resultaat lees(JsonNode root) {
        if (root == null || !root.isObject()) {
            velden.fout("body", "moet een JSON-object zijn");
            return new Resultaat(null, null, fouten);
        }
        velden.onbekendeVelden(root, ROOT, "");
        String gemeente = velden.tekst(root, "gemeente", "gemeente", false, 6);
        if (gemeente != null && !GEMEENTE.matcher(gemeente).matches()) {
            velden.fout("gemeente", "moet een CBS-gemeentecode zijn, bijvoorbeeld GM0518");
        }
        String code = velden.tekst(root, "periode", "periode", true, 10);
        Periode periode = null;
        if (code != null) {
            periode = Periode.parse(code).orElse(null);
            if (periode == null) {
                velden.fout("periode", "moet de vorm JJJJ-I of JJJJ-II hebben, bijvoorbeeld 2022-II");
            }
        }
        Long opgave = geheel(root.get("opgave"), "opgave", true);
        Long additioneel = geheel(root.get("additioneleOpgave"), "additioneleOpgave", false);
        LocalDate peildatum = velden.datum(root.get("peildatum"), "peildatum", true);
        if (peildatum != null && periode != null && (peildatum.isBefore(periode.eersteDag().minusDays(1))
                || peildatum.isAfter(periode.laatsteDag()))) {
            velden.fout("peildatum", "moet in " + periode + " liggen (" + periode.eersteDag() + " tot en met "
                    + periode.laatsteDag() + ") of de dag ervoor zijn (" + periode.eersteDag().minusDays(1) + ")");
        }
        Long gehuisvest = geheel(root.get("gehuisvest"), "gehuisvest", true);
        List<Bron> bronnen = bronnen(root.get("bronnen"), periode);
        if (!fouten.isEmpty()) {
            return new Resultaat(gemeente, null, fouten);
        }
        return new Resultaat(gemeente, new Prognosevraag(periode, opgave, additioneel, peildatum, gehuisvest, bronnen),
                List.of());
    }

    private List<Bron> bronnen(JsonNode node, Periode periode) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            velden.fout("bronnen", "moet een lijst zijn");
            return List.of();
        }
        if (node.size() > MAX_BRONNEN) {
            velden.fout("bronnen", "hoogstens " + MAX_BRONNEN + " bronnen (nu " + node.size() + ")");
            return List.of();
        }
        List<Bron> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            Bron bron = bron(node.get(i), "bronnen[" + i + "]", periode);
            if (bron != null) {
                result.add(bron);
            }
        }
        return result;
    }

    private Bron bron(JsonNode b, String pad, Periode periode) {
        if (!b.isObject()) {
            velden.fout(pad, "moet een object zijn");
            return null;
        }
        String soortCode = velden.tekst(b, "soort", pad + ".soort", true, 20);
        Bronsoort soort = null;
        if (soortCode != null) {
            try {
                soort = Bronsoort.valueOf(soortCode);
            } catch (IllegalArgumentException e) {
                velden.fout(pad + ".soort", "onbekende soort '" + soortCode + "'; mogelijk: CORPORATIE, PROJECT, "
                        + "EENMALIG of TEMPO");
            }
        }
        String naam = velden.tekst(b, "naam", pad + ".naam", true, MAX_NAAM);
        // every field any soort knows is judged on its own (so an unknown soort still has its numbers named)
        Set<String> bekend = new LinkedHashSet<>(List.of("soort", "naam"));
        if (soort != null) {
            bekend.addAll(VELDEN.get(soort));
        } else {
            VELDEN.values().forEach(bekend::addAll);
        }
        for (String veld : b.propertyNames()) {
            if (!bekend.contains(veld)) {
                boolean elders = VELDEN.values().stream().anyMatch(v -> v.contains(veld));
                velden.fout(pad + "." + veld, elders ? "hoort niet bij een bron van soort " + soortCode : "onbekend veld");
            }
        }
        int aantalFouten = fouten.size();
        Long jaar = bekend.contains("jaar") ? jaar(b.get("jaar"), pad + ".jaar", soort == Bronsoort.CORPORATIE)
                : null;
        Long personen = bekend.contains("personen") ? geheel(b.get("personen"), pad + ".personen",
                soort == Bronsoort.EENMALIG) : null;
        Long woningen = bekend.contains("woningen") ? geheel(b.get("woningen"), pad + ".woningen", false) : null;
        BigDecimal bezetting = bekend.contains("bezetting") ? positief(b.get("bezetting"), pad + ".bezetting") : null;
        Long verhuringen = bekend.contains("verwachteVerhuringen")
                ? geheel(b.get("verwachteVerhuringen"), pad + ".verwachteVerhuringen", false) : null;
        BigDecimal maxAandeel = bekend.contains("maxAandeel") ? positief(b.get("maxAandeel"), pad + ".maxAandeel")
                : null;
        if (maxAandeel != null && maxAandeel.compareTo(BigDecimal.ONE) > 0) {
            velden.fout(pad + ".maxAandeel", "is een aandeel van hoogstens 1 (10 % is 0.10)");
        }
        Long plaatsen = bekend.contains("plaatsen") ? geheel(b.get("plaatsen"), pad + ".plaatsen",
                soort == Bronsoort.PROJECT) : null;
        LocalDate start = bekend.contains("startInhuizing") ? velden.datum(b.get("startInhuizing"), pad + ".startInhuizing",
                soort == Bronsoort.PROJECT) : null;
        BigDecimal perWeek = bekend.contains("perWeek") ? decimaal(b.get("perWeek"), pad + ".perWeek",
                soort == Bronsoort.TEMPO) : null;
        LocalDate dag = bekend.contains("datum") ? velden.datum(b.get("datum"), pad + ".datum", soort == Bronsoort.EENMALIG)
                : null;
        LocalDate vanaf = bekend.contains("vanaf") ? velden.datum(b.get("vanaf"), pad + ".vanaf", false) : null;
        LocalDate tot = bekend.contains("tot") ? velden.datum(b.get("tot"), pad + ".tot", false) : null;
        if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
            velden.fout(pad + ".tot", "ligt voor vanaf (" + vanaf + ")");
        }
        if (soort == Bronsoort.CORPORATIE && aanwezig(b, "personen") == aanwezig(b, "woningen")) {
            velden.fout(pad + (aanwezig(b, "woningen") ? ".woningen" : ".personen"),
                    aanwezig(b, "woningen") ? "geef personen of woningen, niet allebei"
                            : "verplicht: personen, of woningen (met bezetting)");
        }
        if (soort == null || naam == null || fouten.size() > aantalFouten || periode == null) {
            return null;
        }
        return switch (soort) {
            case CORPORATIE -> new Bron.Corporatie(naam, jaar.intValue(), personen, woningen,
                    bezetting != null ? bezetting : standaard(parameters.bezetting(periode), "bezetting"),
                    verhuringen,
                    maxAandeel != null ? maxAandeel : standaard(parameters.maxAandeel(periode), "maxAandeel"));
            case PROJECT -> new Bron.Project(naam, plaatsen, start, perWeek);
            case EENMALIG -> new Bron.Eenmalig(naam, dag, personen);
            case TEMPO -> new Bron.Tempo(naam, perWeek, vanaf, tot);
        };
    }

    private static BigDecimal standaard(java.util.Optional<nl.woonregie.platform.core.GedateerdeParameters.Waarde<BigDecimal>> waarde, String naam) {
        return waarde.map(nl.woonregie.platform.core.GedateerdeParameters.Waarde::waarde).orElseThrow(() -> new IllegalStateException(
                Prognoseparameters.BESTAND + " heeft geen " + naam + " voor deze periode"));
    }

    private static boolean aanwezig(JsonNode node, String veld) {
        return node.hasNonNull(veld);
    }

    private Long jaar(JsonNode node, String pad, boolean verplicht) {
        Long jaar = geheel(node, pad, verplicht);
        if (jaar != null && (jaar < 1900 || jaar > 2999)) {
            velden.fout(pad, "moet een jaar zijn van 1900 tot en met 2999");
            return null;
        }
        return jaar;
    }

    private Long geheel(JsonNode node, String pad, boolean verplicht) {
        return velden.geheel(node, pad, verplicht, 0, MAX_AANTAL);
    }

    private BigDecimal decimaal(JsonNode node, String pad, boolean verplicht) {
        BigDecimal value = velden.getal(node, pad, verplicht, MAX_AANTAL);
        if (value != null && value.stripTrailingZeros().scale() > MAX_DECIMALEN) {
            velden.fout(pad, "hoogstens " + MAX_DECIMALEN + " decimalen");
            return null;
        }
        return value == null ? null : value.stripTrailingZeros();
    }

    /** A bezetting or maxAandeel: optional, and above zero when given. */
    private BigDecimal positief(JsonNode node, String pad) {
        if (node != null && node.isNumber() && node.decimalValue().signum() <= 0) {
            velden.fout(pad, "moet groter dan 0 zijn");
            return null;
        }
        return decimaal(node, pad, false);
    }
}
