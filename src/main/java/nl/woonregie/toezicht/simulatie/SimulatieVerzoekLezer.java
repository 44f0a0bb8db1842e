package nl.woonregie.toezicht.simulatie;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.JsonVelden;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Periode;
import tools.jackson.databind.JsonNode;

/**
 * Validates a what-if request tree field by field, collecting <em>every</em> invalid field (never stopping at the
 * first), and builds the {@link SimulatieVerzoek}. Unknown fields are invalid; so are wrong types, negative
 * counts, malformed or non-consecutive periods, unknown steps and an unknown beleidskader.
 */
final class SimulatieVerzoekLezer {

    static final int MAX_PERIODEN = 40;
    static final int MAX_BESLUITEN = 100;
    static final long MAX_AANTAL = 10_000_000L;
    static final int MAX_TEKST = 2000;
    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");

    private static final Set<String> ROOT = Set.of("beleidskader", "gemeente", "startTrede", "perioden", "besluiten");
    private static final Set<String> PERIODE = Set.of("periode", "taakstelling", "saldoIn", "additioneleOpgave",
            "tussenstand", "eindstand");
    private static final Set<String> TUSSENSTAND = Set.of("gehuisvest", "koppelingen", "koppelingenVoldoende");
    private static final Set<String> EINDSTAND = Set.of("gehuisvestCoa", "huurcontracten", "gehuisvestCoaDefinitief",
            "omkoppelingen", "stapelgemeenteMaanden", "stapelgemeenteLaatsteMaand", "verschoonbareReden");
    private static final Set<String> BESLUIT = Set.of("peildatum", "trede", "motivering");

    /** The validated request, or every reason why it is not valid. */
    record Resultaat(SimulatieVerzoek verzoek, Beleidskader kader, List<InvalidParam> fouten) {
    }

    private final Function<String, Optional<Beleidskader>> kaders;
    private final JsonVelden velden = new JsonVelden();
    private final List<InvalidParam> fouten = velden.fouten();

    SimulatieVerzoekLezer(Function<String, Optional<Beleidskader>> kaders) {
        this.kaders = kaders;
    }

    Resultaat lees(JsonNode root) {
        if (root == null || !root.isObject()) {
            velden.fout("body", "moet een JSON-object zijn");
            return new Resultaat(null, null, fouten);
        }
        velden.onbekendeVelden(root, ROOT, "");
        String kaderId = velden.tekst(root, "beleidskader", "beleidskader", true, 100);
        Beleidskader kader = null;
        if (kaderId != null) {
            kader = kaders.apply(kaderId).orElse(null);
            if (kader == null) {
                velden.fout("beleidskader", "onbekend beleidskader '" + kaderId + "'");
            }
        }
        String gemeente = velden.tekst(root, "gemeente", "gemeente", false, 6);
        if (gemeente != null && !GEMEENTE.matcher(gemeente).matches()) {
            velden.fout("gemeente", "moet een CBS-gemeentecode zijn, bijvoorbeeld GM0518");
        }
        String startTrede = trede(root.get("startTrede"), "startTrede", kader, false);
        List<SimulatieVerzoek.Periode> perioden = perioden(root.get("perioden"), kader);
        List<SimulatieVerzoek.Besluit> besluiten = besluiten(root.get("besluiten"), kader);
        if (!fouten.isEmpty()) {
            return new Resultaat(null, kader, fouten);
        }
        return new Resultaat(new SimulatieVerzoek(kaderId, gemeente, startTrede == null ? "0" : startTrede, perioden,
                besluiten), kader, List.of());
    }

