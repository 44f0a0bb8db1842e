package nl.woonregie.verhuisbox.traject;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the section "Intakeafspraak" of the case page: plan, move, record the outcome — each judged by
 * {@link Intakeafspraken}, the same call the API makes; a refusal shows the page again with the messages at their
 * fields and every entered value kept.
 */
@Controller
class IntakeafspraakPagina {

    private final Intakeafspraken afspraken;
    private final VerhuisboxToegang toegang;
    private final Casuspagina casuspagina;

    IntakeafspraakPagina(Intakeafspraken afspraken, VerhuisboxToegang toegang, Casuspagina casuspagina) {
        this.afspraken = afspraken;
        this.toegang = toegang;
        this.casuspagina = casuspagina;
    }

    /** Planning or moving: day (JJJJ-MM-DD), time (UU:MM), place, note, the aanmelder's address; versie to move. */
    public record AfspraakFormulier(String datum, String tijd, String plaats, String notitie, String aanmelderEmail,
            String versie) {

        Intakeafspraken.IntakeafspraakVerzoek verzoek(BindingResult fouten) {
            return new Intakeafspraken.IntakeafspraakVerzoek(Bindingfouten.datum(fouten, "datum", datum), tijd,
                    Invoer.leeg(plaats), Invoer.leeg(notitie), Invoer.leeg(aanmelderEmail),
                    Bindingfouten.geheel(fouten, "versie", versie));
        }
    }

    /** The outcome: VERSCHENEN or NIET_VERSCHENEN, with the version of the appointment. */
    public record UitkomstFormulier(String uitkomst, String versie) {
    }

    @PostMapping("/verhuisbox/casussen/{id}/intakeafspraak")
    String plan(@PathVariable long id, @ModelAttribute("intakeafspraak") AfspraakFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Intakeafspraken.IntakeafspraakVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> afspraken.controleerPlan(id, v, g), () -> {
            afspraken.plan(id, v, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De intakeafspraak is gepland en de e-mails staan in de uitgaande post.");
            return casuspagina.naStap(id, g);
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/intakeafspraak/{afspraak}/verplaatsen")
    String verplaats(@PathVariable long id, @PathVariable long afspraak,
            @ModelAttribute("verplaatsing") AfspraakFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Intakeafspraken.IntakeafspraakVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> afspraken.controleerVerplaatsing(id, afspraak, v, g), () -> {
            afspraken.verplaats(id, afspraak, v, g, Client.van(request));
            redirect.addFlashAttribute("melding",
                    "De intakeafspraak is verplaatst en de gewijzigde e-mails staan in de uitgaande post.");
            return casuspagina.naStap(id, g);
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/intakeafspraak/{afspraak}/uitkomst")
    String uitkomst(@PathVariable long id, @PathVariable long afspraak,
            @ModelAttribute("afspraakuitkomst") UitkomstFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        Intakeafspraken.IntakeuitkomstVerzoek v = new Intakeafspraken.IntakeuitkomstVerzoek(Invoer.leeg(f.uitkomst()), versie);
        return Bindingfouten.stap(model, fouten, () -> {
            toegang.vereis(g, id, Handeling.INTAKEAFSPRAAK);
            return java.util.List.of();
        }, () -> {
            afspraken.legUitkomst(id, afspraak, v, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De uitkomst van de intakeafspraak is vastgelegd.");
            return casuspagina.naStap(id, g);
        }, () -> casuspagina.toon(id, g, model));
    }
}
