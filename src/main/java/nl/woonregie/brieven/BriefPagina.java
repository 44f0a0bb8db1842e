package nl.woonregie.brieven;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The round page's button for a round made final before its letters were made at vaststelling: stores the missing
 * letters (the service checks access and state) and goes back to the round with what happened.
 */
@Controller
class BriefPagina {

    private final BriefService brieven;
    private final Toegang toegang;

    BriefPagina(BriefService brieven, Toegang toegang) {
        this.brieven = brieven;
        this.toegang = toegang;
    }

    @PostMapping("/rondes/{id}/brieven")
    String legVast(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            int n = brieven.legOntbrekendeVast(id, toegang.huidige(), Client.van(request)).size();
            redirect.addFlashAttribute("melding", n == 0 ? "Alle brieven van de ronde waren al vastgelegd."
                    : (n == 1 ? "1 brief is" : n + " brieven zijn") + " vastgelegd, met kenmerk en de datum van "
                            + "vaststelling.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
        }
        return "redirect:/rondes/" + id;
    }
}
