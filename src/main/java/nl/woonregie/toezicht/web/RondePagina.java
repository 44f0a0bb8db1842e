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
        String provincie = provincie(id);
        toegang.provincieToezien(provincie);
        Ronde ronde = rondes.lees(id, x -> true);
        Map<String, List<Controlebevinding>> perGemeente = new HashMap<>();
        ronde.controle().bevindingen().forEach(b -> {
            if (b.gemeente() != null) {
                perGemeente.computeIfAbsent(b.gemeente(), k -> new ArrayList<>()).add(b);
            }
        });
        List<Ronde.GemeenteUitkomst> gemeenten = ronde.gemeenten().stream().filter(g -> switch (filter) {
            case "besluit" -> g.besluitVereist();
            case "bevindingen" -> perGemeente.containsKey(g.gemeente());
            case "ontbrekend" -> g.beoordeling() == null;
            default -> true;
        }).toList();
        model.addAttribute("ronde", ronde);
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

    @GetMapping("/rondes/{id}/gemeenten/{gemeente}")
    String gemeente(@PathVariable long id, @PathVariable String gemeente, Model model) {
        toegang.provincieToezien(provincie(id));
        Ronde ronde = rondes.lees(id, gemeente::equals);
        if (ronde.gemeenten().isEmpty()) {
            throw ApiException.notFound("Gemeente " + gemeente + " hoort niet bij deze ronde.");
        }
        model.addAttribute("ronde", ronde);
        model.addAttribute("g", ronde.gemeenten().get(0));
        model.addAttribute("paginatitel", ronde.gemeenten().get(0).naam() + " · ronde " + nl.datum(ronde.peildatum()));
        model.addAttribute("bevindingen", ronde.controle().bevindingen().stream()
                .filter(b -> gemeente.equals(b.gemeente())).toList());
        model.addAttribute("tredeNamen", tredeNamen(ronde.beleidskader()));
        return "toezicht/ronde-gemeente";
    }

    @PostMapping("/rondes/{id}/gemeenten/{gemeente}/beslissing")
    String beslis(@PathVariable long id, @PathVariable String gemeente, @RequestParam String soort,
            @RequestParam(required = false) String waarde, @RequestParam(required = false) String motivering,
            @RequestParam int versie, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.provincieToezien(provincie(id));
        List<String> fouten = rondes.controleerBeslissing(id, gemeente, soort, waarde, motivering).stream()
                .map(f -> VELDEN.getOrDefault(f.name(), f.name()) + ": " + f.reason()).toList();
        if (!fouten.isEmpty()) {
            redirect.addFlashAttribute("fouten", fouten);
            redirect.addFlashAttribute("soort", soort);
            return "redirect:/rondes/" + id + "/gemeenten/" + gemeente + "#beslissen";
        }
        RondeService.Soort s = RondeService.soort(soort).orElseThrow();
        rondes.beslis(id, gemeente, s, waarde, motivering, versie, g, Client.van(request));
        redirect.addFlashAttribute("melding", "De beslissing is vastgelegd en het oordeel is opnieuw berekend.");
        return "redirect:/rondes/" + id + "/gemeenten/" + gemeente;
    }

    @PostMapping("/rondes/{id}/vaststellen")
    String vaststellen(@PathVariable long id, @RequestParam int versie,
            @RequestParam(required = false) String overschrijfReden, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.provincieToezien(provincie(id));
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
        Gebruiker g = toegang.provincieToezien(provincie(id));
        rondes.herbereken(id, versie, g, Client.van(request));
        redirect.addFlashAttribute("melding", "De ronde is opnieuw berekend op de huidige cijfers.");
        return "redirect:/rondes/" + id;
    }

    /** The labels of the fields of the judgment forms, for the messages. */
    private static final Map<String, String> VELDEN = Map.of("soort", "Soort beslissing", "waarde", "Waarde",
            "motivering", "Motivering");

    private Map<String, String> tredeNamen(String kaderId) {
        Map<String, String> namen = new HashMap<>();
        kaders.vind(kaderId).map(Beleidskader::ladder)
                .ifPresent(l -> l.treden().forEach(s -> namen.put(s.trede().code(), s.naam())));
        return namen;
    }

    private String provincie(long id) {
        return rondes.provincieVan(id).orElseThrow(() -> ApiException.notFound("Deze ronde bestaat niet."));
    }
}
