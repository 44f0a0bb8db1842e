package nl.woonregie.platform.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn account": see the account and change the password. */
@Controller
class AccountController {

    private final Gebruikers gebruikers;

    AccountController(Gebruikers gebruikers) {
        this.gebruikers = gebruikers;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("fouten", Map.of());
        return "account";
    }

    @PostMapping("/account/wachtwoord")
    String wijzig(@AuthenticationPrincipal Gebruiker g, @RequestParam String huidig, @RequestParam String nieuw,
            @RequestParam String herhaling, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        Map<String, String> fouten = gebruikers.wijzigWachtwoord(g, huidig, nieuw, herhaling, Client.van(request));
        if (!fouten.isEmpty()) {
            model.addAttribute("fouten", fouten);
            return "account";
        }
        redirect.addFlashAttribute("melding", "Uw wachtwoord is gewijzigd.");
        return "redirect:/account";
    }
}
