package nl.woonregie.toezicht.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.document.Documenten;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.VastgelegdeBrieven;
import nl.woonregie.toezicht.regels.Beleidskader;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.Controlebevinding;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeRechten;
import nl.woonregie.toezicht.ronde.RondeService;
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
 * Assessment rounds in the browser: start a round, review the outcomes (filter on decisions needed and findings) and
 * each draft letter, record judgments with their motivation, run the consistency check, make the round final after a
 * confirmation that says what is still open.
 */
@Controller
class RondePagina {

    private final Toegang toegang;
    private final RondeService rondes;
    private final GebiedService gebied;
    private final BeleidskaderRegister kaders;
    private final Weergave nl;
    private final List<VastgelegdeBrieven> brieven;

    private final Documenten documenten;

    RondePagina(Toegang toegang, RondeService rondes, GebiedService gebied, BeleidskaderRegister kaders, Weergave nl,
            List<VastgelegdeBrieven> brieven, Documenten documenten) {
        this.documenten = documenten;
        this.nl = nl;
        this.brieven = brieven;
        this.toegang = toegang;
        this.rondes = rondes;
        this.gebied = gebied;
        this.kaders = kaders;
    }

    record RondeRegel(long id, String provincie, String provincieNaam, LocalDate peildatum, String status,
            String soort) {
    }

    /** The form that starts a round: the province and the peildatum (JJJJ-MM-DD) as chosen. */
    public record NieuweRondeFormulier(String provincie, String peildatum) {
    }