    private List<SimulatieVerzoek.Periode> perioden(JsonNode node, Beleidskader kader) {
        if (node == null || node.isNull()) {
            velden.fout("perioden", "verplicht");
            return List.of();
        }
        if (!node.isArray()) {
            velden.fout("perioden", "moet een lijst zijn");
            return List.of();
        }
        if (node.isEmpty()) {
            velden.fout("perioden", "moet minstens een periode bevatten");
            return List.of();
        }
        if (node.size() > MAX_PERIODEN) {
            velden.fout("perioden", "hoogstens " + MAX_PERIODEN + " perioden (nu " + node.size() + ")");
            return List.of();
        }
        List<SimulatieVerzoek.Periode> result = new ArrayList<>();
        Periode vorige = null;
        for (int i = 0; i < node.size(); i++) {
            String pad = "perioden[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                velden.fout(pad, "moet een object zijn");
                vorige = null;
                continue;
            }
            velden.onbekendeVelden(p, PERIODE, pad + ".");
            String code = velden.tekst(p, "periode", pad + ".periode", true, 10);
            Periode periode = null;
            if (code != null) {
                periode = Periode.parse(code).orElse(null);
                if (periode == null) {
                    velden.fout(pad + ".periode", "moet de vorm JJJJ-I of JJJJ-II hebben, bijvoorbeeld 2021-II");
                } else if (vorige != null && !periode.equals(vorige.volgende())) {
                    velden.fout(pad + ".periode", "sluit niet aan op de vorige periode " + vorige + " (verwacht "
                            + vorige.volgende() + ")");
                }
            }
            vorige = periode;
            Long taakstelling = aantal(p, "taakstelling", pad, true);
            Long saldoIn = velden.geheel(p.get("saldoIn"), pad + ".saldoIn", false, -MAX_AANTAL, MAX_AANTAL);
            Long additioneel = aantal(p, "additioneleOpgave", pad, false);
            SimulatieVerzoek.Tussenstand tussenstand = tussenstand(p.get("tussenstand"), pad + ".tussenstand");
            SimulatieVerzoek.Eindstand eindstand = eindstand(p.get("eindstand"), pad + ".eindstand");
            result.add(new SimulatieVerzoek.Periode(code, taakstelling, saldoIn, additioneel, tussenstand, eindstand));
        }
        for (int i = 0; i + 1 < node.size(); i++) {
            JsonNode huidige = node.get(i);
            JsonNode volgende = node.get(i + 1);
            boolean eindstandGegeven = huidige.isObject() && huidige.hasNonNull("eindstand");
            boolean saldoGegeven = volgende.isObject() && volgende.hasNonNull("saldoIn");
            if (huidige.isObject() && !eindstandGegeven && !saldoGegeven) {
                velden.fout("perioden[" + i + "].eindstand", "verplicht voor een periode die niet de laatste is (of geef "
                        + "perioden[" + (i + 1) + "].saldoIn)");
            }
        }
        return result;
    }

    private SimulatieVerzoek.Tussenstand tussenstand(JsonNode node, String pad) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            velden.fout(pad, "moet een object zijn");
            return null;
        }
        velden.onbekendeVelden(node, TUSSENSTAND, pad + ".");
        Long gehuisvest = aantal(node, "gehuisvest", pad, true);
        Long koppelingen = aantal(node, "koppelingen", pad, false);
        Boolean voldoende = velden.waarOnwaar(node.get("koppelingenVoldoende"), pad + ".koppelingenVoldoende");
        return new SimulatieVerzoek.Tussenstand(gehuisvest, koppelingen, voldoende);
    }

    private SimulatieVerzoek.Eindstand eindstand(JsonNode node, String pad) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            velden.fout(pad, "moet een object zijn");
            return null;
        }
        velden.onbekendeVelden(node, EINDSTAND, pad + ".");
        Long gehuisvestCoa = aantal(node, "gehuisvestCoa", pad, true);
        Long huurcontracten = aantal(node, "huurcontracten", pad, false);
        Long definitief = aantal(node, "gehuisvestCoaDefinitief", pad, false);
        Long omkoppelingen = aantal(node, "omkoppelingen", pad, false);
        Long maanden = velden.geheel(node.get("stapelgemeenteMaanden"), pad + ".stapelgemeenteMaanden", false, 0, 6);
        Boolean laatste = velden.waarOnwaar(node.get("stapelgemeenteLaatsteMaand"), pad + ".stapelgemeenteLaatsteMaand");
        String reden = velden.tekst(node, "verschoonbareReden", pad + ".verschoonbareReden", false, MAX_TEKST);
        return new SimulatieVerzoek.Eindstand(gehuisvestCoa, huurcontracten, definitief, omkoppelingen,
                maanden == null ? null : maanden.intValue(), laatste, reden);
    }

    private List<SimulatieVerzoek.Besluit> besluiten(JsonNode node, Beleidskader kader) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            velden.fout("besluiten", "moet een lijst zijn");
            return List.of();
        }
        if (node.size() > MAX_BESLUITEN) {
            velden.fout("besluiten", "hoogstens " + MAX_BESLUITEN + " besluiten");
            return List.of();
        }
        List<SimulatieVerzoek.Besluit> result = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String pad = "besluiten[" + i + "]";
            JsonNode b = node.get(i);
            if (!b.isObject()) {
                velden.fout(pad, "moet een object zijn");
                continue;
            }
            velden.onbekendeVelden(b, BESLUIT, pad + ".");
            LocalDate peildatum = null;
            String datum = velden.tekst(b, "peildatum", pad + ".peildatum", true, 10);
            if (datum != null) {
                try {
                    peildatum = IsoDatum.parse(datum);
                    if (!Periode.isPeildatum(peildatum)) {
                        velden.fout(pad + ".peildatum", "moet een peildatum zijn: 1 januari, 1 april, 1 juli of 1 oktober");
                    }
                } catch (DateTimeParseException e) {
                    velden.fout(pad + ".peildatum", "moet een datum zijn in de vorm JJJJ-MM-DD");
                }
            }
            String trede = trede(b.get("trede"), pad + ".trede", kader, true);
            String motivering = velden.tekst(b, "motivering", pad + ".motivering", true, MAX_TEKST);
            result.add(new SimulatieVerzoek.Besluit(peildatum, trede, motivering));
        }
        return result;
    }

    private String trede(JsonNode node, String pad, Beleidskader kader, boolean verplicht) {
        if (node == null || node.isNull()) {
            if (verplicht) {
                velden.fout(pad, "verplicht");
            }
            return null;
        }
        String code;
        if (node.isString()) {
            code = node.stringValue();
        } else if (node.isIntegralNumber() && node.canConvertToInt()) {
            code = Integer.toString(node.intValue());
        } else {
            velden.fout(pad, "moet een trede zijn: 0, 1, 2, 3a, 3b, 4, 5 of 6");
            return null;
        }
        boolean bekend = kader != null ? kader.ladder().trede(code).isPresent()
                : Set.of("0", "1", "2", "3", "3a", "3b", "4", "5", "6").contains(code);
        if (!bekend) {
            velden.fout(pad, "onbekende trede '" + code + "'" + (kader == null ? ""
                    : "; mogelijk: " + String.join(", ", kader.ladder().treden().stream()
                            .map(s -> s.trede().code()).toList())));
            return null;
        }
        return code;
    }

    private Long aantal(JsonNode parent, String veld, String pad, boolean verplicht) {
        return velden.geheel(parent.get(veld), pad + "." + veld, verplicht, 0, MAX_AANTAL);
    }
}
