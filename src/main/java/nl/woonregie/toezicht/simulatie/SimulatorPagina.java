package nl.woonregie.toezicht.simulatie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The what-if simulator as a form (public, like the API): figures per period in, the outcome per peildatum with
 * its motivering out. The form record is turned into the API's request and judged by the same service
 * ({@link SimulatieService}), so the page and the API can never disagree; its invalid fields (named as in the API,
 * {@code perioden[1].tussenstand.gehuisvest}) are the form's own property paths.
 */
@Controller
class SimulatorPagina {

    static final int MAX_PERIODEN = 12;

    /** The labels of a period's fields (also for the summary of errors). */
    static final Map<String, String> LABELS = labels();

    private final BeleidskaderRegister kaders;
    private final SimulatieService simulaties;
    private final JsonMapper json = JsonMapper.builder().build();

    SimulatorPagina(BeleidskaderRegister kaders, SimulatieService simulaties) {
        this.kaders = kaders;
        this.simulaties = simulaties;
    }

    /**
     * The form: beleidskader, start step, municipality and 1 to {@value #MAX_PERIODEN} periods, every field as typed;
     * {@code actie} is the button pressed (bereken, toevoegen, verwijderen).
     */
    public record SimulatorFormulier(String beleidskader, String startTrede, String gemeente, String actie,
            List<PeriodeVelden> perioden) {

        public SimulatorFormulier {
            List<PeriodeVelden> lijst = new ArrayList<>();
            if (perioden != null) {
                for (PeriodeVelden p : perioden) {
                    if (lijst.size() < MAX_PERIODEN) {
                        lijst.add(p == null ? PeriodeVelden.leeg(null) : p);
                    }
                }
            }
            if (lijst.isEmpty()) {
                lijst.add(PeriodeVelden.leeg(null));
            }
            perioden = List.copyOf(lijst);
        }
    }

    /** One period: its code and figures, the standing at the mid date and at the end (as in the API's request). */
    public record PeriodeVelden(String periode, String taakstelling, String saldoIn, TussenstandVelden tussenstand,
            EindstandVelden eindstand) {

        public PeriodeVelden {
            tussenstand = tussenstand == null ? new TussenstandVelden(null, null, null) : tussenstand;
            eindstand = eindstand == null ? new EindstandVelden(null, null, null, null, null, null, null) : eindstand;
        }

        static PeriodeVelden leeg(String periode) {
            return new PeriodeVelden(periode, null, null, null, null);
        }
    }

    public record TussenstandVelden(String gehuisvest, String koppelingen, String koppelingenVoldoende) {
    }

    public record EindstandVelden(String gehuisvestCoa, String huurcontracten, String gehuisvestCoaDefinitief,
            String omkoppelingen, String stapelgemeenteMaanden, String stapelgemeenteLaatsteMaand,
            String verschoonbareReden) {
    }

    @GetMapping("/simulator")
    String formulier(Model model) {
        List<PeriodeVelden> voorbeeld = List.of(
                new PeriodeVelden("2020-II", "197", "2", new TussenstandVelden("64", "188", ""),
                        new EindstandVelden("199", "1", "", "1", "0", "", "")),
                new PeriodeVelden("2021-I", "418", "", new TussenstandVelden("106", "", "false"),
                        new EindstandVelden("223", "0", "", "0", "0", "", "")),
                new PeriodeVelden("2021-II", "340", "", new TussenstandVelden("172", "407", ""),
                        new EindstandVelden("", "", "", "", "", "", "")));
        model.addAttribute("simulator", new SimulatorFormulier("zuid-holland-2020", "0", "GM0518", null, voorbeeld));
        vul(model, null);
        return "toezicht/simulator";
    }

