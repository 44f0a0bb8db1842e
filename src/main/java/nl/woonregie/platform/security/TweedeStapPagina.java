package nl.woonregie.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of signing in ({@link TweedeStap}): after the password, the code from the authenticator app
 * ({@code /inloggen/code}), or — for an account that has none yet and must have one — setting it up
 * ({@code /inloggen/instellen}: the secret as text, as an {@code otpauth://} address and as a QR code, confirmed with
 * the app's first code). Only then is the account signed in (its session renewed). Any account may also set one up
 * from "Mijn account" ({@code /account/tweede-stap}). The service judges and counts the codes; these pages translate.
 */
@Controller
class TweedeStapPagina {

    /** Where the secret being set up waits until its first code confirms it (in this session only). */
    static final String GEHEIM = "woonregie.tweedestap.geheim";

    private final TweedeStap tweedeStap;
    private final GebruikerDetailsService details;
    private final HttpSessionSecurityContextRepository contexten = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache bewaard = new HttpSessionRequestCache();

    TweedeStapPagina(TweedeStap tweedeStap, GebruikerDetailsService details) {
        this.tweedeStap = tweedeStap;
        this.details = details;
    }

    /** The code as typed. */
    public record CodeFormulier(String code) {
    }

    @GetMapping("/inloggen/code")
    String code(Model model) {
        Tussenaanmelding t = tussen();
        if (t == null) {
            return nietTussen();
        }
        if (!tweedeStap.ingesteld(t.id())) {
            return "redirect:/inloggen/instellen";
        }
        model.addAttribute("tweedeStap", new CodeFormulier(null));
        return "inloggen-code";
    }

    @PostMapping("/inloggen/code")
    String controleer(@ModelAttribute("tweedeStap") CodeFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Tussenaanmelding t = tussen();
        if (t == null) {
            return nietTussen();
        }
        Gebruiker g = account(t);
        if (g == null) {
            return afgebroken(request);
        }
        TweedeStap.Uitslag u = tweedeStap.controleer(g, f.code(), request.getRemoteAddr(), Client.van(request));
        if (u instanceof TweedeStap.Uitslag.Goed) {
            return aangemeld(g, t, request, response);
        }
        toonUitslag(u, fouten, model);
        return "inloggen-code";
    }

    @GetMapping("/inloggen/instellen")
    String instellen(Model model, HttpSession sessie) {
        Tussenaanmelding t = tussen();
        if (t == null) {
            return nietTussen();
        }
        if (tweedeStap.ingesteld(t.id())) {
            return "redirect:/inloggen/code";
        }
        toonInstellen(t.getName(), sessie, model, "/inloggen/instellen");
        model.addAttribute("tweedeStap", new CodeFormulier(null));
        return "tweede-stap-instellen";
    }

    @PostMapping("/inloggen/instellen")
    String stelIn(@ModelAttribute("tweedeStap") CodeFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        Tussenaanmelding t = tussen();
        if (t == null) {
            return nietTussen();
        }
        Gebruiker g = account(t);
        if (g == null) {
            return afgebroken(request);
        }
        HttpSession sessie = request.getSession();
        if (sessie.getAttribute(GEHEIM) == null) {
            // no secret shown in this session (it ended, or the form was sent from elsewhere): show one first
            return "redirect:/inloggen/instellen";
        }
        TweedeStap.Uitslag u = stelIn(g, sessie, f.code(), request);
        if (u == null) {
            return "redirect:/inloggen/code";
        }
        if (u instanceof TweedeStap.Uitslag.Goed) {
            return aangemeld(g, t, request, response);
        }
        toonUitslag(u, fouten, model);
        toonInstellen(t.getName(), sessie, model, "/inloggen/instellen");
        return "tweede-stap-instellen";
    }

    /** "Mijn account": set up a second step (also when no role requires one); one set up stays until a reset. */
    @GetMapping("/account/tweede-stap")
    String account(Model model, HttpSession sessie) {
        Gebruiker g = aangemeld();
        if (tweedeStap.ingesteld(g.id()) || !tweedeStap.metWachtwoord(g.id())) {
            return "redirect:/account";
        }
        toonInstellen(g.gebruikersnaam(), sessie, model, "/account/tweede-stap");
        model.addAttribute("tweedeStap", new CodeFormulier(null));
        return "tweede-stap-instellen";
    }

    @PostMapping("/account/tweede-stap")
    String stelInVanuitAccount(@ModelAttribute("tweedeStap") CodeFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = aangemeld();
        HttpSession sessie = request.getSession();
        if (sessie.getAttribute(GEHEIM) == null) {
            return "redirect:/account/tweede-stap";
        }
        TweedeStap.Uitslag u = stelIn(g, sessie, f.code(), request);
        if (u == null) {
            return "redirect:/account";
        }
        if (u instanceof TweedeStap.Uitslag.Goed) {
            redirect.addFlashAttribute("melding", "De tweede stap is ingesteld. Voortaan vraagt Woonregie na uw "
                    + "wachtwoord de code uit uw app.");
            return "redirect:/account";
        }
        toonUitslag(u, fouten, model);
        toonInstellen(g.gebruikersnaam(), sessie, model, "/account/tweede-stap");
        return "tweede-stap-instellen";
    }

    /** The secret of this session (made once, kept until it is confirmed), as text, address and QR code. */
    private void toonInstellen(String gebruikersnaam, HttpSession sessie, Model model, String actie) {
        String geheim = (String) sessie.getAttribute(GEHEIM);
        if (geheim == null) {
            geheim = tweedeStap.nieuwGeheim();
            sessie.setAttribute(GEHEIM, geheim);
        }
        String otpauth = TweedeStap.otpauth(gebruikersnaam, geheim);
        model.addAttribute("geheim", geheim);
        model.addAttribute("geheimInGroepen", geheim.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauth", otpauth);
        model.addAttribute("qr", QrCode.dataAdres(otpauth));
        model.addAttribute("actie", actie);
        model.addAttribute("verplicht", actie.startsWith("/inloggen"));
    }

    /**
     * Sets up the second step with the secret shown in this session and the code from the app; the secret leaves the
     * session once it is set up. Null when the account has one set up already (meanwhile, elsewhere).
     */
    private TweedeStap.Uitslag stelIn(Gebruiker g, HttpSession sessie, String code, HttpServletRequest request) {
        try {
            TweedeStap.Uitslag u = tweedeStap.stelIn(g, (String) sessie.getAttribute(GEHEIM), code,
                    request.getRemoteAddr(), Client.van(request));
            if (u instanceof TweedeStap.Uitslag.Goed) {
                sessie.removeAttribute(GEHEIM);
            }
            return u;
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                return null;
            }
            throw e;
        }
    }

    private static void toonUitslag(TweedeStap.Uitslag u, BindingResult fouten, Model model) {
        if (u instanceof TweedeStap.Uitslag.Fout f) {
            Bindingfouten.voegToe(fouten, java.util.List.of(f.melding()));
        } else if (u instanceof TweedeStap.Uitslag.Geblokkeerd b) {
            model.addAttribute("blokkadeMinuten", b.minuten());
        }
    }

    /** Both steps done: the account is signed in, in a renewed session, and goes where it was going. */
    private String aangemeld(Gebruiker g, Tussenaanmelding t, HttpServletRequest request,
            HttpServletResponse response) {
        UsernamePasswordAuthenticationToken volledig = UsernamePasswordAuthenticationToken.authenticated(g, null,
                g.getAuthorities());
        volledig.setDetails(t.herkomst());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(volledig);
        SecurityContextHolder.setContext(context);
        // a new session row, as the form login makes (SecurityConfiguration): a late save of the old one cannot undo it
        new org.springframework.security.web.authentication.session.SessionFixationProtectionStrategy()
                .onAuthentication(volledig, request, response);
        contexten.saveContext(context, request, response);
        SavedRequest doel = bewaard.getRequest(request, response);
        bewaard.removeRequest(request, response);
        return "redirect:" + (doel == null ? "/start" : doel.getRedirectUrl());
    }

    /** The account of a half sign-in as it is now; null when it is gone or no longer active. */
    private Gebruiker account(Tussenaanmelding t) {
        return details.vind("id = ?", t.id()).filter(Gebruiker::actief).orElse(null);
    }

    /** The account went inactive between the steps: the half sign-in ends. */
    private String afgebroken(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession sessie = request.getSession(false);
        if (sessie != null) {
            sessie.invalidate();
        }
        return "redirect:/inloggen?error";
    }

    private static Tussenaanmelding tussen() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof Tussenaanmelding t ? t : null;
    }

    /** A signed-in account goes to its start, anyone else to the login form. */
    private static String nietTussen() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Gebruiker ? "redirect:/start" : "redirect:/inloggen";
    }

    private static Gebruiker aangemeld() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Gebruiker g)) {
            throw new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan.",
                    null);
        }
        return g;
    }
}
