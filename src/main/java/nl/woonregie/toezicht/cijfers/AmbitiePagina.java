package nl.woonregie.toezicht.cijfers;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The extra ambition in the browser: the ambitions of a province for a period (taakstelling, ambition, the extra
 * above it, who stored it and how), and a form that computes them from a national number and stores them. Importing
 * a file of ambitions is the import page's ("Ambities"). {@link Ambities} checks access and input, as for the API;
 * its invalid fields are shown at the form's fields.
 */
@Controller
class AmbitiePagina {

    private final Toegang toegang;
    private final Ambities ambities;

    AmbitiePagina(Toegang toegang, Ambities ambities) {
        this.toegang = toegang;
        this.ambities = ambities;
    }

    /** The form as typed: province, period, national number (Dutch notation allowed: 20.000), reason. */
    public record AmbitieFormulier(String provincie, String periode, String landelijk, String reden) {
    }

    @GetMapping("/cijfers/ambitie")
    String pagina(@RequestParam(required = false) String provincie, @RequestParam(required = false) String periode,
            Model model) {
        Gebruiker g = toegang.huidige();
        ambities.vereisInvoeren(g);
        List<Provincie> provincies = ambities.provincies(g);
        String gekozen = provincie != null && !provincie.isBlank() ? provincie.strip()
                : provincies.stream().filter(p -> p.code().equals("PV28")).findFirst()
                        .or(() -> provincies.stream().findFirst()).map(Provincie::code).orElse(null);
        if (!model.containsAttribute("berekening")) {
            model.addAttribute("berekening", new AmbitieFormulier(gekozen, periode, null, null));
        }
        vul(model, g, gekozen, periode);
        return "toezicht/ambitie";
    }

    @PostMapping("/cijfers/ambitie")
    String bereken(@ModelAttribute("berekening") AmbitieFormulier f, BindingResult fouten, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        ambities.vereisInvoeren(g);
        try {
            Ambities.Berekening b = ambities.bereken(f.provincie(), f.periode(), f.landelijk(), f.reden(), true, g,
                    Client.van(request));
            String periode = nl.woonregie.toezicht.regels.Periode.of(b.periode()).omschrijving();
            redirect.addFlashAttribute("melding", b.opgeslagen()
                    ? "De ambitie van de " + periode + " is berekend en opgeslagen: " + b.resultaat().nieuw()
                            + " nieuw, " + b.resultaat().gewijzigd() + " gewijzigd, " + b.resultaat().ongewijzigd()
                            + " ongewijzigd."
                    : "De ambitie van de " + periode + " is berekend; alle ambities waren al zo, er is niets "
                            + "opgeslagen.");
            return "redirect:/cijfers/ambitie?provincie=" + b.provincie() + "&periode=" + b.periode();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        vul(model, g, f.provincie(), f.periode());
        return "toezicht/ambitie";
    }

    /** The provinces to choose from, and the stored ambitions of the chosen province and period (when valid). */
    private void vul(Model model, Gebruiker g, String provincie, String periode) {
        model.addAttribute("provincies", ambities.provincies(g));
        model.addAttribute("provincie", provincie);
        model.addAttribute("periode", periode);
        if (provincie == null || periode == null || periode.isBlank() || !Toegang.magProvincieToezien(g, provincie)) {
            return;
        }
        try {
            model.addAttribute("overzicht", ambities.lees(provincie, periode, g));
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            model.addAttribute("periodeFout", e.invalidParams().isEmpty() ? e.getMessage()
                    : e.invalidParams().get(0).reason());
        }
    }
}
