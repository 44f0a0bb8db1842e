package nl.woonregie.brieven;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
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
 * "Verzendwijze van besluiten" of a province ({@code /provincies/{code}/verzendinstelling}, linked from the province's
 * page and from the sending of a round): how its decisions go out by e-mail — the PDF/A attached or a secure download
 * link with its validity in days — with every earlier version, and the form to change it with a reason. The form is
 * shaped as the API's request; a refused form shows every error at the top and at its field with the typed values.
 */
@Controller
class VerzendinstellingPagina {

    /** The form, as typed. */
    public record Formulier(String verzendvorm, String geldigheidDagen, String reden, String versie) {

        static Formulier van(Verzendinstelling v) {
            return new Formulier(v.verzendvorm().name(), Integer.toString(v.geldigheidDagen()), null,
                    Integer.toString(v.versie()));
        }
    }

    private final Verzendinstellingen instellingen;
    private final Toegang toegang;

    VerzendinstellingPagina(Verzendinstellingen instellingen, Toegang toegang) {
        this.instellingen = instellingen;
        this.toegang = toegang;
    }

    @GetMapping("/provincies/{code}/verzendinstelling")
    String pagina(@PathVariable String code, Model model) {
        Verzendinstelling v = instellingen.lees(toegang.huidige(), code);
        model.addAttribute("formulier", Formulier.van(v));
        return pagina(v, model);
    }

    @PostMapping("/provincies/{code}/verzendinstelling")
    String wijzig(@PathVariable String code, @ModelAttribute("formulier") Formulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Integer dagen = Bindingfouten.geheel(fouten, "geldigheidDagen", f.geldigheidDagen());
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        VerzendinstellingVerzoek verzoek = new VerzendinstellingVerzoek(f.verzendvorm(), dagen, f.reden(), versie);
        return Bindingfouten.stap(model, fouten, () -> Verzendinstellingen.controleer(verzoek), () -> {
            Verzendinstelling v = instellingen.wijzig(g, code, null, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "De verzendwijze van " + v.naam() + " is opgeslagen: "
                    + omschrijving(v) + ".");
            return "redirect:/provincies/" + code + "/verzendinstelling";
        }, () -> pagina(instellingen.lees(g, code), model));
    }

    private static String pagina(Verzendinstelling v, Model model) {
        model.addAttribute("instelling", v);
        model.addAttribute("vormen", Verzendvorm.values());
        model.addAttribute("omschrijving", omschrijving(v));
        return "brieven/verzendinstelling";
    }

    /** The setting in Dutch words, e.g. "als beveiligde downloadlink die 30 dagen werkt". */
    static String omschrijving(Verzendinstelling v) {
        return v.verzendvorm() == Verzendvorm.DOWNLOADLINK
                ? "als beveiligde downloadlink die " + v.geldigheidDagen() + (v.geldigheidDagen() == 1 ? " dag"
                        : " dagen") + " werkt"
                : "als bijlage (PDF) bij de e-mail";
    }
}
