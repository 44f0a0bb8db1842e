package nl.woonregie.platform.security;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page, the login page, and the landing page after login. */
@Controller
class StartController {

    private final Navigatie navigatie;
    private final Identiteitsproviders identiteitsproviders;

    StartController(Navigatie navigatie, Identiteitsproviders identiteitsproviders) {
        this.navigatie = navigatie;
        this.identiteitsproviders = identiteitsproviders;
    }

    @GetMapping("/")
    String start() {
        return "start";
    }

    /**
     * The login form, and "Inloggen via …" per configured identity provider; after a block
     * ({@code ?geblokkeerd=minutes}) it says how long to wait, after a refused sign-in through the provider
     * ({@code ?idp=mfa|inactief|conflict|fout}) why.
     */
    @GetMapping("/inloggen")
    String inloggen(@org.springframework.web.bind.annotation.RequestParam(required = false) String geblokkeerd,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String idp,
            org.springframework.ui.Model model) {
        if (geblokkeerd != null) {
            model.addAttribute("blokkadeMinuten", geblokkeerd.matches("[0-9]{1,4}")
                    ? Math.max(1, Integer.parseInt(geblokkeerd)) : 1);
        }
        model.addAttribute("identiteitsproviders", identiteitsproviders.knoppen());
        if (idp != null) {
            model.addAttribute("idpFout", switch (idp) {
                case "mfa", "inactief", "conflict" -> idp;
                default -> "fout";
            });
        }
        return "inloggen";
    }

    /**
     * Where an account lands: the one page of its work (its province, its municipality, the imports (COA), the
     * provinces (BEHEERDER), the Verhuisbox worklist or the own referrals (an aanmelder), a province's beleidskaders
     * (BELEIDSMEDEWERKER)); with assignments that lead
     * to several, a page to choose from; without any (no rights yet, or roles whose pages are still to come), a page
     * that says so.
     */
    @GetMapping("/start")
    String thuis(@AuthenticationPrincipal Gebruiker g, Model model) {
        List<Navigatie.Link> punten = navigatie.startpunten(g);
        if (punten.size() == 1) {
            return "redirect:" + punten.get(0).pad();
        }
        model.addAttribute("startpunten", punten);
        return "startkeuze";
    }
}
