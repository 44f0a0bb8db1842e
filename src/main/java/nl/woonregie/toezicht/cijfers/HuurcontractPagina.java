package nl.woonregie.toezicht.cijfers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality submits the leases of the period just ended, with the rules of its beleidskader explained on the
 * page (start dates in the last days of the period, the deadline after it). The same service as the API checks them.
 */
@Controller
class HuurcontractPagina {

    static final int RIJEN = 5;

    private final Toegang toegang;
    private final GebiedService gebied;
    private final BeleidskaderRegister kaders;
    private final Huurcontracten huurcontracten;
    private final CijferHistorie historie;
    private final JsonMapper json = JsonMapper.builder().build();

    HuurcontractPagina(Toegang toegang, GebiedService gebied, BeleidskaderRegister kaders,
            Huurcontracten huurcontracten, CijferHistorie historie) {
        this.toegang = toegang;
        this.gebied = gebied;
        this.kaders = kaders;
        this.huurcontracten = huurcontracten;
        this.historie = historie;
    }

    @GetMapping("/gemeenten/{code}/huurcontracten")
    String pagina(@PathVariable String code, Model model) {
        toegang.cijfersLezen(code);
        vul(model, code, new LinkedHashMap<>(), Map.of());
        return "toezicht/huurcontracten";
    }

    @PostMapping("/gemeenten/{code}/huurcontracten")
    String dienIn(@PathVariable String code, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huurcontractenIndienen(code);
        Map<String, String> w = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> w.put(k, v.length == 0 ? "" : v[0].strip()));
        Periode periode = periodeNetAfgelopen();
        ObjectNode body = json.createObjectNode();
        body.put("periode", periode.code());
        ArrayNode lijst = body.putArray("huurcontracten");
        List<Integer> rijen = new ArrayList<>();
        for (int i = 0; i < RIJEN; i++) {
            String datum = w.getOrDefault("r" + i + ".ingangsdatum", "");
            String personen = w.getOrDefault("r" + i + ".aantalPersonen", "");
            String referentie = w.getOrDefault("r" + i + ".referentie", "");
            if (datum.isEmpty() && personen.isEmpty() && referentie.isEmpty()) {
                continue;
            }
            ObjectNode c = lijst.addObject();
            c.put("ingangsdatum", datum);
            try {
                c.put("aantalPersonen", Integer.parseInt(personen));
            } catch (NumberFormatException e) {
                c.put("aantalPersonen", personen);
            }
            c.put("referentie", referentie);
            rijen.add(i);
        }
        if (rijen.isEmpty()) {
            vul(model, code, w, Map.of("algemeen", "Vul minstens één huurcontract in."));
            return "toezicht/huurcontracten";
        }
        try {
            huurcontracten.dienIn(code, body, g, Client.van(request));
        } catch (ApiException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            for (InvalidParam p : e.invalidParams()) {
                fouten.put(veld(p.name(), rijen), p.reason());
            }
            if (fouten.isEmpty()) {
                fouten.put("algemeen", e.getMessage());
            }
            vul(model, code, w, fouten);
            return "toezicht/huurcontracten";
        }
        redirect.addFlashAttribute("melding", rijen.size() + (rijen.size() == 1 ? " huurcontract is" : " huurcontracten zijn")
                + " ingediend voor de " + periode.omschrijving() + ".");
        return "redirect:/gemeenten/" + code + "/huurcontracten";
    }

    /** {@code huurcontracten[1].ingangsdatum} → {@code r<row>.ingangsdatum} of the form row that became item 1. */
    static String veld(String pad, List<Integer> rijen) {
        if (pad.startsWith("huurcontracten[")) {
            int sluit = pad.indexOf(']');
            int item = Integer.parseInt(pad.substring("huurcontracten[".length(), sluit));
            String rest = sluit + 2 <= pad.length() ? pad.substring(Math.min(pad.length(), sluit + 2)) : "";
            return "r" + rijen.get(item) + "." + (rest.isEmpty() ? "referentie" : rest);
        }
        return pad.equals("periode") ? "algemeen" : pad;
    }

    private Periode periodeNetAfgelopen() {
        return Periode.van(gebied.vandaag()).vorige();
    }

    private void vul(Model model, String code, Map<String, String> waarden, Map<String, String> fouten) {
        Gemeente gemeente = gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Onbekende gemeente."));
        Periode periode = periodeNetAfgelopen();
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("periode", periode);
        Beleidskader kader = kaders.voorProvincie(gemeente.provincie().code(), periode.laatsteDag()).orElse(null);
        model.addAttribute("kader", kader);
        if (kader != null) {
            LocalDate vanaf = periode.laatsteDag().minusDays(kader.huurcontractenDagenVoorEinde() - 1L);
            LocalDate uiterlijk = periode.laatsteDag().plusDays(kader.huurcontractenIndientermijnDagen());
            model.addAttribute("vanaf", vanaf);
            model.addAttribute("uiterlijk", uiterlijk);
            model.addAttribute("open", !gebied.vandaag().isAfter(uiterlijk));
        } else {
            model.addAttribute("open", false);
        }
        model.addAttribute("ingediend", historie.huurcontracten(code, periode.code()));
        model.addAttribute("w", waarden);
        model.addAttribute("fouten", fouten);
        List<Integer> rijen = new ArrayList<>();
        for (int i = 0; i < RIJEN; i++) {
            rijen.add(i);
        }
        model.addAttribute("rijen", rijen);
    }
}
