package nl.woonregie.platform.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public start page, the login page, and the landing page per role after login. */
@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "start";
    }

    /** The login form; after a block ({@code ?geblokkeerd=minutes}) it says how long to wait. */
    @GetMapping("/inloggen")
    String inloggen(@org.springframework.web.bind.annotation.RequestParam(required = false) String geblokkeerd,
            org.springframework.ui.Model model) {
        if (geblokkeerd != null) {
            model.addAttribute("blokkadeMinuten", geblokkeerd.matches("[0-9]{1,4}")
                    ? Math.max(1, Integer.parseInt(geblokkeerd)) : 1);
        }
        return "inloggen";
    }

    /** Where an account lands: its province, its municipality, the imports (COA), account management
     * or the Verhuisbox worklist (the Verhuisbox roles; an aanmelder: the own referrals). */
    @GetMapping("/start")
    String thuis(@AuthenticationPrincipal Gebruiker g) {
        return switch (g.rol()) {
            case TOEZICHTHOUDER -> "redirect:/provincies/" + g.provincie();
            case GEMEENTE -> "redirect:/gemeenten/" + g.gemeente();
            case COA -> "redirect:/cijfers/import";
            case BEHEERDER -> "redirect:/provincies";
            case AANMELDER -> "redirect:/verhuisbox/meldingen";
            case ICP, CASEMANAGER, ADMINISTRATIEF, CONSULENT, COORDINATOR -> "redirect:/verhuisbox";
        };
    }
}
