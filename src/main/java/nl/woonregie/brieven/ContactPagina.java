package nl.woonregie.brieven;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
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
 * The contacts register's pages: a municipality's contacts ({@code /gemeenten/{code}/contacten}), a province's contacts
 * at COA regions and corporations ({@code /provincies/{code}/contacten}), one contact with its versions and the form
 * that changes it ({@code /contacten/{id}}). The form is shaped as the API's request, so the service's invalid fields
 * are its property paths; a refused form keeps every typed value.
 */
@Controller
class ContactPagina {

    /** The form, as typed ({@code ja} for a ticked box). */
    public record ContactFormulier(String soort, String rol, String naam, String functie, String email,
            String telefoon, String postadres, String elektronischBereikbaar, String elektronischSinds,
            String toelichting, String actief, List<String> herinneringen, String organisatiesoort,
            String organisatie, String versie, String reden) {

        static ContactFormulier leeg() {
            return new ContactFormulier(null, null, null, null, null, null, null, null, null, null, "ja",
                    alleHerinneringen(), null, null, null, null);
        }

        /** The kinds of reminder as the form's ticked boxes: all on. */
        static List<String> alleHerinneringen() {
            return java.util.Arrays.stream(Herinneringsoort.values()).map(Enum::name).toList();
        }

        /** Whether the box of this kind of reminder is ticked. */
        public boolean herinnering(Herinneringsoort soort) {
            return herinneringen != null && herinneringen.contains(soort.name());
        }

        static ContactFormulier van(Contact c) {
            Contactgegevens g = c.gegevens();
            return new ContactFormulier(g.soort().name(), g.rol().name(), g.naam(), g.functie(), g.email(),
                    g.telefoon(), g.postadres(), g.elektronischBereikbaar() ? "ja" : null,
                    g.elektronischSinds() == null ? null : g.elektronischSinds().toString(), g.toelichting(),
                    g.actief() ? "ja" : null, java.util.Arrays.stream(Herinneringsoort.values())
                            .filter(g::wilHerinnering).map(Enum::name).toList(), null, null,
                    Integer.toString(c.versie()), null);
        }

        Contactverzoek alsVerzoek(boolean provincieregister, boolean wijziging) {
            return new Contactverzoek(soort, rol, naam, functie, email, telefoon, postadres,
                    "ja".equals(elektronischBereikbaar), elektronischSinds, toelichting,
                    wijziging ? "ja".equals(actief) : null, provincieregister && !wijziging ? leegNull(organisatiesoort)
                            : null, provincieregister ? leegNull(organisatie) : null,
                    provincieregister ? null : java.util.Arrays.stream(Herinneringsoort.values()).map(Enum::name)
                            .filter(k -> herinneringen == null || !herinneringen.contains(k)).toList(), null, reden);
        }

        private static String leegNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    private final Contacten contacten;
    private final GebiedService gebied;
    private final Toegang toegang;

    ContactPagina(Contacten contacten, GebiedService gebied, Toegang toegang) {
        this.contacten = contacten;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/contacten")
    String gemeente(@PathVariable String code, Model model) {
        model.addAttribute("formulier", ContactFormulier.leeg());
        return gemeentePagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/contacten")
    String toevoegenAanGemeente(@PathVariable String code, @ModelAttribute("formulier") ContactFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Contact c = contacten.toevoegenAanGemeente(toegang.huidige(), code, f.alsVerzoek(false, false),
                    Client.van(request));
            redirect.addFlashAttribute("melding", c.gegevens().naam() + " is toegevoegd aan de contacten.");
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return gemeentePagina(code, model);
        }
        return "redirect:/gemeenten/" + code + "/contacten";
    }

    @GetMapping("/provincies/{code}/contacten")
    String provincie(@PathVariable String code, Model model) {
        model.addAttribute("formulier", ContactFormulier.leeg());
        return provinciePagina(code, model);
    }

    @PostMapping("/provincies/{code}/contacten")
    String toevoegenAanProvincie(@PathVariable String code, @ModelAttribute("formulier") ContactFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Contact c = contacten.toevoegenAanProvincie(toegang.huidige(), code, f.alsVerzoek(true, false),
                    Client.van(request));
            redirect.addFlashAttribute("melding", c.gegevens().naam() + " (" + c.organisatie()
                    + ") is toegevoegd aan de contacten.");
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return provinciePagina(code, model);
        }
        return "redirect:/provincies/" + code + "/contacten";
    }

    @GetMapping("/contacten/{id}")
    String contact(@PathVariable long id, Model model) {
        Contact c = contacten.lees(toegang.huidige(), id);
        model.addAttribute("formulier", ContactFormulier.van(c));
        return contactPagina(c, model);
    }

    @PostMapping("/contacten/{id}")
    String wijzigen(@PathVariable long id, @ModelAttribute("formulier") ContactFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Contact voor = contacten.lees(g, id);
        Integer versie;
        try {
            versie = f.versie() == null ? null : Integer.valueOf(f.versie().strip());
        } catch (NumberFormatException e) {
            versie = null;
        }
        try {
            Contact c = contacten.wijzigen(g, id, versie, f.alsVerzoek(
                    voor.organisatiesoort() != Organisatiesoort.GEMEENTE, true), Client.van(request));
            redirect.addFlashAttribute("melding", "De gegevens van " + c.gegevens().naam() + " zijn opgeslagen "
                    + "(versie " + c.versie() + ").");
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/contacten/" + id;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return contactPagina(voor, model);
        }
        return "redirect:/contacten/" + id;
    }

    private String gemeentePagina(String code, Model model) {
        Gebruiker g = toegang.huidige();
        List<Contact> lijst = contacten.vanGemeente(g, code);
        Contacten.Zicht z = contacten.zichtGemeente(g, code);
        model.addAttribute("contacten", lijst);
        model.addAttribute("zicht", z);
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("provincieregister", false);
        model.addAttribute("actie", "/gemeenten/" + code + "/contacten");
        vulKeuzes(model);
        return "brieven/contacten";
    }

    private String provinciePagina(String code, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("contacten", contacten.vanProvincie(g, code));
        model.addAttribute("zicht", new Contacten.Zicht(true, true, Bijhouder.PROVINCIE));
        model.addAttribute("provincie", code);
        model.addAttribute("naam", gebied.provincie(code).map(p -> p.naam()).orElse(code));
        model.addAttribute("provincieregister", true);
        model.addAttribute("actie", "/provincies/" + code + "/contacten");
        vulKeuzes(model);
        return "brieven/contacten";
    }

    private String contactPagina(Contact c, Model model) {
        model.addAttribute("contact", c);
        model.addAttribute("provincieregister", c.organisatiesoort() != Organisatiesoort.GEMEENTE);
        model.addAttribute("provincienaam", gebied.provincie(c.provincie()).map(p -> p.naam()).orElse(c.provincie()));
        vulKeuzes(model);
        return "brieven/contact";
    }

    private static void vulKeuzes(Model model) {
        boolean provincieregister = Boolean.TRUE.equals(model.getAttribute("provincieregister"));
        model.addAttribute("soorten", Contactsoort.values());
        model.addAttribute("rollen", java.util.Arrays.stream(Contactrol.values())
                .filter(r -> !provincieregister || !r.gemeentelijk()).toList());
        model.addAttribute("organisatiesoorten", List.of(Organisatiesoort.COA_REGIO, Organisatiesoort.CORPORATIE));
    }
}
