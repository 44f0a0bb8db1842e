package nl.woonregie.verhuisbox.traject;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
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
 * The coordinator's pages of the register of referring organisations ({@link Verwijzers}, the same calls as the
 * API): the register with a form to add an entry and the list of typed organisations no entry matched (each can be
 * linked to an entry); one entry with its form (the version it changes travels along) and its aanmelder accounts.
 */
@Controller
class VerwijzerPagina {

    /** An entry as the form sends it. */
    public record VerwijzerFormulier(String naam, String soort, String contactpersoon, String contactEmail,
            String actief, String versie) {

        static VerwijzerFormulier leeg() {
            return new VerwijzerFormulier(null, null, null, null, "ja", null);
        }

        static VerwijzerFormulier van(Verwijzers.Verwijzer v) {
            return new VerwijzerFormulier(v.naam(), v.soort().name(), v.contactpersoon(), v.contactEmail(),
                    v.actief() ? "ja" : null, String.valueOf(v.versie()));
        }

        Verwijzers.Invoer invoer() {
            return new Verwijzers.Invoer(naam, soort, contactpersoon, contactEmail, "ja".equals(actief));
        }
    }

    /** An aanmelder account to link or unlink, with the version of the entry. */
    public record AanmelderFormulier(String gebruikersnaam, String versie) {
    }

    /** A typed organisation to link to an entry. */
    public record KoppelFormulier(String organisatie, String verwijzer) {
    }

    private final Verwijzers verwijzers;
    private final VerhuisboxToegang toegang;

    VerwijzerPagina(Verwijzers verwijzers, VerhuisboxToegang toegang) {
        this.verwijzers = verwijzers;
        this.toegang = toegang;
    }

    @GetMapping("/verhuisbox/verwijzers")
    String register(Model model) {
        return register(toegang.rol(Rol.COORDINATOR), model);
    }

    private String register(Gebruiker g, Model model) {
        model.addAttribute("verwijzers", verwijzers.lijst(g));
        model.addAttribute("ongekoppeld", verwijzers.ongekoppeld(g));
        model.addAttribute("soorten", Verwijzers.Soort.values());
        if (!model.containsAttribute("nieuw")) {
            model.addAttribute("nieuw", VerwijzerFormulier.leeg());
        }
        if (!model.containsAttribute("koppeling")) {
            model.addAttribute("koppeling", new KoppelFormulier(null, null));
        }
        return "verhuisbox/verwijzers";
    }

    @PostMapping("/verhuisbox/verwijzers")
    String voegToe(@ModelAttribute("nieuw") VerwijzerFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        return Bindingfouten.stap(model, fouten, () -> {
            Verwijzers.Verwijzer v = verwijzers.voegToe(f.invoer(), g, Client.van(request));
            redirect.addFlashAttribute("melding", v.naam() + " staat in het register.");
            return "redirect:/verhuisbox/verwijzers";
        }, () -> register(g, model));
    }

    @PostMapping("/verhuisbox/verwijzers/koppelingen")
    String koppel(@ModelAttribute("koppeling") KoppelFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Long verwijzer = Bindingfouten.keuze(fouten, "verwijzer", f.verwijzer());
        if (verwijzer == null && !fouten.hasFieldErrors("verwijzer")) {
            fouten.rejectValue("verwijzer", "verplicht", "kies een verwijzer");
        }
        return Bindingfouten.stap(model, fouten, () -> f.organisatie() == null || f.organisatie().isBlank()
                ? List.of(new nl.woonregie.platform.web.InvalidParam("organisatie", "kies een organisatie"))
                : List.of(), () -> {
                    List<Long> casussen = verwijzers.koppelMeldingen(verwijzer, f.organisatie(), g,
                            Client.van(request));
                    redirect.addFlashAttribute("melding", casussen.size() + (casussen.size() == 1 ? " melding is"
                            : " meldingen zijn") + " gekoppeld.");
                    return "redirect:/verhuisbox/verwijzers";
                }, () -> register(g, model));
    }

    @GetMapping("/verhuisbox/verwijzers/{id}")
    String verwijzer(@PathVariable long id, Model model) {
        return verwijzer(id, toegang.rol(Rol.COORDINATOR), model);
    }

    private String verwijzer(long id, Gebruiker g, Model model) {
        Verwijzers.Verwijzer v = verwijzers.lees(id, g);
        model.addAttribute("verwijzer", v);
        model.addAttribute("soorten", Verwijzers.Soort.values());
        if (!model.containsAttribute("wijziging")) {
            model.addAttribute("wijziging", VerwijzerFormulier.van(v));
        }
        if (!model.containsAttribute("aanmelder")) {
            model.addAttribute("aanmelder", new AanmelderFormulier(null, String.valueOf(v.versie())));
        }
        return "verhuisbox/verwijzer";
    }

    @PostMapping("/verhuisbox/verwijzers/{id}")
    String wijzig(@PathVariable long id, @ModelAttribute("wijziging") VerwijzerFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            verwijzers.wijzig(id, versie, f.invoer(), g, Client.van(request));
            redirect.addFlashAttribute("melding", "De verwijzer is gewijzigd.");
            return "redirect:/verhuisbox/verwijzers/" + id;
        }, () -> verwijzer(id, g, model));
    }

    @PostMapping("/verhuisbox/verwijzers/{id}/aanmelders")
    String koppelAanmelder(@PathVariable long id, @ModelAttribute("aanmelder") AanmelderFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            verwijzers.koppelAanmelder(id, versie, f.gebruikersnaam(), g, Client.van(request));
            redirect.addFlashAttribute("melding", f.gebruikersnaam().strip() + " hoort nu bij deze verwijzer.");
            return "redirect:/verhuisbox/verwijzers/" + id;
        }, () -> verwijzer(id, g, model));
    }

    @PostMapping("/verhuisbox/verwijzers/{id}/aanmelders/ontkoppelen")
    String ontkoppelAanmelder(@PathVariable long id, @ModelAttribute("aanmelder") AanmelderFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            verwijzers.ontkoppelAanmelder(id, versie, f.gebruikersnaam(), g, Client.van(request));
            redirect.addFlashAttribute("melding", f.gebruikersnaam() + " hoort niet meer bij deze verwijzer.");
            return "redirect:/verhuisbox/verwijzers/" + id;
        }, () -> verwijzer(id, g, model));
    }

    /** The register on the coordinator's worklist. */
    @org.springframework.stereotype.Component
    static class Link implements Werklijstlink {

        @Override
        public List<Werklijstlink.Link> voor(Gebruiker g) {
            return VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR)
                    ? List.of(new Werklijstlink.Link(62, "/verhuisbox/verwijzers", "Verwijzende organisaties"))
                    : List.of();
        }
    }
}
