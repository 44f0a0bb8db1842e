package nl.woonregie.toezicht.cijfers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.document.Documenten;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A municipality submits the leases of the period whose window is open (R14: from the first of the period's last
 * days up to and including the deadline after it, {@link Huurcontracten#huidigeTermijn}), with the window and the
 * deadline in Dutch dates; outside any window the page says when the next opens and shows no form. The same service as the API checks
 * access and the leases ({@link Huurcontracten}); its invalid fields are shown at the rows of the form.
 */
@Controller
class HuurcontractPagina {

    static final int RIJEN = 5;
    private static final Pattern ITEM = Pattern.compile("huurcontracten\\[(\\d+)]");

    private final Toegang toegang;
    private final GebiedService gebied;
    private final Huurcontracten huurcontracten;
    private final CijferHistorie historie;
    private final Documenten documenten;
    private final JsonMapper json = JsonMapper.builder().build();

    HuurcontractPagina(Toegang toegang, GebiedService gebied, Huurcontracten huurcontracten, CijferHistorie historie,
            Documenten documenten) {
        this.documenten = documenten;
        this.toegang = toegang;
        this.gebied = gebied;
        this.huurcontracten = huurcontracten;
        this.historie = historie;
    }

    /** The form: always {@value #RIJEN} rows of leases (a row the request did not send is empty; empty rows are skipped). */
    public record HuurcontractFormulier(List<Rij> huurcontracten) {

        public HuurcontractFormulier {
            List<Rij> rijen = new ArrayList<>();
            for (int i = 0; i < RIJEN; i++) {
                Rij r = huurcontracten != null && i < huurcontracten.size() ? huurcontracten.get(i) : null;
                rijen.add(r == null ? new Rij(null, null, null) : r);
            }
            huurcontracten = List.copyOf(rijen);
        }

        static HuurcontractFormulier leeg() {
            return new HuurcontractFormulier(null);
        }
    }

    /** One lease as typed: start date (JJJJ-MM-DD, from the date field), number of persons, reference. */
    public record Rij(String ingangsdatum, String aantalPersonen, String referentie) {

        boolean leeg() {
            return schoon(ingangsdatum).isEmpty() && schoon(aantalPersonen).isEmpty() && schoon(referentie).isEmpty();
        }
    }

    @GetMapping("/gemeenten/{code}/huurcontracten")
    String pagina(@PathVariable String code, Model model) {
        Gebruiker g = toegang.cijfersLezen(code);
        model.addAttribute("indiening", HuurcontractFormulier.leeg());
        vul(model, code, g);
        return "toezicht/huurcontracten";
    }

    @PostMapping("/gemeenten/{code}/huurcontracten")
    String dienIn(@PathVariable String code, @ModelAttribute("indiening") HuurcontractFormulier f,
            BindingResult fouten, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Periode periode = periode(code);
        ObjectNode body = json.createObjectNode();
        body.put("periode", periode.code());
        ArrayNode lijst = body.putArray("huurcontracten");
        List<Integer> rijen = new ArrayList<>();
        for (int i = 0; i < RIJEN; i++) {
            Rij r = f.huurcontracten().get(i);
            if (r.leeg()) {
                continue;
            }
            ObjectNode c = lijst.addObject();
            c.put("ingangsdatum", schoon(r.ingangsdatum()));
            try {
                c.put("aantalPersonen", Integer.parseInt(schoon(r.aantalPersonen())));
            } catch (NumberFormatException e) {
                c.put("aantalPersonen", schoon(r.aantalPersonen())); // the service names it: a whole number
            }
            c.put("referentie", schoon(r.referentie()));
            rijen.add(i);
        }
        try {
            huurcontracten.dienIn(code, body, g, Client.van(request));
            redirect.addFlashAttribute("melding", rijen.size() + (rijen.size() == 1 ? " huurcontract is"
                    : " huurcontracten zijn") + " ingediend voor de " + periode.omschrijving() + ".");
            return "redirect:/gemeenten/" + code + "/huurcontracten";
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            if (e.invalidParams().isEmpty()) {
                fouten.reject("ongeldig", e.getMessage());
            } else {
                Bindingfouten.voegToe(fouten, e.invalidParams().stream().map(p -> naarRij(p, rijen)).toList());
            }
        }
        vul(model, code, g);
        return "toezicht/huurcontracten";
    }

    /**
     * The service counts the leases it was sent; the form skips its empty rows: {@code huurcontracten[1].ingangsdatum}
     * is the start date of the form row that became item 1.
     */
    static InvalidParam naarRij(InvalidParam p, List<Integer> rijen) {
        Matcher m = ITEM.matcher(p.name());
        if (!m.lookingAt()) {
            return p;
        }
        int item = Integer.parseInt(m.group(1));
        if (item >= rijen.size()) {
            return p;
        }
        return new InvalidParam("huurcontracten[" + rijen.get(item) + "]" + p.name().substring(m.end()), p.reason());
    }

    /** The period of the window the page offers (without a beleidskader: the half year just ended). */
    private Periode periode(String code) {
        Gemeente gemeente = gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Onbekende gemeente."));
        return huurcontracten.huidigeTermijn(gemeente).map(Huurcontracten.Termijn::periode)
                .orElseGet(() -> Periode.van(gebied.vandaag()).vorige());
    }

    private void vul(Model model, String code, Gebruiker g) {
        Gemeente gemeente = gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Onbekende gemeente."));
        Huurcontracten.Termijn termijn = huurcontracten.huidigeTermijn(gemeente).orElse(null);
        Periode periode = termijn != null ? termijn.periode() : Periode.van(gebied.vandaag()).vorige();
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("periode", periode);
        model.addAttribute("termijn", termijn);
        model.addAttribute("open", termijn != null && termijn.open());
        model.addAttribute("magIndienen", huurcontracten.magIndienen(code, g));
        List<CijferHistorie.Huurcontract> ingediend = historie.huurcontracten(code, periode.code());
        model.addAttribute("ingediend", ingediend);
        model.addAttribute("huurcontractdocumenten", documenten.vanObjecten("huurcontract",
                ingediend.stream().map(CijferHistorie.Huurcontract::id).toList(), g));
        List<Integer> rijen = new ArrayList<>();
        Map<String, String> veldnamen = new HashMap<>();
        veldnamen.put("huurcontracten", "Huurcontracten");
        for (int i = 0; i < RIJEN; i++) {
            rijen.add(i);
            veldnamen.put("huurcontracten[" + i + "].ingangsdatum", "Regel " + (i + 1) + ", ingangsdatum");
            veldnamen.put("huurcontracten[" + i + "].aantalPersonen", "Regel " + (i + 1)
                    + ", aantal vergunninghouders");
            veldnamen.put("huurcontracten[" + i + "].referentie", "Regel " + (i + 1) + ", referentie");
        }
        model.addAttribute("rijen", rijen);
        model.addAttribute("veldnamen", veldnamen);
    }

    private static String schoon(String s) {
        return s == null ? "" : s.strip();
    }
}
