package nl.woonregie.platform.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account management for BEHEERDER: accounts with role and scope, and API tokens (shown once, revocable). */
@Controller
class BeheerPagina {

    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final ApiTokens tokens;

    BeheerPagina(Toegang toegang, Gebruikers gebruikers, ApiTokens tokens) {
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.tokens = tokens;
    }

    @GetMapping("/beheer/gebruikers")
    String pagina(Model model) {
        toegang.rol(Rol.BEHEERDER);
        vul(model);
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
        }
        if (!model.containsAttribute("invoer")) {
            model.addAttribute("invoer", Map.of());
        }
        return "beheer/gebruikers";
    }

    @PostMapping("/beheer/gebruikers")
    String maak(@RequestParam String gebruikersnaam, @RequestParam String wachtwoord, @RequestParam String rol,
            @RequestParam(required = false) String provincie, @RequestParam(required = false) String gemeente,
            @RequestParam(required = false) String team, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Gebruiker door = toegang.rol(Rol.BEHEERDER);
        Rol r;
        try {
            r = Rol.valueOf(rol);
        } catch (IllegalArgumentException e) {
            r = null;
        }
        try {
            gebruikers.maak(new NieuweGebruiker(gebruikersnaam.strip(), wachtwoord, r,
                    leeg(provincie), leeg(gemeente), team(team)), door, Client.van(request));
        } catch (ApiException e) {
            Map<String, String> fouten = new LinkedHashMap<>();
            for (InvalidParam p : e.invalidParams()) {
                fouten.put(p.name(), p.reason());
            }
            if (fouten.isEmpty()) {
                fouten.put("gebruikersnaam", e.getMessage());
            }
            model.addAttribute("fouten", fouten);
            model.addAttribute("invoer", Map.of("gebruikersnaam", gebruikersnaam, "rol", rol,
                    "provincie", provincie == null ? "" : provincie, "gemeente", gemeente == null ? "" : gemeente, "team", team == null ? "" : team));
            vul(model);
            return "beheer/gebruikers";
        }
        redirect.addFlashAttribute("melding", "Account " + gebruikersnaam.strip() + " is aangemaakt.");
        return "redirect:/beheer/gebruikers";
    }

    /**
     * Makes a token and shows it in this very answer (no redirect): the secret must not pass through the session
     * store, where a flash attribute would put it.
     */
    @PostMapping("/beheer/api-tokens")
    String token(@RequestParam String naam, @RequestParam String gebruikersnaam, HttpServletRequest request,
            Model model) {
        Gebruiker door = toegang.rol(Rol.BEHEERDER);
        if (naam.isBlank()) {
            model.addAttribute("tokenFout", "Geef het token een naam.");
        } else {
            model.addAttribute("nieuwToken", tokens.maak(naam.strip(), gebruikersnaam, door, Client.van(request)));
        }
        model.addAttribute("fouten", Map.of());
        model.addAttribute("invoer", Map.of());
        vul(model);
        return "beheer/gebruikers";
    }

    @PostMapping("/beheer/api-tokens/{id}/intrekken")
    String intrekken(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker door = toegang.rol(Rol.BEHEERDER);
        tokens.trekIn(id, door, Client.van(request));
        redirect.addFlashAttribute("melding", "Het API-token is ingetrokken.");
        return "redirect:/beheer/gebruikers#tokens";
    }

    private void vul(Model model) {
        model.addAttribute("gebruikers", gebruikers.lijst());
        model.addAttribute("tokens", tokens.lijst());
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("teams", gebruikers.teams());
    }

    /** A team id from the form; anything that is not a number is "no team" (the scope check then names it). */
    private static Long team(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
