package nl.woonregie.aanbod;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A note's page ({@code /gemeenten/{code}/aanbod/notities/{id}}): its versions (who, when, why) and, for whoever
 * keeps the sources, the forms to change or remove it. {@link Aanbodnotities} judges access and input.
 */
@Controller
class NotitiePagina {

    private final Aanbodnotities notities;
    private final Aanbodbronnen bronnen;
    private final GebiedService gebied;
    private final Toegang toegang;

    NotitiePagina(Aanbodnotities notities, Aanbodbronnen bronnen, GebiedService gebied, Toegang toegang) {
        this.notities = notities;
        this.bronnen = bronnen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/aanbod/notities/{id}")
    String notitie(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Aanbodnotitie n = notities.lees(g, code, id);
        model.addAttribute("formulier", new Aanbodnotities.Verzoek(n.datum().toString(), n.bron(), n.tekst(), null));
        return pagina(g, code, n, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/notities/{id}")
    String wijzigen(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String versie,
            @ModelAttribute("formulier") Aanbodnotities.Verzoek f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodnotitie huidig = notities.lees(g, code, id);
        try {
            Aanbodnotitie n = notities.wijzigen(g, code, id, versie, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De notitie is gewijzigd (versie " + n.versie() + ").");
            return "redirect:/gemeenten/" + n.gemeente() + "/aanbod/notities/" + n.id();
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + huidig.gemeente() + "/aanbod/notities/" + id;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return pagina(g, code, huidig, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/notities/{id}/verwijderen")
    String verwijderen(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String versie,
            @RequestParam(required = false) String reden, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodnotitie huidig = notities.lees(g, code, id);
        try {
            notities.verwijderen(g, code, id, versie, reden, Client.van(request));
            redirect.addFlashAttribute("melding", "De notitie van " + Weergave.dag(huidig.datum())
                    + " is verwijderd.");
            return "redirect:/gemeenten/" + huidig.gemeente() + "/aanbod#notities";
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.status().value() == 409 ? e.getMessage()
                    : "De notitie is niet verwijderd: geef een reden.");
            return "redirect:/gemeenten/" + huidig.gemeente() + "/aanbod/notities/" + id + "#verwijderen";
        }
    }

    private String pagina(Gebruiker g, String code, Aanbodnotitie n, Model model) {
        model.addAttribute("gemeente", n.gemeente());
        model.addAttribute("naam", gebied.naam(n.gemeente()));
        model.addAttribute("n", n);
        model.addAttribute("verwijderd", n.versies().get(0).verwijderd());
        model.addAttribute("magWijzigen", bronnen.magWijzigen(g, code) && !n.versies().get(0).verwijderd());
        return "aanbod/notitie";
    }
}
