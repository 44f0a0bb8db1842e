package nl.woonregie.platform.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.web.Client;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Mijn account": see the account and change the password. */
@Controller
class AccountController {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    AccountController(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("fouten", Map.of());
        return "account";
    }

    @PostMapping("/account/wachtwoord")
    @Transactional
    String wijzig(@AuthenticationPrincipal Gebruiker g, @RequestParam String huidig, @RequestParam String nieuw,
            @RequestParam String herhaling, Model model, RedirectAttributes redirect, HttpServletRequest request) {
        String hash = jdbc.sql("select wachtwoord_hash from gebruiker where id = ?").param(g.id()).query(String.class)
                .single();
        Map<String, String> fouten = new java.util.LinkedHashMap<>();
        if (!encoder.matches(huidig, hash)) {
            fouten.put("huidig", "Het huidige wachtwoord klopt niet.");
        }
        if (nieuw.length() < 12) {
            fouten.put("nieuw", "Kies een wachtwoord van minstens 12 tekens.");
        } else if (nieuw.equals(huidig)) {
            fouten.put("nieuw", "Het nieuwe wachtwoord moet anders zijn dan het huidige.");
        }
        if (!nieuw.equals(herhaling)) {
            fouten.put("herhaling", "De herhaling is niet gelijk aan het nieuwe wachtwoord.");
        }
        if (!fouten.isEmpty()) {
            model.addAttribute("fouten", fouten);
            return "account";
        }
        jdbc.sql("update gebruiker set wachtwoord_hash = ?, gewijzigd_op = now() where id = ?")
                .params(encoder.encode(nieuw), g.id()).update();
        audit.record(g.actor(), "WACHTWOORD_GEWIJZIGD", "gebruiker", g.gebruikersnaam(), null, null,
                Client.van(request));
        redirect.addFlashAttribute("melding", "Uw wachtwoord is gewijzigd.");
        return "redirect:/account";
    }
}
