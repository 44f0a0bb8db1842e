package nl.woonregie.aanbod;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.regels.Periode;
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
 * The pages of a gemeente's own count against COA's ({@code /gemeenten/{code}/aanbod/tellingen}: the reconciliation
 * over time, the forecast from either start side by side, the form to record a count) and of its households by size
 * ({@code /gemeenten/{code}/aanbod/huishoudens}). The services judge access and input, as for the API.
 */
@Controller
class TellingPagina {

    /** The count's form: one row per cause (the list is fixed and short), shaped as the service's request. */
    public record TellingFormulier(String datum, String gehuisvest, List<Eigentellingen.OorzaakVerzoek> oorzaken,
            String toelichting, String reden) {

        public TellingFormulier {
            List<Eigentellingen.OorzaakVerzoek> rijen = new ArrayList<>(oorzaken == null ? List.of() : oorzaken);
            while (rijen.size() < Eigentelling.Oorzaak.values().length) {
                rijen.add(new Eigentellingen.OorzaakVerzoek(null, null));
            }
            oorzaken = rijen;
        }

        /** The rows up to the last one filled in (a gap in between stays: the service names it). */
        Eigentellingen.Verzoek verzoek() {
            int laatste = -1;
            for (int i = 0; i < oorzaken.size(); i++) {
                var o = oorzaken.get(i);
                if (o != null && Stream.of(o.oorzaak(), o.aantal()).anyMatch(x -> x != null && !x.isBlank())) {
                    laatste = i;
                }
            }
            return new Eigentellingen.Verzoek(datum, gehuisvest, new ArrayList<>(oorzaken.subList(0, laatste + 1)),
                    toelichting, reden);
        }
    }

    /** The households' form: the version replaced and a row per size class, 1 to 7. */
    public record HuishoudensFormulier(String versie, List<HuishoudensService.RegelVerzoek> regels, String reden) {

        public HuishoudensFormulier {
            List<HuishoudensService.RegelVerzoek> rijen = new ArrayList<>(regels == null ? List.of() : regels);
            while (rijen.size() < Huishoudens.GROOTSTE) {
                rijen.add(new HuishoudensService.RegelVerzoek(Integer.toString(rijen.size() + 1), null, null, null));
            }
            regels = rijen;
        }

        static HuishoudensFormulier van(Huishoudens h) {
            return new HuishoudensFormulier(Integer.toString(h.versie()), h.regels().stream()
                    .map(r -> new HuishoudensService.RegelVerzoek(Integer.toString(r.grootte()),
                            nl.woonregie.toezicht.regels.NlFormaat.getal(r.huishoudens()), r.grootte() == Huishoudens.GROOTSTE
                                    && r.huishoudens() > 0 ? nl.woonregie.toezicht.regels.NlFormaat.getal(r.personen())
                                    : null, nl.woonregie.toezicht.regels.NlFormaat.getal(r.woningen())))
                    .toList(), null);
        }
    }

    private final Eigentellingen tellingen;
    private final HuishoudensService huishoudens;
    private final Aanbodbronnen bronnen;
    private final GemeentePrognoses prognoses;
    private final GebiedService gebied;
    private final Toegang toegang;

