package nl.woonregie.brieven;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor's page of the province's reminders (issue 19 §7): what was sent with the outbox's status, what is due
 * in the coming days, the days before a peildatum (a form to the version read) and a button that runs the daily job
 * for the province now. Through {@link Herinneringsoverzichten}, as the API.
 */
@Controller
class HerinneringPagina {

    /** The setting's form, as typed. */
    public record Formulier(String dagenVoorPeildata, String versie) {

        static Formulier van(Herinneringsinstelling i) {
            return new Formulier(Integer.toString(i.dagenVoorPeildata()), Integer.toString(i.versie()));
        }
    }

    private final Herinneringsoverzichten overzichten;
    private final Toegang toegang;

    HerinneringPagina(Herinneringsoverzichten overzichten, Toegang toegang) {
        this.overzichten = overzichten;
        this.toegang = toegang;
    }

    @GetMapping("/provincies/{code}/herinneringen")
    String pagina(@PathVariable String code, Model model) {
        Herinneringsoverzicht o = overzichten.overzicht(toegang.huidige(), code);
        model.addAttribute("formulier", Formulier.van(o.instelling()));
        return pagina(o, model);
    }

    @PostMapping("/provincies/{code}/herinneringen/instelling")
    String wijzig(@PathVariable String code, @ModelAttribute("formulier") Formulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Integer dagen = Bindingfouten.geheel(fouten, "dagenVoorPeildata", f.dagenVoorPeildata());
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        HerinneringsinstellingVerzoek verzoek = new HerinneringsinstellingVerzoek(dagen, versie);
        return Bindingfouten.stap(model, fouten, () -> {
            overzichten.instelling(g, code);
            return Herinneringsoverzichten.controleer(verzoek);
        }, () -> {
            Herinneringsinstelling i = overzichten.wijzig(g, code, null, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "Opgeslagen: de gemeenten krijgen een herinnering "
                    + i.dagenVoorPeildata() + (i.dagenVoorPeildata() == 1 ? " dag" : " dagen")
                    + " vóór een peildatum.");
            return "redirect:/provincies/" + code + "/herinneringen";
        }, () -> pagina(overzichten.overzicht(g, code), model));
    }

    @PostMapping("/provincies/{code}/herinneringen/versturen")
    String versturen(@PathVariable String code, HttpServletRequest request, RedirectAttributes redirect) {
        int n = overzichten.nuVersturen(toegang.huidige(), code, Client.van(request));
        redirect.addFlashAttribute("melding", n == 0 ? "Er was vandaag niets (meer) te versturen."
                : (n == 1 ? "1 herinnering staat" : n + " herinneringen staan") + " in de uitgaande post.");
        return "redirect:/provincies/" + code + "/herinneringen";
    }

    /**
     * Issue 19 §8, the button on COA's monthly overview page (module toezicht): each municipality gets its own row of
     * the month by e-mail; back to that page with how many were queued.
     */
    @PostMapping("/provincies/{code}/maandoverzicht/versturen")
    String maandoverzicht(@PathVariable String code, @RequestParam(required = false) String maand,
            HttpServletRequest request, RedirectAttributes redirect) {
        Herinneringsoverzichten.Maandverzending v = overzichten.maandoverzichtVersturen(toegang.huidige(), code, maand,
                Client.van(request));
        String naam = Herinneringen.maandnaam(v.maand());
        redirect.addFlashAttribute("melding", v.geplaatst() == 0
                ? "Maandoverzicht " + naam + ": er was niets nieuws te versturen (elk contact had het al, of de "
                        + "gemeenten hebben geen ambtelijk contact met een e-mailadres)."
                : "Maandoverzicht " + naam + ": " + (v.geplaatst() == 1 ? "1 bericht staat" : v.geplaatst()
                        + " berichten staan") + " in de uitgaande post, elke gemeente haar eigen regel.");
        return "redirect:/provincies/" + code + "/maandoverzicht?maand=" + v.maand();
    }

    private static String pagina(Herinneringsoverzicht o, Model model) {
        model.addAttribute("overzicht", o);
        return "brieven/herinneringen";
    }
}
