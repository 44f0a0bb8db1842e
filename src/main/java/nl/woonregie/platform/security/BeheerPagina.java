package nl.woonregie.platform.security;

import jakarta.servlet.http.HttpServletRequest;
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
 * Account management for BEHEERDER: accounts with role and scope (a Verhuisbox role as a request to the team's
 * coordinator), new passwords through one-time links, the open account requests, and API tokens (shown once,
 * revocable). The services
 * ({@link Gebruikers}, {@link ApiTokens}) check the role and judge the input, as for the API; this page binds the forms
 * and shows their invalid fields at the fields.
 */
@Controller
class BeheerPagina {

    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final ApiTokens tokens;
    private final Accountverzoeken verzoeken;

    BeheerPagina(Toegang toegang, Gebruikers gebruikers, ApiTokens tokens, Accountverzoeken verzoeken) {
        this.verzoeken = verzoeken;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.tokens = tokens;
    }

    /** The new-account form, every field as typed (the role and team as the select sends them). */
    public record AccountFormulier(String gebruikersnaam, String wachtwoord, String rol, String provincie,
            String gemeente, String team) {

        static AccountFormulier leeg() {
            return new AccountFormulier(null, null, null, null, null, null);
        }

        /** The request for the service: an unknown role is none, a team that is no number an unknown team. */
        NieuweGebruiker alsNieuweGebruiker() {
            Rol r;
            try {
                r = rol == null ? null : Rol.valueOf(rol);
            } catch (IllegalArgumentException e) {
                r = null;
            }
            // an empty password field is none (a Verhuisbox role has none); spaces are a password, and refused
            return new NieuweGebruiker(gebruikersnaam == null ? null : gebruikersnaam.strip(),
                    wachtwoord == null || wachtwoord.isEmpty() ? null : wachtwoord, r,
                    BeheerPagina.leeg(provincie), BeheerPagina.leeg(gemeente), teamId(team));
        }
    }

    /** The new-token form: its name and the account it acts as. */
    public record TokenFormulier(String naam, String gebruikersnaam) {

        static TokenFormulier leeg() {
            return new TokenFormulier(null, null);
        }
    }

    @GetMapping("/beheer/gebruikers")
    String pagina(Model model) {
        toegang.rol(Rol.BEHEERDER);
        model.addAttribute("account", AccountFormulier.leeg());
        model.addAttribute("token", TokenFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    @PostMapping("/beheer/gebruikers")
    String maak(@ModelAttribute("account") AccountFormulier f, BindingResult fouten, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        try {
            Beheerresultaat r = gebruikers.maak(f.alsNieuweGebruiker(), toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", r instanceof Accountverzoeken.Verzoek v
                    ? "Het verzoek voor account " + v.gebruikersnaam() + " is ingediend. " + wieBeslist(v)
                            + " Na goedkeuring kiest de medewerker zelf het wachtwoord."
                    : "Account " + ((GebruikerDto) r).gebruikersnaam() + " is aangemaakt.");
            return "redirect:/beheer/gebruikers";
        } catch (ApiException e) {
            alsInvoerfout(e);
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("token", TokenFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    /**
     * Makes a token and shows it in this very answer (no redirect): the secret must not pass through the session
     * store, where a flash attribute would put it.
     */
    @PostMapping("/beheer/api-tokens")
    String token(@ModelAttribute("token") TokenFormulier f, BindingResult fouten, HttpServletRequest request,
            Model model) {
        try {
            model.addAttribute("nieuwToken", tokens.maak(f.naam() == null ? null : f.naam().strip(),
                    f.gebruikersnaam(), toegang.huidige(), Client.van(request)));
            model.addAttribute("token", TokenFormulier.leeg());
        } catch (ApiException e) {
            alsInvoerfout(e);
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("account", AccountFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    /**
     * A new password for an account: for a Verhuisbox role a request to the team's coordinator (back to the page with
     * a message); for any other account the one-time link for its user, shown in this very answer (no redirect).
     */
    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/wachtwoordherstel")
    String herstel(@PathVariable String gebruikersnaam, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Beheerresultaat r = gebruikers.herstelWachtwoord(gebruikersnaam, toegang.huidige(), Client.van(request));
        if (r instanceof Accountverzoeken.Verzoek v) {
            redirect.addFlashAttribute("melding", "Het verzoek om een nieuw wachtwoord voor " + v.gebruikersnaam()
                    + " is ingediend. " + wieBeslist(v) + " U krijgt het nieuwe wachtwoord niet te zien.");
            return "redirect:/beheer/gebruikers";
        }
        model.addAttribute("herstellink", r);
        model.addAttribute("account", AccountFormulier.leeg());
        model.addAttribute("token", TokenFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    private static String wieBeslist(Accountverzoeken.Verzoek v) {
        return v.beslisser() == Accountverzoeken.Beslisser.COORDINATOR
                ? "De coördinator van team " + v.teamnaam() + " beslist."
                : "Team " + v.teamnaam() + " heeft nog geen coördinator: een andere beheerder beslist.";
    }

    @PostMapping("/beheer/api-tokens/{id}/intrekken")
    String intrekken(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        tokens.trekIn(id, toegang.huidige(), Client.van(request));
        redirect.addFlashAttribute("melding", "Het API-token is ingetrokken.");
        return "redirect:/beheer/gebruikers#tokens";
    }

    /** Invalid input (400) or an existing name (409) is shown at the form; anything else (403) is not. */
    private static void alsInvoerfout(ApiException e) {
        if (e.status().value() != 400 && e.status().value() != 409) {
            throw e;
        }
    }

    private void vul(Model model) {
        model.addAttribute("gebruikers", gebruikers.lijst());
        model.addAttribute("verzoeken", verzoeken.lijst(toegang.huidige()).stream()
                .filter(v -> v.status() == Accountverzoeken.Status.INGEDIEND).toList());
        model.addAttribute("tokens", tokens.lijst(toegang.huidige()));
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("teams", gebruikers.teams());
        model.addAttribute("teamnamen", gebruikers.teams().stream().collect(java.util.stream.Collectors.toMap(
                Teams.Team::id, Teams.Team::naam)));
    }

    /** A team id from the form; anything that is not a number is an unknown team (the scope check names it). */
    private static Long teamId(String s) {
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