    /**
     * The rounds and the form for a new one: the peildata offered are those of the chosen province's own kaders (its
     * calendar, on the dates each holds), the latest on or before today chosen.
     */
    @GetMapping("/rondes")
    String lijst(@RequestParam(required = false) String provincie, Model model) {
        Gebruiker g = toegang.rol(Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        String gekozen = vulLijst(model, g, provincie);
        @SuppressWarnings("unchecked")
        List<LocalDate> peildata = (List<LocalDate>) model.getAttribute("peildata");
        model.addAttribute("nieuweRonde", new NieuweRondeFormulier(gekozen,
                peildata.isEmpty() ? null : peildata.get(0).toString()));
        return "toezicht/rondes";
    }

    /** Starts a round (RondeService checks access and judges the peildatum); refused: the list again, with the choice. */
    @PostMapping("/rondes")
    String start(@ModelAttribute("nieuweRonde") NieuweRondeFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        try {
            long id = rondes.maak(f.provincie(), f.peildatum(), null, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De ronde is gestart en voor alle gemeenten berekend.");
            return "redirect:/rondes/" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        vulLijst(model, g, f.provincie());
        // the chosen peildatum stays chosen, also when it is not one of the province's (the error says why)
        try {
            LocalDate gekozen = LocalDate.parse(f.peildatum());
            @SuppressWarnings("unchecked")
            List<LocalDate> peildata = (List<LocalDate>) model.getAttribute("peildata");
            if (!peildata.contains(gekozen)) {
                List<LocalDate> met = new ArrayList<>(peildata);
                met.add(gekozen);
                met.sort(java.util.Comparator.reverseOrder());
                model.addAttribute("peildata", met);
            }
        } catch (RuntimeException e) {
            // no date chosen: nothing to keep
        }
        return "toezicht/rondes";
    }

    /** Fills the list and the form's choices; answers the province whose peildata are offered. */
    private String vulLijst(Model model, Gebruiker g, String gekozenProvincie) {
        List<Provincie> provincies = gebied.provincies().stream()
                .filter(p -> Toegang.magProvincieToezien(g, p.code())).toList();
        Map<String, String> namen = new HashMap<>();
        provincies.forEach(p -> namen.put(p.code(), p.naam()));
        List<RondeRegel> regels = rondes.vanProvincies(provincies.stream().map(Provincie::code).toList()).stream()
                .map(r -> new RondeRegel(r.id(), r.provincie(), namen.get(r.provincie()), r.peildatum(), r.status(),
                        kaders.vind(r.beleidskader()).map(k -> k.kalender().isEindoordeel(r.peildatum()))
                                .orElse(r.peildatum().getMonthValue() % 6 == 1) ? "eindoordeel" : "tussentijdse toets"))
                .toList();
        model.addAttribute("rondes", regels);
        model.addAttribute("provincies", provincies);
        LocalDate vandaag = gebied.vandaag();
        // the chosen province, else the first with a kader to start a round with, else the first
        String provincie = provincies.stream().map(Provincie::code).filter(c -> c.equals(gekozenProvincie))
                .findFirst().or(() -> provincies.stream().map(Provincie::code)
                        .filter(c -> !peildataVan(c, vandaag).isEmpty()).findFirst())
                .orElse(provincies.isEmpty() ? null : provincies.get(0).code());
        List<LocalDate> peildata = provincie == null ? List.of() : peildataVan(provincie, vandaag);
        model.addAttribute("peildata", peildata);
        model.addAttribute("peildataProvincie", provincie);
        model.addAttribute("peildataProvincieNaam", provincie == null ? null : namen.get(provincie));
        return provincie;
    }

    /**
     * The latest 16 peildata of the province's own beleidskaders on or before today, the latest first: each kader's
     * calendar on the dates it holds (Zuid-Holland: 1 January/April/July/October; a kader that judges the year on the
     * 25th: 25 January). Empty when no kader of the province held in the last four years.
     */
    List<LocalDate> peildataVan(String provincie, LocalDate vandaag) {
        LocalDate van = vandaag.minusYears(4);
        java.util.TreeSet<LocalDate> data = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        for (Beleidskader k : kaders.vanProvincie(provincie)) {
            if (k.kalender().lengte() == Periode.Lengte.KWARTAAL) {
                continue; // rounds refuse a kader that judges quarters (ADR 0033)
            }
            k.kalender().peildata(van.isBefore(k.geldigVanaf()) ? k.geldigVanaf() : van, vandaag).stream()
                    .filter(d -> kaders.geldigOp(k, d)).forEach(data::add);
        }
        return data.stream().limit(16).toList();
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
        Map<String, VastgelegdeBrieven.Vermelding> vastgelegd = new HashMap<>();
        if (ronde.vastgesteld()) {
            brieven.forEach(b -> vastgelegd.putAll(b.vanRonde(id, ronde.versie())));
        }
        model.addAttribute("vastgelegd", vastgelegd);
        // while the background job makes the letters its progress is shown; letters missing without one are those
        // of a round made final before letters were made at vaststelling
        VastgelegdeBrieven.Aanmaak aanmaak = ronde.vastgesteld() ? brieven.stream()
                .flatMap(b -> b.aanmaak(id, ronde.versie()).stream()).findFirst().orElse(null) : null;
        model.addAttribute("aanmaak", aanmaak);
        model.addAttribute("nietVastgelegd", ronde.vastgesteld() && aanmaak == null ? ronde.gemeenten().stream()
                .filter(x -> x.beoordeling() != null && !vastgelegd.containsKey(x.gemeente())).count() : 0L);
        return "toezicht/ronde";
    }

    /**
     * What is still open in a round before it is made final: proposed steps 4–6 without a decision of Gedeputeerde
     * Staten, errors and warnings of the consistency check, municipalities without figures (they get no letter); and
     * the number of letters the vaststelling makes.
     */
    public record Openstaand(List<Ronde.GemeenteUitkomst> besluiten, List<Controlebevinding> fouten, int waarschuwingen,
            List<Ronde.GemeenteUitkomst> zonderCijfers, long brieven) {

        static Openstaand van(Ronde ronde) {
            return new Openstaand(ronde.gemeenten().stream().filter(Ronde.GemeenteUitkomst::besluitVereist).toList(),
                    ronde.controle().bevindingen().stream()
                            .filter(b -> b.niveau() == Controlebevinding.Niveau.FOUT).toList(),
                    ronde.controle().waarschuwingen(),
                    ronde.gemeenten().stream().filter(g -> g.beoordeling() == null).toList(),
                    ronde.gemeenten().stream().filter(g -> g.beoordeling() != null).count());
        }

        public boolean niets() {
            return besluiten.isEmpty() && fouten.isEmpty() && waarschuwingen == 0 && zonderCijfers.isEmpty();
        }
    }

    /**
     * The confirmation before a round is made final: what is still open, and what making it final does. Only for a
     * round this account may change; otherwise back to the round with the reason.
     */
    @GetMapping("/rondes/{id}/vaststellen")
    String bevestig(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        String provincie = rondes.vereisToezien(id, g);
        RondeRechten rechten = rondes.rechten(id, g);
        if (!rechten.wijzigen()) {
            redirect.addFlashAttribute("fouten", List.of("Ronde " + id + " is vastgesteld en kan niet meer worden "
                    + "gewijzigd; een beheerder kan haar heropenen."));
            return "redirect:/rondes/" + id;
        }
        Ronde ronde = rondes.lees(id, g);
        model.addAttribute("ronde", ronde);
        model.addAttribute("rechten", rechten);
        model.addAttribute("provincie", gebied.provincie(provincie).orElseThrow());
        model.addAttribute("open", Openstaand.van(ronde));
        model.addAttribute("tredeNamen", tredeNamen(ronde.beleidskader()));
        model.addAttribute("vandaag", gebied.vandaag());
        model.addAttribute("paginatitel", "Ronde " + nl.datum(ronde.peildatum()) + " vaststellen");
        return "toezicht/ronde-vaststellen";
    }

    /** The judgment form of the municipality page (one per kind of judgment). */
    public record BeslissingFormulier(String soort, String waarde, String motivering, Integer versie) {
    }

    /** The form that shares a municipality's draft judgment with it: why (for instance for a toezichtgesprek). */
    public record DelingFormulier(String reden) {
    }

    @GetMapping("/rondes/{id}/gemeenten/{gemeente}")
    String gemeente(@PathVariable long id, @PathVariable String gemeente, Model model) {
        vulGemeente(model, id, gemeente, toegang.huidige());
        model.addAttribute("beslissing", new BeslissingFormulier(null, null, null, null));
        model.addAttribute("deling", new DelingFormulier(null));
        return "toezicht/ronde-gemeente";
    }

    /**
     * Shares the municipality's draft with it (RondeService checks access, the reason and the round's state). A
     * missing reason: the page again with the error at the field and what was typed; a round that is vastgesteld or
     * a draft already shared: back to the page with the message.
     */
    @PostMapping("/rondes/{id}/gemeenten/{gemeente}/delen")
    String deel(@PathVariable long id, @PathVariable String gemeente, @ModelAttribute("deling") DelingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        Bindingfouten.voegToe(fouten, rondes.controleerDeling(f.reden()));
        if (!fouten.hasErrors()) {
            try {
                rondes.deel(id, gemeente, f.reden(), g, Client.van(request));
                redirect.addFlashAttribute("melding", "Het concept is met de gemeente gedeeld. De gemeente ziet dit "
                        + "oordeel nu op haar pagina en via de API, tot de ronde is vastgesteld.");
                return "redirect:/rondes/" + id + "/gemeenten/" + gemeente;
            } catch (ApiException e) {
                if (e.status().value() == 409) {
                    redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
                    return "redirect:/rondes/" + id + "/gemeenten/" + gemeente;
                }
                if (e.status().value() != 400) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        vulGemeente(model, id, gemeente, g);
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
        model.addAttribute("deling", new DelingFormulier(null));
        return "toezicht/ronde-gemeente";
    }

    /**
     * The form that makes a round final: the version the confirmation showed, a BEHEERDER's reason to override, and
     * {@code bevestigd=ja} from the confirmation.
     */
    public record VaststellingFormulier(String versie, String overschrijfReden, String bevestigd) {
    }

    /** A form that only carries the version the page showed (recompute). */
    public record VersieFormulier(String versie) {
    }

    /**
     * Makes the round final, after the confirmation (a request without {@code bevestigd=ja} is sent to it). A refusal
     * is about the round's state, not about a field (a consistency error, a newer version, an override that only a
     * BEHEERDER may make): back to the round page, which then shows the round as it now is, with the service's
     * message.
     */
    @PostMapping("/rondes/{id}/vaststellen")
    String vaststellen(@PathVariable long id, @ModelAttribute VaststellingFormulier f, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        if (!"ja".equals(f.bevestigd())) {
            return "redirect:/rondes/" + id + "/vaststellen";
        }
        Integer versie = versie(f.versie());
        String reden = f.overschrijfReden() == null || f.overschrijfReden().isBlank() ? null
                : f.overschrijfReden().strip();
        if (versie == null) {
            redirect.addFlashAttribute("fouten", List.of(ZONDER_VERSIE));
            return "redirect:/rondes/" + id;
        }
        try {
            rondes.vaststellen(id, versie, g, Client.van(request), reden);
        } catch (ApiException e) {
            return geweigerd(id, e, redirect);
        }
        redirect.addFlashAttribute("melding", "De ronde is vastgesteld. De uitkomsten zijn nu definitief en de "
                + "brieven zijn vastgelegd, elk met een kenmerk.");
        return "redirect:/rondes/" + id;
    }

    @PostMapping("/rondes/{id}/herberekenen")
    String herbereken(@PathVariable long id, @ModelAttribute VersieFormulier f, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        Integer versie = versie(f.versie());
        if (versie == null) {
            redirect.addFlashAttribute("fouten", List.of(ZONDER_VERSIE));
            return "redirect:/rondes/" + id;
        }
        try {
            rondes.herbereken(id, versie, g, Client.van(request));
        } catch (ApiException e) {
            return geweigerd(id, e, redirect);
        }
        redirect.addFlashAttribute("melding", "De ronde is opnieuw berekend op de huidige cijfers.");
        return "redirect:/rondes/" + id;
    }

    private static final String ZONDER_VERSIE = "De versie van de ronde ontbreekt; laad de pagina opnieuw.";

    /** A refusal of a change to the whole round (400, 403, 409): back to the round, with the service's message. */
    private static String geweigerd(long id, ApiException e, RedirectAttributes redirect) {
        int status = e.status().value();
        if (status != 400 && status != 403 && status != 409) {
            throw e;
        }
        redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
        return "redirect:/rondes/" + id;
    }

    /** The version a form carried, or null when it carried none (or no number). */
    private static Integer versie(String tekst) {
        try {
            return tekst == null ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
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
        model.addAttribute("beslissingdocumenten", documenten.vanObjecten("ronde-beslissing",
                ronde.gemeenten().get(0).beslissingen().stream().map(Ronde.Beslissing::id).toList(), g));
        model.addAttribute("maxDocumentgrootte", documenten.maxGrootte());
    }

    private Map<String, String> tredeNamen(String kaderId) {
        Map<String, String> namen = new HashMap<>();
        kaders.vind(kaderId).map(Beleidskader::ladder)
                .ifPresent(l -> l.treden().forEach(s -> namen.put(s.trede().code(), s.naam())));
        return namen;
    }

}