    @PostMapping("/simulator")
    String bereken(@ModelAttribute("simulator") SimulatorFormulier f, BindingResult fouten, Model model) {
        String actie = f.actie() == null ? "bereken" : f.actie();
        List<PeriodeVelden> perioden = new ArrayList<>(f.perioden());
        if (actie.equals("toevoegen") && perioden.size() < MAX_PERIODEN) {
            Periode laatste = Periode.parse(schoon(perioden.get(perioden.size() - 1).periode())).orElse(null);
            perioden.add(PeriodeVelden.leeg(laatste == null ? "" : laatste.volgende().code()));
            model.addAttribute("simulator", new SimulatorFormulier(f.beleidskader(), f.startTrede(), f.gemeente(), null,
                    perioden));
            vul(model, null);
            return "toezicht/simulator";
        }
        if (actie.equals("verwijderen") && perioden.size() > 1) {
            perioden.remove(perioden.size() - 1);
            model.addAttribute("simulator", new SimulatorFormulier(f.beleidskader(), f.startTrede(), f.gemeente(), null,
                    perioden));
            vul(model, null);
            return "toezicht/simulator";
        }
        SimulatieAntwoord antwoord = null;
        try {
            antwoord = simulaties.simuleer(verzoek(f));
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e.invalidParams().stream()
                    .map(p -> new InvalidParam(veld(p.name()), p.reason())).toList());
        }
        vul(model, antwoord);
        return "toezicht/simulator";
    }

    /** The form as the API's request: numbers as numbers (a dot groups thousands), empty optional parts left out. */
    private ObjectNode verzoek(SimulatorFormulier f) {
        ObjectNode verzoek = json.createObjectNode();
        verzoek.put("beleidskader", schoon(f.beleidskader()));
        if (!schoon(f.gemeente()).isEmpty()) {
            verzoek.put("gemeente", schoon(f.gemeente()));
        }
        verzoek.put("startTrede", schoon(f.startTrede()).isEmpty() ? "0" : schoon(f.startTrede()));
        ArrayNode perioden = verzoek.putArray("perioden");
        for (PeriodeVelden p : f.perioden()) {
            ObjectNode n = perioden.addObject();
            n.put("periode", schoon(p.periode()));
            getal(n, "taakstelling", p.taakstelling(), true);
            getal(n, "saldoIn", p.saldoIn(), false);
            TussenstandVelden t = p.tussenstand();
            if (!schoon(t.gehuisvest()).isEmpty()) {
                ObjectNode tn = n.putObject("tussenstand");
                getal(tn, "gehuisvest", t.gehuisvest(), true);
                getal(tn, "koppelingen", t.koppelingen(), false);
                if (!schoon(t.koppelingenVoldoende()).isEmpty()) {
                    tn.put("koppelingenVoldoende", Boolean.parseBoolean(schoon(t.koppelingenVoldoende())));
                }
            }
            EindstandVelden e = p.eindstand();
            if (!schoon(e.gehuisvestCoa()).isEmpty()) {
                ObjectNode en = n.putObject("eindstand");
                getal(en, "gehuisvestCoa", e.gehuisvestCoa(), true);
                getal(en, "huurcontracten", e.huurcontracten(), false);
                getal(en, "gehuisvestCoaDefinitief", e.gehuisvestCoaDefinitief(), false);
                getal(en, "omkoppelingen", e.omkoppelingen(), false);
                getal(en, "stapelgemeenteMaanden", e.stapelgemeenteMaanden(), false);
                if ("true".equals(schoon(e.stapelgemeenteLaatsteMaand()))) {
                    en.put("stapelgemeenteLaatsteMaand", true);
                }
                if (!schoon(e.verschoonbareReden()).isEmpty()) {
                    en.put("verschoonbareReden", schoon(e.verschoonbareReden()));
                }
            }
        }
        return verzoek;
    }

    /**
     * The form field of an invalid request field: the same path, except that a period, a standing as a whole or the
     * list of periods is shown at its first field ({@code perioden[1].eindstand} → its {@code gehuisvestCoa}).
     */
    static String veld(String pad) {
        if (pad.matches("perioden\\[\\d+]")) {
            return pad + ".periode";
        }
        if (pad.matches("perioden\\[\\d+]\\.tussenstand")) {
            return pad + ".gehuisvest";
        }
        if (pad.matches("perioden\\[\\d+]\\.eindstand")) {
            return pad + ".gehuisvestCoa";
        }
        return pad;
    }

    /** A field of the form for the summary of errors: the id of its input, and how it is named there. */
    record Veld(String id, String naam) {
    }

    /** The fields of a form with this many periods, by property path ({@code perioden[1].tussenstand.gehuisvest}). */
    static Map<String, Veld> velden(int aantal) {
        Map<String, Veld> velden = new LinkedHashMap<>();
        for (String v : List.of("beleidskader", "startTrede", "gemeente", "perioden")) {
            velden.put(v, new Veld(v.equals("perioden") ? "p0-periode" : v, LABELS.get(v)));
        }
        for (int i = 0; i < aantal; i++) {
            String pad = "perioden[" + i + "].";
            for (String v : List.of("periode", "taakstelling", "saldoIn", "tussenstand.gehuisvest",
                    "tussenstand.koppelingen", "tussenstand.koppelingenVoldoende", "eindstand.gehuisvestCoa",
                    "eindstand.huurcontracten", "eindstand.gehuisvestCoaDefinitief", "eindstand.omkoppelingen",
                    "eindstand.stapelgemeenteMaanden", "eindstand.stapelgemeenteLaatsteMaand",
                    "eindstand.verschoonbareReden")) {
                String kort = v.substring(v.indexOf('.') + 1);
                velden.put(pad + v, new Veld("p" + i + "-" + kort, "Periode " + (i + 1) + ", " + LABELS.get(kort)));
            }
        }
        return velden;
    }

    private void vul(Model model, SimulatieAntwoord antwoord) {
        SimulatorFormulier f = (SimulatorFormulier) model.getAttribute("simulator");
        model.addAttribute("velden", velden(f == null ? 0 : f.perioden().size()));
        model.addAttribute("antwoord", antwoord);
        model.addAttribute("kaders", kaders.alle());
        model.addAttribute("maxPerioden", MAX_PERIODEN);
        model.addAttribute("labels", LABELS);
    }

    private static Map<String, String> labels() {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("beleidskader", "Beleidskader");
        l.put("startTrede", "Trede vóór de eerste peildatum");
        l.put("gemeente", "Gemeentecode");
        l.put("perioden", "Perioden");
        l.put("periode", "Periode (bijv. 2021-I)");
        l.put("taakstelling", "Taakstelling");
        l.put("saldoIn", "Saldo in (+ achterstand, − voorsprong; later: correctie)");
        l.put("gehuisvest", "Gehuisvest");
        l.put("koppelingen", "Koppelingen");
        l.put("koppelingenVoldoende", "Oordeel koppelingen");
        l.put("gehuisvestCoa", "Gehuisvest volgens COA");
        l.put("huurcontracten", "Huurcontracten (personen)");
        l.put("gehuisvestCoaDefinitief", "Definitief COA-cijfer");
        l.put("omkoppelingen", "Omkoppelingen");
        l.put("stapelgemeenteMaanden", "Maanden stapelgemeente");
        l.put("stapelgemeenteLaatsteMaand", "Stapelgemeente in de laatste maand");
        l.put("verschoonbareReden", "Verschoonbare reden");
        return Map.copyOf(l);
    }

    private static void getal(ObjectNode n, String veld, String waarde, boolean verplicht) {
        String w = schoon(waarde);
        if (w.isEmpty()) {
            if (verplicht) {
                n.putNull(veld);
            }
            return;
        }
        try {
            n.put(veld, Long.parseLong(w.replace(".", "")));
        } catch (NumberFormatException e) {
            n.put(veld, w); // the service names it: "moet een geheel getal zijn"
        }
    }

    private static String schoon(String s) {
        return s == null ? "" : s.strip();
    }
}
