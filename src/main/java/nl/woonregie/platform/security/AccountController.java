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

/**
 * "Mijn account": the account's roles, changing the password, the second step (set up here, or at sign-in when a
 * role requires it; neither for an account that signs in through an identity provider), and the account's own API tokens (made here while signed in with both steps: an account with a
 * second step uses the API only with a token).
 */
@Controller
class AccountController {

    private final Gebruikers gebruikers;
    private final Toewijzingen toewijzingen;
    private final TweedeStap tweedeStap;
    private final ApiTokens tokens;

    private final Identiteitsproviders identiteitsproviders;

    AccountController(Gebruikers gebruikers, Toewijzingen toewijzingen, TweedeStap tweedeStap, ApiTokens tokens,
            Identiteitsproviders identiteitsproviders) {
        this.identiteitsproviders = identiteitsproviders;
        this.gebruikers = gebruikers;
        this.toewijzingen = toewijzingen;
        this.tweedeStap = tweedeStap;
        this.tokens = tokens;
    }

    /** The new-token form: its name. */
    public record TokenFormulier(String naam) {
    }

    /** The account's assignments as the page names them (roles and the names of their scopes, not codes). */
    @ModelAttribute
    void rollen(@AuthenticationPrincipal Gebruiker g, Model model) {
        if (g != null) {
            model.addAttribute("toewijzingen", g.toewijzingen().stream().map(toewijzingen.omschrijver()).toList());
            model.addAttribute("totp", tweedeStap.ingesteld(g.id()));
            model.addAttribute("totpVerplicht", tweedeStap.verplicht(g));
            // signed in through an identity provider: no password and no second step of Woonregie
            model.addAttribute("idp", gebruikers.identiteitsprovider(g.id()).map(identiteitsproviders::naam)
                    .orElse(null));
            model.addAttribute("eigenTokens", tokens.lijst(g).stream()
                    .filter(t -> t.gebruikersnaam().equals(g.gebruikersnaam())).toList());
        }
    }

    /** The change-password form. Passwords are never sent back to the browser, also not after an error. */
    public record WachtwoordFormulier(String huidig, String nieuw, String herhaling) {
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("wachtwoord", new WachtwoordFormulier(null, null, null));
        model.addAttribute("token", new TokenFormulier(null));
        return "account";
    }

    /**
     * Makes an API token of the account itself and shows it in this very answer (no redirect: the secret must not
     * pass through the session store).
     */
    @PostMapping("/account/api-tokens")
    String token(@AuthenticationPrincipal Gebruiker g, @ModelAttribute("token") TokenFormulier f,
            BindingResult fouten, HttpServletRequest request, Model model) {
        try {
            model.addAttribute("nieuwToken", tokens.maak(f.naam() == null ? null : f.naam().strip(), null, g,
                    Client.van(request)));
            model.addAttribute("token", new TokenFormulier(null));
            rollen(g, model);
        } catch (nl.woonregie.platform.web.ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("wachtwoord", new WachtwoordFormulier(null, null, null));
        return "account";
    }

    @PostMapping("/account/api-tokens/{id}/intrekken")
    String trekIn(@AuthenticationPrincipal Gebruiker g, @org.springframework.web.bind.annotation.PathVariable long id,
            HttpServletRequest request, RedirectAttributes redirect) {
        tokens.trekIn(id, g, Client.van(request));
        redirect.addFlashAttribute("melding", "Het API-token is ingetrokken.");
        return "redirect:/account#tokens";
    }

    @PostMapping("/account/wachtwoord")
    String wijzig(@AuthenticationPrincipal Gebruiker g, @ModelAttribute("wachtwoord") WachtwoordFormulier f,
            BindingResult fouten, RedirectAttributes redirect, HttpServletRequest request, Model model) {
        model.addAttribute("token", new TokenFormulier(null));
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
