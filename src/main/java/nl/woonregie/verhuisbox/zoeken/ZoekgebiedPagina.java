package nl.woonregie.verhuisbox.zoeken;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.traject.Werklijstlink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's pages of the register of search areas ({@link Zoekgebieden}, the same calls as the API; ADR
 * 0061): the register with the housing-market pressure of each area and a form to add one; one area with its form
 * (the version it changes travels along). The casemanager reads the register.
 */
@Controller
class ZoekgebiedPagina {

    /** An area as the form sends it; {@code gemeenten}: CBS codes separated by commas or spaces. */
    public record ZoekgebiedFormulier(String naam, String soort, String druk, String gemeenten, String bron,
            String versie) {

        static ZoekgebiedFormulier leeg() {
            return new ZoekgebiedFormulier(null, null, null, null, null, null);
        }

        static ZoekgebiedFormulier van(Zoekgebieden.Zoekgebied z) {
            return new ZoekgebiedFormulier(z.naam(), z.soort().name(), z.druk() == null ? null : z.druk().name(),
                    String.join(", ", z.gemeenten().stream().map(Zoekgebieden.Gebiedsgemeente::code).toList()),
                    z.bron(), String.valueOf(z.versie()));
        }

        Zoekgebieden.Invoer invoer() {
            List<String> codes = gemeenten == null || gemeenten.isBlank() ? List.of()
                    : Arrays.stream(gemeenten.strip().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
            return new Zoekgebieden.Invoer(naam, soort, druk, codes, bron);
        }
    }

    private final Zoekgebieden zoekgebieden;
    private final VerhuisboxToegang toegang;

    ZoekgebiedPagina(Zoekgebieden zoekgebieden, VerhuisboxToegang toegang) {
        this.zoekgebieden = zoekgebieden;
        this.toegang = toegang;
    }

    @GetMapping("/verhuisbox/zoekgebieden")
    String register(Model model) {
        return register(toegang.rol(Rol.COORDINATOR, Rol.CASEMANAGER), model);
    }

    private String register(Gebruiker g, Model model) {
        model.addAttribute("zoekgebieden", zoekgebieden.lijst(g));
        model.addAttribute("beheer", VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR));
        model.addAttribute("soorten", Gebiedssoort.values());
        model.addAttribute("niveaus", Marktdruk.values());
        if (!model.containsAttribute("nieuw")) {
            model.addAttribute("nieuw", ZoekgebiedFormulier.leeg());
        }
        return "verhuisbox/zoekgebieden";
    }

    @PostMapping("/verhuisbox/zoekgebieden")
    String voegToe(@ModelAttribute("nieuw") ZoekgebiedFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        return Bindingfouten.stap(model, fouten, () -> opVeld(() -> {
            Zoekgebieden.Zoekgebied z = zoekgebieden.voegToe(f.invoer(), g, Client.van(request));
            redirect.addFlashAttribute("melding", z.naam() + " staat in het register.");
            return "redirect:/verhuisbox/zoekgebieden";
        }), () -> register(g, model));
    }

    @GetMapping("/verhuisbox/zoekgebieden/{id}")
    String zoekgebied(@PathVariable long id, Model model) {
        return zoekgebied(id, toegang.rol(Rol.COORDINATOR, Rol.CASEMANAGER), model);
    }

    private String zoekgebied(long id, Gebruiker g, Model model) {
        Zoekgebieden.Zoekgebied z = zoekgebieden.lees(id, g);
        model.addAttribute("zoekgebied", z);
        model.addAttribute("beheer", VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR));
        model.addAttribute("soorten", Gebiedssoort.values());
        model.addAttribute("niveaus", Marktdruk.values());
        if (!model.containsAttribute("wijziging")) {
            model.addAttribute("wijziging", ZoekgebiedFormulier.van(z));
        }
        return "verhuisbox/zoekgebied";
    }

    @PostMapping("/verhuisbox/zoekgebieden/{id}")
    String wijzig(@PathVariable long id, @ModelAttribute("wijziging") ZoekgebiedFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        return Bindingfouten.stap(model, fouten, List::of, () -> opVeld(() -> {
            zoekgebieden.wijzig(id, versie, f.invoer(), g, Client.van(request));
            redirect.addFlashAttribute("melding", "Het zoekgebied is gewijzigd.");
            return "redirect:/verhuisbox/zoekgebieden/" + id;
        }), () -> zoekgebied(id, g, model));
    }

    /** The service names each gemeente ({@code gemeenten[2]}); the form has one field for them all. */
    private static String opVeld(Supplier<String> stap) {
        try {
            return stap.get();
        } catch (ApiException e) {
            if (e.invalidParams().stream().noneMatch(p -> p.name().startsWith("gemeenten["))) {
                throw e;
            }
            throw new ApiException(e.status(), e.title(), e.getMessage(), e.invalidParams().stream()
                    .map(p -> p.name().startsWith("gemeenten[") ? new InvalidParam("gemeenten", "gemeente "
                            + (Integer.parseInt(p.name().replaceAll("\\D", "")) + 1) + ": " + p.reason()) : p)
                    .toList());
        }
    }

    /** The register on the worklist of the coordinator (who keeps it) and the casemanager (who chooses from it). */
    @org.springframework.stereotype.Component
    static class Link implements Werklijstlink {

        @Override
        public List<Werklijstlink.Link> voor(Gebruiker g) {
            return VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR, Rol.CASEMANAGER)
                    ? List.of(new Werklijstlink.Link(63, "/verhuisbox/zoekgebieden", "Zoekgebieden en woningmarktdruk"))
                    : List.of();
        }
    }
}
