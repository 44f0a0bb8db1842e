package nl.woonregie.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn account": see the account and change the password. */
@Controller
class AccountController {

    private final Gebruikers gebruikers;
    private final Toewijzingen toewijzingen;

    AccountController(Gebruikers gebruikers, Toewijzingen toewijzingen) {
        this.gebruikers = gebruikers;
        this.toewijzingen = toewijzingen;
    }

    /** The account's assignments as the page names them (roles and the names of their scopes, not codes). */
    @ModelAttribute
    void rollen(@AuthenticationPrincipal Gebruiker g, Model model) {
        if (g != null) {
            model.addAttribute("toewijzingen", g.toewijzingen().stream().map(toewijzingen::omschrijving).toList());
        }
    }

    /** The change-password form. Passwords are never sent back to the browser, also not after an error. */
    public record WachtwoordFormulier(String huidig, String nieuw, String herhaling) {
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("wachtwoord", new WachtwoordFormulier(null, null, null));
        return "account";
    }

    @PostMapping("/account/wachtwoord")
    String wijzig(@AuthenticationPrincipal Gebruiker g, @ModelAttribute("wachtwoord") WachtwoordFormulier f,
            BindingResult fouten, RedirectAttributes redirect, HttpServletRequest request) {
        var sessie = request.getSession(false);
        Bindingfouten.voegToe(fouten, gebruikers.wijzigWachtwoord(g, f.huidig(), f.nieuw(), f.herhaling(),
                sessie == null ? null : sessie.getId(), Client.van(request)));
        if (fouten.hasErrors()) {
            return "account";
        }
        redirect.addFlashAttribute("melding", "Uw wachtwoord is gewijzigd.");
        return "redirect:/account";
    }
}
