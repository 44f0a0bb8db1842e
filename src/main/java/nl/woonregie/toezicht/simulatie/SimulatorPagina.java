package nl.woonregie.toezicht.simulatie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The what-if simulator as a form (public, like the API): figures per period in, the outcome per peildatum with
 * its motivering out. The form is turned into the API's request and validated by the same reader, so the page and
 * the API can never disagree.
 */
@Controller
class SimulatorPagina {

    static final int MAX_PERIODEN = 12;
    private static final String[] VELDEN = {"periode", "taakstelling", "saldoIn", "gehuisvest", "koppelingen",
        "koppelingenVoldoende", "gehuisvestCoa", "huurcontracten", "gehuisvestCoaDefinitief", "omkoppelingen",
        "stapelgemeenteMaanden", "stapelgemeenteLaatsteMaand", "verschoonbareReden"};

    private final BeleidskaderRegister kaders;
    private final JsonMapper json = JsonMapper.builder().build();

    SimulatorPagina(BeleidskaderRegister kaders) {
        this.kaders = kaders;
    }

    @GetMapping("/simulator")
    String formulier(Model model) {
        Map<String, String> w = new HashMap<>();
        w.put("beleidskader", "zuid-holland-2020");
        w.put("startTrede", "0");
        w.put("gemeente", "GM0518");
        String[][] voorbeeld = {
            {"2020-II", "197", "2", "64", "188", "", "199", "1", "", "1", "0", "", ""},
            {"2021-I", "418", "", "106", "", "false", "223", "0", "", "0", "0", "", ""},
            {"2021-II", "340", "", "172", "407", "", "", "", "", "", "", "", ""}};
        for (int i = 0; i < voorbeeld.length; i++) {
            for (int v = 0; v < VELDEN.length; v++) {
                w.put("p" + i + "." + VELDEN[v], voorbeeld[i][v]);
            }
        }
        vul(model, w, voorbeeld.length, Map.of(), null);
        return "toezicht/simulator";
    }

