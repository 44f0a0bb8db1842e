package nl.woonregie.brieven;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of step 4 (issue 19 §3, ADR 0054): a municipality's vooraankondigingen with the form that drafts one
 * ({@code /gemeenten/{code}/vooraankondigingen}), one vooraankondiging with the forms that record GS's decision and its
 * publication and the button that sends it to the college and the council ({@code /vooraankondigingen/{id}}), and the
 * supervisor's worklist of decided vooraankondigingen not yet published ({@code /provincies/{code}/vooraankondigingen}).
 * Forms are shaped as the API's requests, so the service's invalid fields are their property paths; a refused form
 * keeps every value.
 */
@Controller
class VooraankondigingPagina {

    /** The draft form, as typed. */
    public record OntwerpFormulier(String ronde, String reden, String overwegingen, String voornemen,
            String termijnTot) {
    }

    /** The decision form, as typed. */
    public record BesluitFormulier(String besluitdatum, String besluitnummer, String versie) {
    }

    /** The publication form, as typed. */
    public record PublicatieFormulier(String gepubliceerdOp, String plaats, String link, String versie) {
    }

    /** A vastgestelde round offered on the draft form: its id and how it reads. */
    public record Rondekeuze(long id, String omschrijving) {
    }

    private final Vooraankondigingen vooraankondigingen;
    private final RondeService rondes;
    private final GebiedService gebied;
    private final Toegang toegang;

