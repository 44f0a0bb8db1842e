package nl.woonregie.platform.achtergrond;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Labels;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the background jobs ({@code /beheer/achtergrondtaken}): the recurring jobs with their
 * next run, then the jobs that run, failed or wait, then the finished ones; a failed job is started again here.
 */
@Controller
class AchtergrondPagina {

    private final Achtergrondtaken taken;
    private final Toegang toegang;

    AchtergrondPagina(Achtergrondtaken taken, Toegang toegang) {
        this.taken = taken;
        this.toegang = toegang;
    }

    @GetMapping("/beheer/achtergrondtaken")
    String pagina(Model model) {
        List<Taak> alle = taken.overzicht(toegang.rol(Rol.BEHEERDER));
        model.addAttribute("terugkerend", alle.stream().filter(Taak::terugkerend).toList());
        model.addAttribute("eenmalig", alle.stream().filter(t -> !t.terugkerend()).toList());
        model.addAttribute("open", taken.open());
        model.addAttribute("mislukt", taken.mislukt());
        return "beheer/achtergrondtaken";
    }

    @PostMapping("/beheer/achtergrondtaken/{id}/opnieuw")
    String opnieuw(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Taak t = taken.opnieuw(id, toegang.rol(Rol.BEHEERDER), Client.van(request));
            redirect.addFlashAttribute("melding", t.terugkerend() ? "De taak " + t.omschrijving()
                    + " wordt nu uitgevoerd." : "De taak " + t.omschrijving() + " is opnieuw gepland ("
                    + Labels.inZin(t.status()) + ").");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
        }
        return "redirect:/beheer/achtergrondtaken";
    }
}