    @PostMapping("/simulator")
    String bereken(HttpServletRequest request, Model model) {
        Map<String, String> w = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> w.put(k, v.length == 0 ? "" : v[0].strip()));
        int aantal = Math.max(1, Math.min(MAX_PERIODEN, geheel(w.get("aantal"), 3)));
        String actie = w.getOrDefault("actie", "bereken");
        if (actie.equals("toevoegen") && aantal < MAX_PERIODEN) {
            Periode laatste = Periode.parse(w.get("p" + (aantal - 1) + ".periode")).orElse(null);
            w.put("p" + aantal + ".periode", laatste == null ? "" : laatste.volgende().code());
            aantal++;
            vul(model, w, aantal, Map.of(), null);
            return "toezicht/simulator";
        }
        if (actie.equals("verwijderen") && aantal > 1) {
            aantal--;
            vul(model, w, aantal, Map.of(), null);
            return "toezicht/simulator";
        }
        ObjectNode verzoek = json.createObjectNode();
        verzoek.put("beleidskader", w.getOrDefault("beleidskader", ""));
        if (!w.getOrDefault("gemeente", "").isEmpty()) {
            verzoek.put("gemeente", w.get("gemeente"));
        }
        verzoek.put("startTrede", w.getOrDefault("startTrede", "0"));
        ArrayNode perioden = verzoek.putArray("perioden");
        for (int i = 0; i < aantal; i++) {
            String p = "p" + i + ".";
            ObjectNode n = perioden.addObject();
            n.put("periode", w.getOrDefault(p + "periode", ""));
            getal(n, "taakstelling", w.get(p + "taakstelling"), true);
            getal(n, "saldoIn", w.get(p + "saldoIn"), false);
            if (!w.getOrDefault(p + "gehuisvest", "").isEmpty()) {
                ObjectNode t = n.putObject("tussenstand");
                getal(t, "gehuisvest", w.get(p + "gehuisvest"), true);
                getal(t, "koppelingen", w.get(p + "koppelingen"), false);
                String oordeel = w.getOrDefault(p + "koppelingenVoldoende", "");
                if (!oordeel.isEmpty()) {
                    t.put("koppelingenVoldoende", Boolean.parseBoolean(oordeel));
                }
            }
            if (!w.getOrDefault(p + "gehuisvestCoa", "").isEmpty()) {
                ObjectNode e = n.putObject("eindstand");
                getal(e, "gehuisvestCoa", w.get(p + "gehuisvestCoa"), true);
                getal(e, "huurcontracten", w.get(p + "huurcontracten"), false);
                getal(e, "gehuisvestCoaDefinitief", w.get(p + "gehuisvestCoaDefinitief"), false);
                getal(e, "omkoppelingen", w.get(p + "omkoppelingen"), false);
                getal(e, "stapelgemeenteMaanden", w.get(p + "stapelgemeenteMaanden"), false);
                if ("true".equals(w.get(p + "stapelgemeenteLaatsteMaand"))) {
                    e.put("stapelgemeenteLaatsteMaand", true);
                }
                if (!w.getOrDefault(p + "verschoonbareReden", "").isEmpty()) {
                    e.put("verschoonbareReden", w.get(p + "verschoonbareReden"));
                }
            }
        }
        SimulatieVerzoekLezer.Resultaat r = new SimulatieVerzoekLezer(kaders::vind).lees(verzoek);
        Map<String, String> fouten = new LinkedHashMap<>();
        for (InvalidParam f : r.fouten()) {
            fouten.put(veldId(f.name()), f.reason());
        }
        SimulatieAntwoord antwoord = null;
        if (fouten.isEmpty()) {
            antwoord = SimulatieAntwoord.van(r.verzoek().beleidskader(), r.verzoek().gemeente(),
                    ToezichtEngine.beoordeel(r.kader(), SimulatieController.naarDossier(r.verzoek(), r)));
        }
        vul(model, w, aantal, fouten, antwoord);
        return "toezicht/simulator";
    }

    /** {@code perioden[1].eindstand.gehuisvestCoa} → {@code p1.gehuisvestCoa} (the id of the form field). */
    static String veldId(String pad) {
        if (!pad.startsWith("perioden[")) {
            return pad;
        }
        int sluit = pad.indexOf(']');
        String index = pad.substring("perioden[".length(), sluit);
        String rest = pad.length() > sluit + 2 ? pad.substring(sluit + 2) : "periode";
        rest = rest.replace("tussenstand.", "").replace("eindstand.", "");
        if (rest.equals("tussenstand") || rest.equals("eindstand")) {
            rest = rest.equals("tussenstand") ? "gehuisvest" : "gehuisvestCoa";
        }
        return "p" + index + "." + rest;
    }

    private void vul(Model model, Map<String, String> waarden, int aantal, Map<String, String> fouten,
            SimulatieAntwoord antwoord) {
        model.addAttribute("w", waarden);
        model.addAttribute("aantal", aantal);
        List<Integer> indexen = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            indexen.add(i);
        }
        model.addAttribute("indexen", indexen);
        model.addAttribute("fouten", fouten);
        model.addAttribute("antwoord", antwoord);
        model.addAttribute("kaders", kaders.alle());
        model.addAttribute("maxPerioden", MAX_PERIODEN);
    }

    private static void getal(ObjectNode n, String veld, String waarde, boolean verplicht) {
        if (waarde == null || waarde.isEmpty()) {
            if (verplicht) {
                n.putNull(veld);
            }
            return;
        }
        try {
            n.put(veld, Long.parseLong(waarde.replace(".", "")));
        } catch (NumberFormatException e) {
            n.put(veld, waarde); // the reader reports it as "moet een geheel getal zijn"
        }
    }

    private static int geheel(String waarde, int standaard) {
        try {
            return Integer.parseInt(waarde);
        } catch (NumberFormatException | NullPointerException e) {
            return standaard;
        }
    }
}
