package nl.woonregie.aanbod;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Labels;
import org.springframework.http.HttpStatus;
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
 * The pages of a gemeente's supply: its forecast (Plan and Trend) with each source's contribution, the series and
 * the findings, and its sources by kind ({@code /gemeenten/{code}/aanbod}); a form per kind to add a source, and a
 * source's page with its versions and the forms to change or remove it. The gemeente itself and BEHEERDER keep the
 * sources, the province's supervisor reads; {@link Aanbodbronnen} judges access and input, as for the API.
 */
@Controller
class AanbodPagina {

    /** Rows of the variant's form: enough for most variants; more changes go through the API. */
    static final int RIJEN = 3;

    /** The variant's form, rows shaped as the service's request ({@code aanpassingen[1].plaatsen}). */
    public record VariantFormulier(String naam, String reden, List<Varianten.AanpassingVerzoek> aanpassingen) {

        public VariantFormulier {
            List<Varianten.AanpassingVerzoek> rijen = new ArrayList<>(aanpassingen == null ? List.of()
                    : aanpassingen);
            while (rijen.size() < RIJEN) {
                rijen.add(new Varianten.AanpassingVerzoek(null, null, null, null, null, null, null, null));
            }
            aanpassingen = rijen;
        }

        /** The rows up to the last one filled in (a gap in between stays: the service names it). */
        Varianten.Verzoek verzoek() {
            int laatste = -1;
            for (int i = 0; i < aanpassingen.size(); i++) {
                if (!leeg(aanpassingen.get(i))) {
                    laatste = i;
                }
            }
            return new Varianten.Verzoek(naam, reden, new ArrayList<>(aanpassingen.subList(0, laatste + 1)));
        }

        private static boolean leeg(Varianten.AanpassingVerzoek a) {
            return a == null || java.util.stream.Stream.of(a.bron(), a.weglaten(), a.plaatsen(), a.personen(),
                    a.woningen(), a.perWeek(), a.startInhuizing(), a.datum()).allMatch(x -> x == null || x.isBlank());
        }
    }

    private final Aanbodbronnen bronnen;
    private final Varianten varianten;
    private final GemeentePrognoses prognoses;
    private final Doorstroom doorstroom;
    private final PlanVanAanpak plannen;
    private final Aanbodnotities notities;
    private final GebiedService gebied;
    private final Toegang toegang;

