package nl.woonregie.toezicht.opvolging;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.document.Documenten;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a municipality hands in, on a page (issue 19 §5): the municipality submits its plan van aanpak or its answers
 * to the province's survey and adds its documents; the province's supervisor (and BEHEERDER) reads every submission
 * with its versions and documents. The same service as the API checks access and the fields; a refused form shows
 * every error at the top and at its field with every typed value kept.
 */
@Controller
class InzendingPagina {

    private final Toegang toegang;
    private final GebiedService gebied;
    private final InzendingService inzendingen;
    private final Documenten documenten;

    InzendingPagina(Toegang toegang, GebiedService gebied, InzendingService inzendingen, Documenten documenten) {
        this.toegang = toegang;
        this.gebied = gebied;
        this.inzendingen = inzendingen;
        this.documenten = documenten;
    }

    /** The form as typed. */
    public record InzendingFormulier(String soort, String periode, String titel, String toelichting,
            String maatregelen, String hulpNodig) {

        static InzendingFormulier leeg() {
            return new InzendingFormulier(null, null, null, null, null, null);
        }

        InzendingService.Invoer alsInvoer() {
            return new InzendingService.Invoer(waarde(soort), waarde(periode), waarde(titel), waarde(toelichting),
                    waarde(maatregelen), waarde(hulpNodig));
        }

        private static String waarde(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @GetMapping("/gemeenten/{code}/inzendingen")
    String pagina(@PathVariable String code, Model model) {
        Gebruiker g = toegang.toezichtLezen(code);
        model.addAttribute("inzending", InzendingFormulier.leeg());
        vul(model, code, g);
        return "toezicht/inzendingen";
    }

    @PostMapping("/gemeenten/{code}/inzendingen")
    String dienIn(@PathVariable String code, @ModelAttribute("inzending") InzendingFormulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        try {
            long id = inzendingen.dienIn(code, f.alsInvoer(), g, Client.van(request));
            Inzending i = inzendingen.lees(id);
            redirect.addFlashAttribute("melding", (i.soort() == Inzending.Soort.PLAN_VAN_AANPAK
                    ? "Het plan van aanpak" : "De antwoorden op de uitvraag") + " “" + i.titel() + "” "
                    + (i.soort() == Inzending.Soort.PLAN_VAN_AANPAK ? "is" : "zijn") + " ingediend. Voeg hieronder "
                    + "de documenten toe.");
            return "redirect:/gemeenten/" + code + "/inzendingen#inzending-" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        vul(model, code, g);
        return "toezicht/inzendingen";
    }

    private void vul(Model model, String code, Gebruiker g) {
        Gemeente gemeente = gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Onbekende gemeente."));
        List<Inzending> lijst = inzendingen.vanGemeente(code);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("inzendingen", lijst);
        model.addAttribute("inzendingdocumenten", documenten.vanObjecten("inzending",
                lijst.stream().map(Inzending::id).toList(), g));
        model.addAttribute("magInzenden", InzendingService.magInzenden(g, code));
        model.addAttribute("soorten", Inzending.Soort.values());
    }
}
