package nl.woonregie.programma;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.programma.caseload.Jaarcijfer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form to enter a yearly figure of the caseload's taakstelling as its source states it
 * ({@code /gemeenten/{gemeente}/caseload/jaarcijfers/nieuw}), linked from the overview: the programme manager of a
 * programme the municipality owns and BEHEERDER, as for the API. {@link Caseload} judges access and input; its
 * invalid fields are put at the form's fields with what was typed, and after saving the overview shows the figure
 * with the check of all yearly figures.
 */
@Controller
class CaseloadJaarcijferPagina {

    /** A yearly figure as typed. */
    public record JaarcijferFormulier(String jaar, String grootheid, String deel, String waarde, String bron,
            String toelichting) {
    }

    private final Caseload caseload;
    private final GebiedService gebied;
    private final Toegang toegang;

    CaseloadJaarcijferPagina(Caseload caseload, GebiedService gebied, Toegang toegang) {
        this.caseload = caseload;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{gemeente}/caseload/jaarcijfers/nieuw")
    String nieuw(@PathVariable String gemeente, Model model) {
        model.addAttribute("formulier", new JaarcijferFormulier(null, null, Jaarcijfer.Deel.JAAR.name(), null, null,
                null));
        return formulier(toegang.huidige(), gemeente, model);
    }

    @PostMapping("/gemeenten/{gemeente}/caseload/jaarcijfers")
    String opslaan(@PathVariable String gemeente, @ModelAttribute("formulier") JaarcijferFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        caseload.taakstelling(g, gemeente); // refused (403) before the form is read
        Integer jaar = verplicht(fouten, "jaar", f.jaar());
        Jaarcijfer.Grootheid grootheid = keuze(fouten, "grootheid", f.grootheid(), Jaarcijfer.Grootheid.class);
        Jaarcijfer.Deel deel = keuze(fouten, "deel", f.deel(), Jaarcijfer.Deel.class);
        Integer waarde = verplicht(fouten, "waarde", f.waarde());
        if (!fouten.hasErrors()) {
            try {
                caseload.voegJaarcijferToe(g, gemeente, new Jaarcijfer(0, jaar, grootheid, deel, waarde, f.bron(),
                        f.toelichting()), Client.van(request));
                redirect.addFlashAttribute("melding", "Het jaarcijfer is vastgelegd: " + jaar + ", "
                        + nl.woonregie.platform.web.Labels.inZin(grootheid) + ", " + waarde + ".");
                return "redirect:/gemeenten/" + gemeente + "/caseload/overzicht#taakstelling";
            } catch (ApiException e) {
                if (e.status() != HttpStatus.BAD_REQUEST) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        return formulier(g, gemeente, model);
    }

    private String formulier(Gebruiker g, String gemeente, Model model) {
        Caseload.Taakstelling t = caseload.taakstelling(g, gemeente);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("naam", gebied.naam(gemeente));
        model.addAttribute("eersteJaar", t.eersteJaarToezicht());
        model.addAttribute("grootheden", Jaarcijfer.Grootheid.values());
        model.addAttribute("delen", Jaarcijfer.Deel.values());
        return "programma/caseload-jaarcijfer";
    }

    private static Integer verplicht(BindingResult fouten, String veld, String tekst) {
        if (tekst == null || tekst.isBlank()) {
            fouten.rejectValue(veld, "verplicht", "verplicht");
            return null;
        }
        return Bindingfouten.geheel(fouten, veld, tekst);
    }

    private static <E extends Enum<E>> E keuze(BindingResult fouten, String veld, String tekst, Class<E> soort) {
        if (tekst == null || tekst.isBlank()) {
            fouten.rejectValue(veld, "verplicht", "verplicht: een keuze uit de lijst");
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst.strip());
        } catch (IllegalArgumentException e) {
            fouten.rejectValue(veld, "onleesbaar", "een keuze uit de lijst");
            return null;
        }
    }
}