    AanbodPagina(Aanbodbronnen bronnen, Varianten varianten, GemeentePrognoses prognoses, Doorstroom doorstroom,
            PlanVanAanpak plannen, Aanbodnotities notities, GebiedService gebied,
            Toegang toegang) {
        this.doorstroom = doorstroom;
        this.bronnen = bronnen;
        this.plannen = plannen;
        this.notities = notities;
        this.varianten = varianten;
        this.prognoses = prognoses;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/aanbod")
    String overzicht(@PathVariable String code, @RequestParam(required = false) String datum, Model model) {
        Gebruiker g = bronnen.vereisLezen(toegang.huidige(), code);
        model.addAttribute("variant", new VariantFormulier(null, null, null));
        model.addAttribute("notitie", new Aanbodnotities.Verzoek(null, null, null, null));
        return overzicht(g, code, datum, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/notities")
    String notitieToevoegen(@PathVariable String code, @ModelAttribute("notitie") Aanbodnotities.Verzoek f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        try {
            Aanbodnotitie n = notities.toevoegen(g, code, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De notitie van " + nl.woonregie.platform.web.Weergave.dag(n.datum())
                    + " is toegevoegd.");
            return "redirect:/gemeenten/" + n.gemeente() + "/aanbod#notitie-" + n.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        model.addAttribute("variant", new VariantFormulier(null, null, null));
        return overzicht(g, code, null, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/varianten")
    String variantToevoegen(@PathVariable String code, @ModelAttribute("variant") VariantFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        try {
            Variant v = varianten.toevoegen(g, code, f.verzoek(), Client.van(request));
            redirect.addFlashAttribute("melding", "De variant '" + v.naam() + "' is toegevoegd.");
            return "redirect:/gemeenten/" + v.gemeente() + "/aanbod#variant-" + v.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        model.addAttribute("notitie", new Aanbodnotities.Verzoek(null, null, null, null));
        return overzicht(g, code, null, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/varianten/{id}/verwijderen")
    String variantVerwijderen(@PathVariable String code, @PathVariable long id,
            @RequestParam(required = false) String reden, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Variant v = varianten.lees(g, code, id);
        try {
            varianten.verwijderen(g, code, id, reden, Client.van(request));
            redirect.addFlashAttribute("melding", "De variant '" + v.naam() + "' is verwijderd.");
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("fout", "De variant '" + v.naam() + "' is niet verwijderd: geef een reden.");
        }
        return "redirect:/gemeenten/" + code.strip() + "/aanbod#varianten";
    }

    /** A note and the Plan's forecast as computed on the note's day, shown side by side. */
    public record NotitieMetPrognose(Aanbodnotitie notitie, GemeentePrognose prognose) {
    }

    private String overzicht(Gebruiker g, String code, String datum, Model model) {
        String dag = null;
        if (datum != null && !datum.isBlank()) {
            try {
                prognoses.prognose(g, code, GemeentePrognose.Scenario.TREND, null, datum);
                dag = datum.strip();
            } catch (ApiException e) {
                if (e.status().value() != 400) {
                    throw e;
                }
                model.addAttribute("fout", "Geen prognose op die datum: kies een dag van 1 januari 2015 tot en met "
                        + "vandaag. Hieronder de prognose van vandaag.");
            }
        }
        model.addAttribute("datum", dag);
        List<Aanbodbron> lijst = bronnen.vanGemeente(g, code);
        Map<Aanbodbron.Soort, List<Aanbodbron>> perSoort = new EnumMap<>(Aanbodbron.Soort.class);
        for (Aanbodbron.Soort s : Aanbodbron.Soort.values()) {
            perSoort.put(s, new ArrayList<>());
        }
        lijst.forEach(b -> perSoort.get(b.soort()).add(b));
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("perSoort", perSoort);
        model.addAttribute("aantalBronnen", lijst.size());
        model.addAttribute("magWijzigen", bronnen.magWijzigen(g, code));
        model.addAttribute("plan", prognoses.prognose(g, code, GemeentePrognose.Scenario.PLAN, null, dag));
        model.addAttribute("trend", prognoses.prognose(g, code, GemeentePrognose.Scenario.TREND, null, dag));
        List<GemeentePrognose> perVariant = new ArrayList<>();
        for (Variant v : varianten.vanGemeente(g, code)) {
            perVariant.add(prognoses.prognose(g, code, GemeentePrognose.Scenario.VARIANT, Long.toString(v.id()),
                    dag));
        }
        List<NotitieMetPrognose> metPrognose = new ArrayList<>();
        for (Aanbodnotitie n : notities.vanGemeente(g, code)) {
            metPrognose.add(new NotitieMetPrognose(n, prognoses.prognose(g, code, GemeentePrognose.Scenario.PLAN,
                    null, n.datum().toString())));
        }
        model.addAttribute("notities", metPrognose);
        model.addAttribute("varianten", perVariant);
        model.addAttribute("doorstroom", doorstroom.behoefte(g, code));
        model.addAttribute("bronnenLijst", lijst);
        model.addAttribute("rijen", RIJEN);
        model.addAttribute("planVanAanpak", plannen.stand(g, code));
        return "aanbod/overzicht";
    }

    @GetMapping("/gemeenten/{code}/aanbod/nieuw")
    String nieuw(@PathVariable String code, @RequestParam(required = false) String soort, Model model) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodbron.Soort s = soort(soort);
        Bronverzoek leeg = Bronverzoek.leeg(s);
        model.addAttribute("bron", s == Aanbodbron.Soort.PROJECT
                ? leeg.metProjectfeiten(Projectfeitenverzoek.voorFormulier(null)) : leeg);
        return formulier(g, code, s, null, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/nieuw")
    String toevoegen(@PathVariable String code, @ModelAttribute("bron") Bronverzoek f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        try {
            Aanbodbron b = bronnen.toevoegen(g, code, f, Client.van(request));
            redirect.addFlashAttribute("melding", Labels.van(b.soort()) + " '" + b.feiten().naam()
                    + "' is toegevoegd.");
            return "redirect:/gemeenten/" + b.gemeente() + "/aanbod#bron-" + b.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return formulier(g, code, soortOfNull(f.soort()), null, model);
    }

    @GetMapping("/gemeenten/{code}/aanbod/{id}")
    String bron(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = bronnen.vereisLezen(toegang.huidige(), code);
        Aanbodbron b = bronnen.lees(g, code, id);
        Bronverzoek v = Bronverzoek.van(b.soort(), b.feiten());
        model.addAttribute("bron", b.soort() == Aanbodbron.Soort.PROJECT
                ? v.metProjectfeiten(Projectfeitenverzoek.voorFormulier(v.projectfeiten())) : v);
        return formulier(g, code, b.soort(), b, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/{id}")
    String wijzigen(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String versie,
            @ModelAttribute("bron") Bronverzoek f, BindingResult fouten, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodbron huidig = bronnen.lees(g, code, id);
        try {
            Aanbodbron b = bronnen.wijzigen(g, code, id, versie, f, Client.van(request));
            redirect.addFlashAttribute("melding", "'" + b.feiten().naam() + "' is gewijzigd (versie " + b.versie()
                    + ").");
            return "redirect:/gemeenten/" + b.gemeente() + "/aanbod/" + b.id();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + huidig.gemeente() + "/aanbod/" + id;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return formulier(g, code, huidig.soort(), huidig, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/{id}/verwijderen")
    String verwijderen(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String versie,
            @RequestParam(required = false) String reden, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Aanbodbron huidig = bronnen.lees(g, code, id);
        try {
            bronnen.verwijderen(g, code, id, versie, reden, Client.van(request));
            redirect.addFlashAttribute("melding", "'" + huidig.feiten().naam() + "' is verwijderd.");
            return "redirect:/gemeenten/" + huidig.gemeente() + "/aanbod";
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status() != HttpStatus.CONFLICT) {
                throw e;
            }
            if (e.invalidParams().isEmpty()) {
                redirect.addFlashAttribute("fout", e.getMessage());
            } else {
                // the reason's error belongs at the form's field, under its label "Reden" (not the API's name)
                String redenFout = String.join("; ", e.invalidParams().stream()
                        .filter(p -> p.name().equals("reden")).map(p -> p.reason()).toList());
                List<String> anders = e.invalidParams().stream().filter(p -> !p.name().equals("reden"))
                        .map(p -> p.name() + ": " + p.reason()).toList();
                List<String> regels = new ArrayList<>();
                if (!redenFout.isEmpty()) {
                    regels.add("Reden: " + redenFout);
                    redirect.addFlashAttribute("verwijderFout", redenFout);
                }
                regels.addAll(anders);
                redirect.addFlashAttribute("fout", "Niet verwijderd: " + String.join("; ", regels));
            }
            redirect.addFlashAttribute("verwijderReden", reden);
            // with an error at the reason, no fragment: a browser skips autofocus on a page opened at a fragment
            return "redirect:/gemeenten/" + huidig.gemeente() + "/aanbod/" + id
                    + (redirect.getFlashAttributes().containsKey("verwijderFout") ? "" : "#verwijderen");
        }
    }

    private String formulier(Gebruiker g, String code, Aanbodbron.Soort soort, Aanbodbron bestaand, Model model) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("soort", soort);
        model.addAttribute("bestaand", bestaand);
        model.addAttribute("magWijzigen", bronnen.magWijzigen(g, code));
        model.addAttribute("duren", Aanbodbron.Duur.values());
        model.addAttribute("woonvormen", Aanbodbron.Woonvorm.values());
        model.addAttribute("statussen", Aanbodbron.Projectstatus.values());
        model.addAttribute("routes", Aanbodbron.Route.values());
        model.addAttribute("eissoorten", nl.woonregie.aanbod.projecttoets.Eissoort.values());
        model.addAttribute("gouitkomsten", Projectfeiten.Gouitkomst.values());
        model.addAttribute("adviseurs", Projectfeiten.Adviseur.values());
        model.addAttribute("adviesuitkomsten", Projectfeiten.Adviesuitkomst.values());
        model.addAttribute("gemeenten", gebied.gemeentenOp(gebied.vandaag()).stream()
                .filter(x -> !x.code().equals(code)).sorted(java.util.Comparator.comparing(x -> x.naam())).toList());
        return "aanbod/bron";
    }

    private static Aanbodbron.Soort soort(String tekst) {
        Aanbodbron.Soort s = soortOfNull(tekst);
        if (s == null) {
            throw ApiException.notFound("Onbekende soort bron: kies corporaties, project, route of tempo.");
        }
        return s;
    }

    private static Aanbodbron.Soort soortOfNull(String tekst) {
        if (tekst == null) {
            return null;
        }
        for (Aanbodbron.Soort s : Aanbodbron.Soort.values()) {
            if (s.name().equalsIgnoreCase(tekst.strip())) {
                return s;
            }
        }
        return null;
    }
}