    TellingPagina(Eigentellingen tellingen, HuishoudensService huishoudens, Aanbodbronnen bronnen,
            GemeentePrognoses prognoses, GebiedService gebied, Toegang toegang) {
        this.tellingen = tellingen;
        this.huishoudens = huishoudens;
        this.bronnen = bronnen;
        this.prognoses = prognoses;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/aanbod/tellingen")
    String tellingen(@PathVariable String code, Model model) {
        Gebruiker g = bronnen.vereisLezen(toegang.huidige(), code);
        model.addAttribute("telling", new TellingFormulier(null, null, null, null, null));
        return tellingen(g, code, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/tellingen")
    String toevoegen(@PathVariable String code, @ModelAttribute("telling") TellingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        try {
            Eigentelling t = tellingen.toevoegen(g, code, f.verzoek(), Client.van(request));
            redirect.addFlashAttribute("melding", "De eigen telling van " + Weergave.dag(t.datum())
                    + " is vastgelegd.");
            return "redirect:/gemeenten/" + t.gemeente() + "/aanbod/tellingen#telling-" + t.id();
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                model.addAttribute("fout", e.getMessage());
            } else if (e.status().value() != 400) {
                throw e;
            } else {
                Bindingfouten.voegToe(fouten, e);
                model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            }
        }
        return tellingen(g, code, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/tellingen/{id}/verwijderen")
    String verwijderen(@PathVariable String code, @PathVariable long id, @RequestParam(required = false) String versie,
            @RequestParam(required = false) String reden, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Eigentelling t = tellingen.lees(g, code, id);
        try {
            tellingen.verwijderen(g, code, id, versie, reden, Client.van(request));
            redirect.addFlashAttribute("melding", "De eigen telling van " + Weergave.dag(t.datum())
                    + " is verwijderd.");
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.status().value() == 409 ? e.getMessage()
                    : "De eigen telling van " + Weergave.dag(t.datum()) + " is niet verwijderd: geef een reden.");
        }
        return "redirect:/gemeenten/" + t.gemeente() + "/aanbod/tellingen";
    }

    private String tellingen(Gebruiker g, String code, Model model) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("magWijzigen", bronnen.magWijzigen(g, code));
        model.addAttribute("afstemming", tellingen.afstemming(g, code));
        model.addAttribute("starten", List.of(
                prognoses.prognose(g, code, GemeentePrognose.Scenario.PLAN, null, GemeentePrognose.Start.COA),
                prognoses.prognose(g, code, GemeentePrognose.Scenario.PLAN, null,
                        GemeentePrognose.Start.EIGEN_TELLING)));
        model.addAttribute("oorzaken", Eigentelling.Oorzaak.values());
        model.addAttribute("vandaag", gebied.vandaag());
        return "aanbod/tellingen";
    }

    @GetMapping("/gemeenten/{code}/aanbod/huishoudens")
    String huishoudens(@PathVariable String code, @RequestParam(required = false) String periode, Model model) {
        Gebruiker g = bronnen.vereisLezen(toegang.huidige(), code);
        Periode p = huishoudens.periode(periode);
        Huishoudens h = huishoudens.lees(g, code, p);
        model.addAttribute("formulier", HuishoudensFormulier.van(h));
        return huishoudens(g, code, h, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/huishoudens")
    String huishoudensVastleggen(@PathVariable String code, @RequestParam(required = false) String periode,
            @ModelAttribute("formulier") HuishoudensFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Periode p = huishoudens.periode(periode);
        try {
            Huishoudens h = huishoudens.vastleggen(g, code, p, new HuishoudensService.Verzoek(f.versie(), f.regels(),
                    f.reden()), Client.van(request));
            redirect.addFlashAttribute("melding", "De huishoudens van de " + p.omschrijving()
                    + " zijn vastgelegd (versie " + h.versie() + ").");
            return "redirect:/gemeenten/" + h.gemeente() + "/aanbod/huishoudens?periode=" + p.code();
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code.strip() + "/aanbod/huishoudens?periode=" + p.code();
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return huishoudens(g, code, huishoudens.lees(g, code, p), model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/huishoudens/import")
    String huishoudensImporteren(@PathVariable String code, @RequestParam(required = false) String periode,
            @ModelAttribute("huishoudensImport") JaartabelPagina.ImportFormulier f, BindingResult fouten,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile bestand, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        Periode p = huishoudens.periode(periode);
        try {
            Huishoudens h = huishoudens.importeren(g, code, p, JaartabelController.inhoud(bestand), f.versie(),
                    f.reden(), Client.van(request));
            redirect.addFlashAttribute("melding", "De huishoudens van de " + p.omschrijving()
                    + " zijn geïmporteerd (versie " + h.versie() + ").");
            return "redirect:/gemeenten/" + h.gemeente() + "/aanbod/huishoudens?periode=" + p.code();
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code.strip() + "/aanbod/huishoudens?periode=" + p.code();
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        Huishoudens h = huishoudens.lees(g, code, p);
        model.addAttribute("formulier", HuishoudensFormulier.van(h));
        return huishoudens(g, code, h, model);
    }

    private String huishoudens(Gebruiker g, String code, Huishoudens h, Model model) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("magWijzigen", bronnen.magWijzigen(g, code));
        model.addAttribute("huishoudens", h);
        if (!model.containsAttribute("huishoudensImport")) {
            model.addAttribute("huishoudensImport", new JaartabelPagina.ImportFormulier(Integer.toString(h.versie()),
                    null));
        }
        model.addAttribute("periode", Periode.of(h.periode()));
        model.addAttribute("grootste", Huishoudens.GROOTSTE);
        return "aanbod/huishoudens";
    }
}
