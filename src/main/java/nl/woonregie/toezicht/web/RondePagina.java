package nl.woonregie.toezicht.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.Controlebevinding;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assessment rounds in the browser: start a round, review the outcomes (filter on decisions needed and findings),
 * record judgments with their motivation, run the consistency check, make the round final.
 */
@Controller
class RondePagina {

    private final Toegang toegang;
    private final RondeService rondes;
    private final GebiedService gebied;
    private final BeleidskaderRegister kaders;
    private final Weergave nl;

    RondePagina(Toegang toegang, RondeService rondes, GebiedService gebied, BeleidskaderRegister kaders, Weergave nl) {
        this.nl = nl;
        this.toegang = toegang;
        this.rondes = rondes;
        this.gebied = gebied;
        this.kaders = kaders;
    }

    record RondeRegel(long id, String provincie, String provincieNaam, LocalDate peildatum, String status) {
    }

    @GetMapping("/rondes")
    String lijst(Model model) {
        Gebruiker g = toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        List<Provincie> provincies = g.rol() == Rol.BEHEERDER ? gebied.provincies()
                : gebied.provincie(g.provincie()).map(List::of).orElse(List.of());
        Map<String, String> namen = new HashMap<>();
        provincies.forEach(p -> namen.put(p.code(), p.naam()));
        List<RondeRegel> regels = rondes.vanProvincies(provincies.stream().map(Provincie::code).toList()).stream()
                .map(r -> new RondeRegel(r.id(), r.provincie(), namen.get(r.provincie()), r.peildatum(), r.status()))
                .toList();
        model.addAttribute("rondes", regels);
        model.addAttribute("provincies", provincies);
        LocalDate vandaag = gebied.vandaag();
        List<LocalDate> peildata = new ArrayList<>();
        LocalDate d = Periode.laatstePeildatum(vandaag);
        for (int i = 0; i < 16; i++) {
            peildata.add(d);
            d = d.minusMonths(3);
        }
        model.addAttribute("peildata", peildata);
        return "toezicht/rondes";
    }

    @PostMapping("/rondes")
    String start(@RequestParam String provincie, @RequestParam String peildatum, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.provincieToezien(provincie);
        LocalDate datum;
        try {
            datum = LocalDate.parse(peildatum);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("Ongeldige peildatum.", List.of(new InvalidParam("peildatum", "JJJJ-MM-DD")));
        }
        long id = rondes.maak(provincie, datum, null, g, Client.van(request));
        redirect.addFlashAttribute("melding", "De ronde is gestart en voor alle gemeenten berekend.");
        return "redirect:/rondes/" + id;
    }

    @GetMapping("/rondes/{id}")
    String ronde(@PathVariable long id, @RequestParam(defaultValue = "alle") String filter, Model model) {
        Gebruiker g = toegang.huidige();
        String provincie = rondes.vereisToezien(id, g);
        Ronde ronde = rondes.lees(id, g);
        Map<String, List<Controlebevinding>> perGemeente = new HashMap<>();
        ronde.controle().bevindingen().forEach(b -> {
            if (b.gemeente() != null) {
                perGemeente.computeIfAbsent(b.gemeente(), k -> new ArrayList<>()).add(b);
            }
        });
        List<Ronde.GemeenteUitkomst> gemeenten = ronde.gemeenten().stream().filter(x -> switch (filter) {
            case "besluit" -> x.besluitVereist();
            case "bevindingen" -> perGemeente.containsKey(x.gemeente());
            case "ontbrekend" -> x.beoordeling() == null;
            default -> true;
        }).toList();
        model.addAttribute("ronde", ronde);
        model.addAttribute("rechten", rondes.rechten(id, g));
        model.addAttribute("paginatitel", "Ronde " + nl.datum(ronde.peildatum()));
        model.addAttribute("provincie", gebied.provincie(provincie).orElseThrow());
        model.addAttribute("gemeenten", gemeenten);
        model.addAttribute("filter", filter);
        model.addAttribute("perGemeente", perGemeente);
        model.addAttribute("aantalBesluit", ronde.gemeenten().stream().filter(Ronde.GemeenteUitkomst::besluitVereist).count());
        model.addAttribute("aantalBevindingen", perGemeente.size());
        model.addAttribute("tredeNamen", tredeNamen(ronde.beleidskader()));
        return "toezicht/ronde";
    }