    VooraankondigingPagina(Vooraankondigingen vooraankondigingen, RondeService rondes, GebiedService gebied,
            Toegang toegang) {
        this.vooraankondigingen = vooraankondigingen;
        this.rondes = rondes;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/vooraankondigingen")
    String gemeente(@PathVariable String code, Model model) {
        model.addAttribute("formulier", new OntwerpFormulier(null, null, null, null, null));
        return gemeentePagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/vooraankondigingen")
    String opstellen(@PathVariable String code, @ModelAttribute("formulier") OntwerpFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        // a round is chosen from the list; anything else is an unknown round, which the service names at its field
        Long ronde = null;
        if (f.ronde() != null && !f.ronde().isBlank()) {
            try {
                ronde = Long.valueOf(f.ronde().strip());
            } catch (NumberFormatException e) {
                ronde = -1L;
            }
        }
        Vooraankondigingverzoek verzoek = new Vooraankondigingverzoek(ronde, f.reden(), f.overwegingen(),
                f.voornemen(), f.termijnTot());
        return Bindingfouten.stap(model, fouten, () -> {
                    Vooraankondiging v = vooraankondigingen.ontwerp(g, code, verzoek, Client.van(request));
                    redirect.addFlashAttribute("melding", "Het concept is opgesteld. Leg hieronder het besluit van "
                            + "Gedeputeerde Staten vast.");
                    return "redirect:/vooraankondigingen/" + v.id();
                }, () -> gemeentePagina(code, model));
    }

    @GetMapping("/vooraankondigingen/{id}")
    String vooraankondiging(@PathVariable long id, Model model) {
        Vooraankondiging v = vooraankondigingen.lees(toegang.huidige(), id);
        model.addAttribute("formulier", new BesluitFormulier(null, null, Integer.toString(v.versie())));
        model.addAttribute("publicatieformulier", new PublicatieFormulier(null, null, null,
                Integer.toString(v.versie())));
        return pagina(v, model);
    }

    @PostMapping("/vooraankondigingen/{id}/besluit")
    String besluiten(@PathVariable long id, @ModelAttribute("formulier") BesluitFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Vooraankondiging voor = vooraankondigingen.lees(g, id);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        Besluitverzoek verzoek = new Besluitverzoek(f.besluitdatum(), f.besluitnummer(), versie);
        model.addAttribute("publicatieformulier", new PublicatieFormulier(null, null, null,
                Integer.toString(voor.versie())));
        return Bindingfouten.stap(model, fouten,
                controle(() -> vooraankondigingen.besluit(g, id, verzoek, Client.van(request))), () -> {
                    Vooraankondiging v = vooraankondigingen.besluit(g, id, verzoek, Client.van(request));
                    redirect.addFlashAttribute("melding", "De vooraankondiging " + v.besluitnummer() + " is "
                            + "vastgelegd als PDF/A. Zij kan nu worden verzonden.");
                    return "redirect:/vooraankondigingen/" + id;
                }, () -> pagina(voor, model));
    }

    @PostMapping("/vooraankondigingen/{id}/publicatie")
    String publiceren(@PathVariable long id, @ModelAttribute("publicatieformulier") PublicatieFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Vooraankondiging voor = vooraankondigingen.lees(g, id);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        Publicatieverzoek verzoek = new Publicatieverzoek(f.gepubliceerdOp(), f.plaats(), f.link(), versie);
        model.addAttribute("formulier", new BesluitFormulier(null, null, Integer.toString(voor.versie())));
        return Bindingfouten.stap(model, fouten,
                controle(() -> vooraankondigingen.publiceer(g, id, verzoek, Client.van(request))), () -> {
                    vooraankondigingen.publiceer(g, id, verzoek, Client.van(request));
                    redirect.addFlashAttribute("melding", "De publicatie is vastgelegd.");
                    return "redirect:/vooraankondigingen/" + id;
                }, () -> pagina(voor, model));
    }

    @PostMapping("/vooraankondigingen/{id}/verzenden")
    String verzenden(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        long voor = geplaatst(vooraankondigingen.lees(g, id));
        try {
            long na = geplaatst(vooraankondigingen.verzend(g, id, Client.van(request)));
            redirect.addFlashAttribute("melding", na == voor ? "Er was niets meer te verzenden: iedere geadresseerde "
                    + "heeft de vooraankondiging al, of zij staat in de wachtrij."
                    : "De vooraankondiging is verzonden aan het college en, als afschrift, aan de gemeenteraad; "
                            + "e-mails staan in de wachtrij van de uitgaande post.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/vooraankondigingen/" + id;
    }

    @GetMapping("/provincies/{code}/vooraankondigingen")
    String werklijst(@PathVariable String code, Model model) {
        model.addAttribute("ongepubliceerd", vooraankondigingen.werklijst(toegang.huidige(), code));
        model.addAttribute("provincie", code);
        model.addAttribute("naam", gebied.provincie(code).map(Provincie::naam).orElse(code));
        return "brieven/vooraankondigingen-werklijst";
    }

    /**
     * The service's judgment of a form whose version could not be read: the request then lacks its version, which the
     * service always refuses (400) before anything is done, so its invalid fields are the form's other errors.
     */
    static Supplier<List<InvalidParam>> controle(Runnable dienst) {
        return () -> {
            try {
                dienst.run();
                throw new IllegalStateException("a form with unreadable fields was accepted");
            } catch (ApiException e) {
                if (e.status().value() != 400) {
                    throw e;
                }
                return e.invalidParams();
            }
        };
    }

    /** How many sendings were placed (a second press places nothing). */
    private static long geplaatst(Vooraankondiging v) {
        return v.verzending() == null ? 0 : v.verzending().stream()
                .filter(a -> a.plaatsingen() != null).mapToLong(a -> a.plaatsingen()).sum();
    }

    private String gemeentePagina(String code, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("vooraankondigingen", vooraankondigingen.vanGemeente(g, code));
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        String provincie = gebied.provincieVan(code).orElse(null);
        boolean schrijven = provincie != null && g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
        model.addAttribute("schrijven", schrijven);
        model.addAttribute("rondes", schrijven ? rondes.vanProvincies(List.of(provincie)).stream()
                .filter(r -> Ronde.VASTGESTELD.equals(r.status()))
                .map(r -> new Rondekeuze(r.id(), "Beoordeling per " + NlFormaat.datum(r.peildatum()))).toList()
                : List.of());
        return "brieven/vooraankondigingen";
    }

    private String pagina(Vooraankondiging v, Model model) {
        Gebruiker g = toegang.huidige();
        boolean schrijven = g.provincies(Rol.TOEZICHTHOUDER).contains(v.provincie());
        model.addAttribute("v", v);
        model.addAttribute("schrijven", schrijven);
        model.addAttribute("toezien", schrijven || g.heeft(Rol.BEHEERDER));
        model.addAttribute("geenGriffie", schrijven && vooraankondigingen.griffie(v.gemeente()).isEmpty());
        return "brieven/vooraankondiging";
    }
}
