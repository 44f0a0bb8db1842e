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
 * The coordinator's pages for account requests (reached from the task on the Verhuisbox worklist): the team's
 * requests, one request with approve and refuse, and after approving the one-time link to hand to the colleague.
 * And the page behind such a link, where the account's user chooses the password (no account needed: the link is the
 * credential). The services authorise and judge; these pages only translate.
 */
@Controller
class AccountverzoekPagina {

    private final Toegang toegang;
    private final Accountverzoeken verzoeken;
    private final Wachtwoordlinks links;
    private final Toewijzingen toewijzingen;

    AccountverzoekPagina(Toegang toegang, Accountverzoeken verzoeken, Wachtwoordlinks links,
            Toewijzingen toewijzingen) {
        this.toegang = toegang;
        this.verzoeken = verzoeken;
        this.links = links;
        this.toewijzingen = toewijzingen;
    }

    /** The refusal form: the reason as typed. */
    public record WeigerFormulier(String reden) {
    }

    /** The new-password form behind a one-time link. Passwords are never sent back to the browser. */
    public record WachtwoordFormulier(String wachtwoord, String herhaling) {
    }

    @GetMapping("/accountverzoeken")
    String lijst(Model model) {
        model.addAttribute("verzoeken", verzoeken.lijst(toegang.huidige()));
        return "accountverzoeken";
    }

    @GetMapping("/accountverzoeken/{id}")
    String verzoek(@PathVariable long id, Model model) {
        toon(id, model);
        model.addAttribute("weigering", new WeigerFormulier(null));
        return "accountverzoek";
    }

    /**
     * Approves and shows the one-time link in this very answer (no redirect: the secret must not pass through the
     * session store, where a flash attribute would put it). A request decided already goes back with the message.
     */
    @PostMapping("/accountverzoeken/{id}/goedkeuren")
    String keurGoed(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Accountverzoeken.Goedkeuring g;
        try {
            g = verzoeken.keurGoed(id, toegang.huidige(), Client.van(request));
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
            return "redirect:/accountverzoeken/" + id;
        }
        toon(id, model);
        model.addAttribute("link", g.link());
        model.addAttribute("weigering", new WeigerFormulier(null));
        return "accountverzoek";
    }

    @PostMapping("/accountverzoeken/{id}/weigeren")
    String weiger(@PathVariable long id, @ModelAttribute("weigering") WeigerFormulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            verzoeken.weiger(id, f.reden(), toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", "Het verzoek is geweigerd.");
            return "redirect:/accountverzoeken/" + id;
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/accountverzoeken/" + id;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        toon(id, model);
        return "accountverzoek";
    }

    private void toon(long id, Model model) {
        Accountverzoeken.Verzoek v = verzoeken.lees(id, toegang.huidige());
        model.addAttribute("verzoek", v);
        model.addAttribute("gevraagd", v.toewijzingen().stream().map(toewijzingen.omschrijver()).toList());
        model.addAttribute("rechten", verzoeken.rechten(v, toegang.huidige()));
    }

    @GetMapping("/wachtwoord/{token}")
    String link(@PathVariable("token") String geheim, Model model) {
        model.addAttribute("open", open(geheim));
        model.addAttribute("token", geheim);
        model.addAttribute("wachtwoord", new WachtwoordFormulier(null, null));
        return "wachtwoord";
    }

    @PostMapping("/wachtwoord/{token}")
    String stelIn(@PathVariable("token") String geheim, @ModelAttribute("wachtwoord") WachtwoordFormulier f,
            BindingResult fouten, HttpServletRequest request, Model model) {
        Wachtwoordlinks.Open open = open(geheim);
        Bindingfouten.voegToe(fouten, links.stelIn(geheim, f.wachtwoord(), f.herhaling(), Client.van(request)));
        if (fouten.hasErrors()) {
            model.addAttribute("open", open);
            model.addAttribute("token", geheim);
            return "wachtwoord";
        }
        return "redirect:/inloggen?wachtwoord";
    }

    private Wachtwoordlinks.Open open(String geheim) {
        return links.open(geheim).orElseThrow(() -> ApiException.notFound(
                "Deze link is onbekend, al gebruikt of verlopen. Vraag de beheerder om een nieuwe."));
    }
}