    /** The judgment form of the municipality page (one per kind of judgment). */
    public record BeslissingFormulier(String soort, String waarde, String motivering, Integer versie) {
    }

    @GetMapping("/rondes/{id}/gemeenten/{gemeente}")
    String gemeente(@PathVariable long id, @PathVariable String gemeente, Model model) {
        vulGemeente(model, id, gemeente, toegang.huidige());
        model.addAttribute("beslissing", new BeslissingFormulier(null, null, null, null));
        return "toezicht/ronde-gemeente";
    }

    @PostMapping("/rondes/{id}/gemeenten/{gemeente}/beslissing")
    String beslis(@PathVariable long id, @PathVariable String gemeente,
            @ModelAttribute("beslissing") BeslissingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        Bindingfouten.voegToe(fouten, rondes.controleerBeslissing(id, gemeente, f.soort(), f.waarde(),
                f.motivering()));
        if (f.versie() == null) {
            fouten.reject("verplicht", "De versie van de ronde ontbreekt; laad de pagina opnieuw.");
        }
        if (!fouten.hasErrors()) {
            try {
                rondes.beslis(id, gemeente, RondeService.soort(f.soort()).orElseThrow(), f.waarde(), f.motivering(),
                        f.versie(), g, Client.van(request));
                redirect.addFlashAttribute("melding", "De beslissing is vastgelegd en het oordeel is opnieuw "
                        + "berekend.");
                return "redirect:/rondes/" + id + "/gemeenten/" + gemeente;
            } catch (ApiException e) {
                if (e.status().value() != 400 && e.status().value() != 409) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        vulGemeente(model, id, gemeente, g);
        return "toezicht/ronde-gemeente";
    }

    @PostMapping("/rondes/{id}/vaststellen")
    String vaststellen(@PathVariable long id, @RequestParam int versie,
            @RequestParam(required = false) String overschrijfReden, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        try {
            rondes.vaststellen(id, versie, g, Client.van(request),
                    overschrijfReden == null || overschrijfReden.isBlank() ? null : overschrijfReden.strip());
        } catch (ApiException e) {
            if (e.status().value() == 409 || e.status().value() == 403) {
                redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
                return "redirect:/rondes/" + id;
            }
            throw e;
        }
        redirect.addFlashAttribute("melding", "De ronde is vastgesteld. De uitkomsten zijn nu definitief.");
        return "redirect:/rondes/" + id;
    }

    @PostMapping("/rondes/{id}/herberekenen")
    String herbereken(@PathVariable long id, @RequestParam int versie, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        rondes.herbereken(id, versie, g, Client.van(request));
        redirect.addFlashAttribute("melding", "De ronde is opnieuw berekend op de huidige cijfers.");
        return "redirect:/rondes/" + id;
    }

    private void vulGemeente(Model model, long id, String gemeente, Gebruiker g) {
        rondes.vereisToezien(id, g);
        Ronde ronde = rondes.lees(id, gemeente::equals);
        if (ronde.gemeenten().isEmpty()) {
            throw ApiException.notFound("Gemeente " + gemeente + " hoort niet bij deze ronde.");
        }
        model.addAttribute("ronde", ronde);
        model.addAttribute("g", ronde.gemeenten().get(0));
        model.addAttribute("rechten", rondes.rechten(id, g));
        model.addAttribute("paginatitel", ronde.gemeenten().get(0).naam() + " · ronde " + nl.datum(ronde.peildatum()));
        model.addAttribute("bevindingen", ronde.controle().bevindingen().stream()
                .filter(b -> gemeente.equals(b.gemeente())).toList());
        model.addAttribute("tredeNamen", tredeNamen(ronde.beleidskader()));
    }

    private Map<String, String> tredeNamen(String kaderId) {
        Map<String, String> namen = new HashMap<>();
        kaders.vind(kaderId).map(Beleidskader::ladder)
                .ifPresent(l -> l.treden().forEach(s -> namen.put(s.trede().code(), s.naam())));
        return namen;
    }

}
