package nl.woonregie.verdeling;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of art. 30: a province's gemeenten changed by a herindeling for a half-year's distribution, their parts and
 * the sum, and the form with which the province records the figure Gedeputeerde Staten fixed (with the decision's
 * reference). {@link Herindelingsbevolking} judges access and input, as for the API.
 */
@Controller
class HerindelingPagina {

    /** The form of a fixed figure. */
    public record HerindelingFormulier(String provincie, String periode, String gemeente, String inwoners,
            String kenmerk, String besluitdatum) {
    }

    private final Herindelingsbevolking herindelingen;
    private final GebiedService gebied;
    private final Toegang toegang;

    HerindelingPagina(Herindelingsbevolking herindelingen, GebiedService gebied, Toegang toegang) {
        this.herindelingen = herindelingen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/verdeling/herindelingen")
    String pagina(@RequestParam(required = false) String provincie, @RequestParam(required = false) String periode,
            Model model) {
        Gebruiker g = toegang.huidige();
        List<Provincie> provincies = provincies(g);
        if (provincies.isEmpty()) {
            Toegang.rol(g, Rol.TOEZICHTHOUDER, Rol.RIJK, Rol.BEHEERDER); // the 403 of the page
        }
        String gekozen = provincie != null && !provincie.isBlank() ? provincie.strip()
                : provincies.size() == 1 || !g.heeft(Rol.BEHEERDER, Rol.RIJK) ? provincies.get(0).code() : null;
        String halfjaar = periode == null || periode.isBlank() ? null : periode.strip();
        model.addAttribute("herindeling", new HerindelingFormulier(gekozen, halfjaar, null, null, null, null));
        return vul(g, gekozen, halfjaar, provincies, model, null);
    }

    @PostMapping("/verdeling/herindelingen")
    String vastleggen(@ModelAttribute("herindeling") HerindelingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = herindelingen.vereisVastleggen(toegang.huidige(), f.provincie());
        try {
            Herindelingsgemeente h = herindelingen.vastleggen(g, f.provincie(), f.periode(), f.gemeente(),
                    f.inwoners() == null ? null : f.inwoners().strip().replace(".", ""), f.kenmerk(),
                    f.besluitdatum(), Client.van(request));
            redirect.addFlashAttribute("melding", "Het inwonertal van " + h.naam() + " is vastgelegd: "
                    + String.format(java.util.Locale.forLanguageTag("nl-NL"), "%,d", h.gebruikt())
                    + " (besluit " + h.vastgesteld().kenmerk() + ").");
            return "redirect:" + UriComponentsBuilder.fromPath("/verdeling/herindelingen")
                    .queryParam("provincie", f.provincie()).queryParam("periode", f.periode().strip())
                    .build().encode().toUriString();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return vul(g, f.provincie(), f.periode(), provincies(g), model, fouten);
    }

    private String vul(Gebruiker g, String provincie, String periode, List<Provincie> provincies, Model model,
            BindingResult fouten) {
        model.addAttribute("provincies", provincies);
        model.addAttribute("gekozen", provincie);
        model.addAttribute("periode", periode);
        if (provincie != null && periode != null) {
            try {
                model.addAttribute("overzicht", herindelingen.overzicht(g, provincie, periode));
                model.addAttribute("magVastleggen", Herindelingsbevolking.magVastleggen(g, provincie));
                model.addAttribute("provincienaam", gebied.provincie(provincie).map(Provincie::naam).orElse(provincie));
            } catch (ApiException e) {
                if (e.status().value() != 400) {
                    throw e;
                }
                model.addAttribute("probleem", e.invalidParams().isEmpty() ? e.getMessage()
                        : e.invalidParams().get(0).reason());
            }
        }
        return "verdeling/herindelingen";
    }

    /** The provinces this account may look at: all for BEHEERDER and RIJK, its own for a TOEZICHTHOUDER. */
    private List<Provincie> provincies(Gebruiker g) {
        if (g.heeft(Rol.BEHEERDER, Rol.RIJK)) {
            return gebied.provincies();
        }
        return g.provincies(Rol.TOEZICHTHOUDER).stream().map(gebied::provincie).flatMap(Optional::stream).toList();
    }
}
