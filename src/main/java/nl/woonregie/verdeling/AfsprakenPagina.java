package nl.woonregie.verdeling;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of herverdeling and uitruil: the province's agreements and exchanges with the forms to record them
 * ({@code /verdeling/afspraken}, TOEZICHTHOUDER and BEHEERDER), and a gemeente's own ({@code /gemeenten/{code}/afspraken},
 * linked from its history page). {@link Herverdelingen} and {@link Uitruilen} judge access and input, as for the API.
 */
@Controller
class AfsprakenPagina {

    /** Rows of the agreement's form: enough for most agreements; more gemeenten go through the API. */
    static final int RIJEN = 4;

    /** The agreement's form, rows shaped as the API's request ({@code gemeenten[1].taakstelling}). */
    public record HerverdelingFormulier(String periode, String kenmerk, String besluitdatum, String toelichting,
            List<Rij> gemeenten) {

        public HerverdelingFormulier {
            List<Rij> rijen = new ArrayList<>(gemeenten == null ? List.of() : gemeenten);
            while (rijen.size() < RIJEN) {
                rijen.add(new Rij(null, null));
            }
            gemeenten = rijen;
        }

        /** The rows up to the last one filled in (a gap in between stays: the service names it). */
        List<Herverdelingen.Deel> delen() {
            int laatste = -1;
            for (int i = 0; i < gemeenten.size(); i++) {
                if (!gemeenten.get(i).leeg()) {
                    laatste = i;
                }
            }
            List<Herverdelingen.Deel> d = new ArrayList<>();
            for (int i = 0; i <= laatste; i++) {
                d.add(new Herverdelingen.Deel(gemeenten.get(i).gemeente(), gemeenten.get(i).taakstelling()));
            }
            return d;
        }
    }

    /** A gemeente and its new taakstelling as typed. */
    public record Rij(String gemeente, String taakstelling) {

        boolean leeg() {
            return (gemeente == null || gemeente.isBlank()) && (taakstelling == null || taakstelling.isBlank());
        }
    }

    /** The exchange's form. */
    public record UitruilFormulier(String periode, String vanGemeente, String naarGemeente, String aantal, String kenmerk,
            String besluitdatum, String toelichting) {
    }

    private final Herverdelingen herverdelingen;
    private final Uitruilen uitruilen;
    private final GebiedService gebied;
    private final Toegang toegang;

    AfsprakenPagina(Herverdelingen herverdelingen, Uitruilen uitruilen, GebiedService gebied, Toegang toegang) {
        this.herverdelingen = herverdelingen;
        this.uitruilen = uitruilen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/verdeling/afspraken")
    String pagina(Model model) {
        Gebruiker g = herverdelingen.vereisVastleggen(toegang.huidige());
        model.addAttribute("herverdeling", new HerverdelingFormulier(null, null, null, null, null));
        model.addAttribute("uitruil", new UitruilFormulier(null, null, null, null, null, null, null));
        return vul(g, model);
    }

    @PostMapping("/verdeling/herverdelingen")
    String herverdelingVastleggen(@ModelAttribute("herverdeling") HerverdelingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = herverdelingen.vereisVastleggen(toegang.huidige());
        try {
            Herverdeling h = herverdelingen.vastleggen(g, new Herverdelingen.Verzoek(f.periode(), f.kenmerk(),
                    f.besluitdatum(), f.toelichting(), f.delen()), Client.van(request));
            redirect.addFlashAttribute("melding", "De herverdeling " + h.periode() + " (besluit " + h.kenmerk()
                    + ") is vastgelegd: de taakstellingen van " + Weergave.telling(h.gemeenten().size(), "gemeente",
                            "gemeenten") + " zijn gewijzigd.");
            return "redirect:/verdeling/afspraken#herverdeling-" + h.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        model.addAttribute("uitruil", new UitruilFormulier(null, null, null, null, null, null, null));
        return vul(g, model);
    }

    @PostMapping("/verdeling/uitruilen")
    String uitruilVastleggen(@ModelAttribute("uitruil") UitruilFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = uitruilen.vereisVastleggen(toegang.huidige());
        try {
            Uitruil u = uitruilen.vastleggen(g, new Uitruilen.Verzoek(f.periode(), f.vanGemeente(), f.naarGemeente(), f.aantal(),
                    f.kenmerk(), f.besluitdatum(), f.toelichting()), Client.van(request));
            redirect.addFlashAttribute("melding", "De uitruil is vastgelegd: " + Weergave.telling(u.aantal(),
                    "vergunninghouder", "vergunninghouders") + " van " + u.van().naam() + " tellen over " + u.periode()
                    + " voor " + u.naar().naam() + ".");
            return "redirect:/verdeling/afspraken#uitruil-" + u.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        model.addAttribute("herverdeling", new HerverdelingFormulier(null, null, null, null, null));
        return vul(g, model);
    }

    @GetMapping("/gemeenten/{code}/afspraken")
    String gemeente(@PathVariable String code, Model model) {
        Gebruiker g = toegang.huidige();
        String c = code.strip();
        model.addAttribute("herverdelingen", herverdelingen.vanGemeente(g, c));
        model.addAttribute("uitruilen", uitruilen.vanGemeente(g, c));
        model.addAttribute("gemeente", c);
        model.addAttribute("naam", gebied.naam(c));
        return "verdeling/gemeente-afspraken";
    }

    private String vul(Gebruiker g, Model model) {
        model.addAttribute("herverdelingen", herverdelingen.lijst(g));
        model.addAttribute("uitruilen", uitruilen.lijst(g));
        model.addAttribute("gemeenten", gemeenten(g));
        model.addAttribute("rijen", RIJEN);
        return "verdeling/afspraken";
    }

    /** The gemeenten of today the account may choose: every one (BEHEERDER) or those of its provinces, by name. */
    private List<Gemeente> gemeenten(Gebruiker g) {
        Set<String> provincies = g.provincies(Rol.TOEZICHTHOUDER);
        return gebied.gemeentenOp(gebied.vandaag()).stream()
                .filter(x -> g.heeft(Rol.BEHEERDER) || (x.provincie() != null
                        && provincies.contains(x.provincie().code())))
                .sorted(java.util.Comparator.comparing(Gemeente::naam)).toList();
    }
}
