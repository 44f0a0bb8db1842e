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

    /** A change as typed: the complete new content, the reason and the version it changes (hidden). */
    public record WijzigingFormulier(String titel, String toelichting, String maatregelen, String hulpNodig,
            String reden, String versie) {

        static WijzigingFormulier van(Inzending i) {
            return new WijzigingFormulier(i.titel(), i.toelichting(), i.maatregelen(), i.hulpNodig(), null,
                    String.valueOf(i.versie()));
        }
    }

    @GetMapping("/inzendingen/{id}")
    String inzending(@PathVariable long id, Model model) {
        Gebruiker g = toegang.toezichtLezen(gemeente(id));
        Inzending i = inzendingen.lees(id);
        model.addAttribute("wijziging", WijzigingFormulier.van(i));
        vulInzending(model, i, g);
        return "toezicht/inzending";
    }

    @PostMapping("/inzendingen/{id}")
    String wijzig(@PathVariable long id, @ModelAttribute("wijziging") WijzigingFormulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        String gemeente = gemeente(id);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        if (!fouten.hasErrors()) {
            try {
                inzendingen.wijzig(id, new InzendingService.Wijziging(waarde(f.titel()), waarde(f.toelichting()),
                        waarde(f.maatregelen()), waarde(f.hulpNodig()), waarde(f.reden()), versie), versie, g,
                        Client.van(request));
                redirect.addFlashAttribute("melding", "De wijziging is opgeslagen als versie "
                        + inzendingen.lees(id).versie() + ".");
                return "redirect:/inzendingen/" + id;
            } catch (ApiException e) {
                if (e.status().value() != 400 && e.status().value() != 409) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        } else {
            toegang.huurcontractenIndienen(g, gemeente);
        }
        vulInzending(model, inzendingen.lees(id), g);
        return "toezicht/inzending";
    }

    private void vulInzending(Model model, Inzending i, Gebruiker g) {
        model.addAttribute("inzending", i);
        model.addAttribute("gemeente", gebied.gemeente(i.gemeente()).orElseThrow());
        model.addAttribute("documenten", documenten.vanObjecten("inzending", List.of(i.id()), g)
                .getOrDefault(i.id(), List.of()));
        model.addAttribute("magInzenden", InzendingService.magInzenden(g, i.gemeente()));
    }

    private String gemeente(long id) {
        return inzendingen.gemeenteVan(id)
                .orElseThrow(() -> ApiException.notFound("Inzending " + id + " bestaat niet."));
    }

    private static String waarde(String s) {
        return s == null || s.isBlank() ? null : s;
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
