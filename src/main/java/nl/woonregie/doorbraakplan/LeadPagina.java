package nl.woonregie.doorbraakplan;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.doorbraakplan.pijplijn.Aspect;
import nl.woonregie.doorbraakplan.pijplijn.Inbrenger;
import nl.woonregie.doorbraakplan.pijplijn.Kleur;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.doorbraakplan.pijplijn.Uitkomst;
import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
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
 * The programme team's pages of the lead pipeline ({@code /gemeenten/{code}/doorbraakplan/...}): the register with
 * filters, a new lead, a lead with its history and its next steps as buttons, the tasks to inform submitters, the
 * funnel with the tranches. Forms bound as records shaped like the API's requests; one call to {@link Leads} each.
 */
@Controller
class LeadPagina {

    /** An aspect of the analysis as typed. */
    public record AnalyseFormulier(String aspect, String uitkomst, String toelichting) {
    }

    /** The feasibility study's conclusion as typed. */
    public record OnderzoekFormulier(String conclusie) {
    }

    /** How a submitter was informed, as typed. */
    public record AfhandelingFormulier(String datum, String wijze, String toelichting) {
    }

    /** A new tranche as typed. */
    public record TrancheFormulier(String naam, String besluitdatum, String kenmerk) {
    }

    private static final String PAD = "/gemeenten/{code}/doorbraakplan";

    private final Leads leads;
    private final Toegang toegang;
    private final GebiedService gebied;
    private final nl.woonregie.aanbod.Aanbodbronnen aanbod;
    private final Uitgangspunten uitgangspunten;

    LeadPagina(Leads leads, Toegang toegang, GebiedService gebied, nl.woonregie.aanbod.Aanbodbronnen aanbod,
            Uitgangspunten uitgangspunten) {
        this.aanbod = aanbod;
        this.uitgangspunten = uitgangspunten;
        this.leads = leads;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    private void basis(Model model, Gebruiker g, String code) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("magWijzigen", Leads.magWijzigen(g, code));
    }

    @GetMapping(PAD + "/leads")
    String register(@PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(required = false) String tranche, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        Leadstatus s = null;
        for (Leadstatus x : Leadstatus.values()) {
            if (x.name().equals(status)) {
                s = x;
            }
        }
        Long t = tranche != null && tranche.matches("\\d{1,12}") ? Long.valueOf(tranche) : null;
        basis(model, g, code);
        model.addAttribute("leads", leads.register(g, code, s, t));
        model.addAttribute("standen", Leadstatus.values());
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("tranche", t == null ? "" : t.toString());
        model.addAttribute("tranches", leads.tranches(g, code));
        model.addAttribute("teLaat", leads.taken(g, code, true).stream().filter(Informeertaak::teLaat).count());
        return "doorbraakplan/leads";
    }

    @GetMapping(PAD + "/leads/nieuw")
    String nieuw(@PathVariable String code, Model model) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        model.addAttribute("lead", new Leadverzoek(null, null, null, gebied.vandaag().toString(), null, null, null,
                null, null, null));
        return nieuwFormulier(g, code, model);
    }

    private String nieuwFormulier(Gebruiker g, String code, Model model) {
        basis(model, g, code);
        model.addAttribute("inbrengers", Inbrenger.values());
        return "doorbraakplan/lead-nieuw";
    }

    @PostMapping(PAD + "/leads/nieuw")
    String indienen(@PathVariable String code, @ModelAttribute("lead") Leadverzoek f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Lead l = leads.indienen(g, code, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De lead '" + l.naam() + "' is geregistreerd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + l.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return nieuwFormulier(g, code, model);
    }

    /** A lead by its id alone (the projectleider's start page links here): on to its municipality's page. */
    @GetMapping("/doorbraakplan/leads/{id}")
    String naarLead(@PathVariable long id) {
        return "redirect:/gemeenten/" + leads.gemeenteVan(toegang.huidige(), id) + "/doorbraakplan/leads/" + id;
    }

    @GetMapping(PAD + "/leads/{id}")
    String lead(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Lead l = leads.lees(g, code, id, "lead (pagina)");
        model.addAttribute("stap", Stapverzoek.leeg(null, l.versie()));
        model.addAttribute("analyse", new AnalyseFormulier(null, null, null));
        model.addAttribute("onderzoek", new OnderzoekFormulier(l.conclusie()));
        return leadpagina(g, code, l, model);
    }

    private String leadpagina(Gebruiker g, String code, Lead l, Model model) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("lead", l);
        model.addAttribute("rechten", leads.rechten(g, l));
        model.addAttribute("leesbaar", Leads.magLezen(g, code));
        boolean aanbodLeesbaar;
        try {
            aanbod.vereisLezen(g, code);
            aanbodLeesbaar = true;
        } catch (ApiException e) {
            aanbodLeesbaar = false;
        }
        model.addAttribute("aanbodLeesbaar", aanbodLeesbaar);
        if (leads.rechten(g, l).wijzigen()) {
            model.addAttribute("redenen", leads.afvalredenen(g, code).stream().filter(Afvalreden::actief).toList());
            model.addAttribute("tranches", leads.tranches(g, code));
        }
        java.util.Map<Aspect, Lead.Analyse> analyseVan = new java.util.EnumMap<>(Aspect.class);
        l.analyse().forEach(a -> analyseVan.put(a.aspect(), a));
        model.addAttribute("analyseVan", analyseVan);
        model.addAttribute("stapOnderzoek", l.mogelijkeStappen()
                .contains(nl.woonregie.doorbraakplan.pijplijn.Stap.HAALBAARHEIDSONDERZOEK_STARTEN));
        model.addAttribute("stapAanwijzen", l.mogelijkeStappen()
                .contains(nl.woonregie.doorbraakplan.pijplijn.Stap.AANWIJZEN));
        model.addAttribute("aspecten", Aspect.values());
        model.addAttribute("uitkomsten", Uitkomst.values());
        model.addAttribute("kleuren", Kleur.values());
        model.addAttribute("duren", Aanbodbron.Duur.values());
        model.addAttribute("woonvormen", Aanbodbron.Woonvorm.values());
        Locatietoets toets = uitgangspunten.locatie(g, code, l.id());
        model.addAttribute("toets", toets);
        java.util.Map<String, String> namen = new java.util.HashMap<>();
        toets.uitgangspunten().forEach(c -> namen.put(c.uitgangspunt(), c.naam()));
        model.addAttribute("uitgangspuntnamen", namen);
        if (!model.containsAttribute("scores")) {
            model.addAttribute("scores", ToetsPagina.ScoreFormulier.van(toets));
        }
        model.addAttribute("toetsuitkomsten", nl.woonregie.doorbraakplan.toetsing.Toetsuitkomst.values());
        return "doorbraakplan/lead";
    }

    /** The lead's scores on the uitgangspunten (issue 17 §2): errors at their fields, every value kept. */
    @PostMapping(PAD + "/leads/{id}/uitgangspunten")
    String scoren(@PathVariable String code, @PathVariable long id,
            @ModelAttribute("scores") ToetsPagina.ScoreFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            uitgangspunten.scoren(g, code, id, f.verzoek(), Client.van(request));
            redirect.addFlashAttribute("melding", "De toets aan de uitgangspunten is vastgelegd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + id + "#uitgangspunten";
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + id + "#uitgangspunten";
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        Lead l = leads.lees(g, code, id, "lead (pagina)");
        model.addAttribute("stap", Stapverzoek.leeg(null, l.versie()));
        model.addAttribute("analyse", new AnalyseFormulier(null, null, null));
        model.addAttribute("onderzoek", new OnderzoekFormulier(l.conclusie()));
        return leadpagina(g, code, l, model);
    }

    @PostMapping(PAD + "/leads/{id}/stap")
    String stap(@PathVariable String code, @PathVariable long id, @ModelAttribute("stap") Stapverzoek f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Lead l = leads.stap(g, code, id, f, Client.van(request));
            redirect.addFlashAttribute("melding", "Vastgelegd: " + Labels.inZin(l.stappen()
                    .get(l.stappen().size() - 1).stap()) + "." + (l.status().eind() || f.stap() == null
                    || !nl.woonregie.doorbraakplan.pijplijn.Stap.valueOf(f.stap()).informeren() ? ""
                    : " Informeer de inbrenger binnen " + leads.informeertermijnDagen() + " dagen."));
            return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + id;
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + id;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, leesbaar(e.invalidParams()));
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        Lead l = leads.lees(g, code, id, "lead (pagina)");
        model.addAttribute("analyse", new AnalyseFormulier(null, null, null));
        model.addAttribute("onderzoek", new OnderzoekFormulier(l.conclusie()));
        return leadpagina(g, code, l, model);
    }

    /** The service's field names that are not fields of the form, as a person reads them. */
    static List<InvalidParam> leesbaar(List<InvalidParam> fouten) {
        List<InvalidParam> lijst = new ArrayList<>();
        for (InvalidParam f : fouten) {
            if (f.name().startsWith("analyse.")) {
                lijst.add(new InvalidParam("Analyse, " + Labels.inZin(Aspect.valueOf(f.name().substring(8))),
                        f.reason()));
            } else if (f.name().equals("haalbaarheidsonderzoek.conclusie")) {
                lijst.add(new InvalidParam("Conclusie van het haalbaarheidsonderzoek", f.reason()));
            } else {
                lijst.add(f);
            }
        }
        return lijst;
    }

    @PostMapping(PAD + "/leads/{id}/analyse")
    String analyse(@PathVariable String code, @PathVariable long id, @ModelAttribute("analyse") AnalyseFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            leads.analyseer(g, code, id, f.aspect(), f.uitkomst(), f.toelichting(), Client.van(request));
            redirect.addFlashAttribute("melding", "De analyse is vastgelegd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + id + "#analyse";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        Lead l = leads.lees(g, code, id, "lead (pagina)");
        model.addAttribute("stap", Stapverzoek.leeg(null, l.versie()));
        model.addAttribute("onderzoek", new OnderzoekFormulier(l.conclusie()));
        return leadpagina(g, code, l, model);
    }

    @PostMapping(PAD + "/leads/{id}/onderzoek")
    String onderzoek(@PathVariable String code, @PathVariable long id,
            @ModelAttribute("onderzoek") OnderzoekFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        try {
            leads.onderzoek(g, code, id, f.conclusie(), Client.van(request));
            redirect.addFlashAttribute("melding", "De conclusie van het haalbaarheidsonderzoek is vastgelegd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/leads/" + id + "#onderzoek";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        Lead l = leads.lees(g, code, id, "lead (pagina)");
        model.addAttribute("stap", Stapverzoek.leeg(null, l.versie()));
        model.addAttribute("analyse", new AnalyseFormulier(null, null, null));
        return leadpagina(g, code, l, model);
    }

    @GetMapping(PAD + "/taken")
    String taken(@PathVariable String code, @RequestParam(required = false) String alle, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        return takenpagina(g, code, alle != null, new AfhandelingFormulier(gebied.vandaag().toString(), null, null),
                null, model);
    }

    private String takenpagina(Gebruiker g, String code, boolean alle, AfhandelingFormulier f, Long fouttaak,
            Model model) {
        basis(model, g, code);
        model.addAttribute("taken", leads.taken(g, code, !alle));
        model.addAttribute("alle", alle);
        model.addAttribute("afhandeling", f);
        model.addAttribute("fouttaak", fouttaak);
        model.addAttribute("wijzen", Informeerwijze.values());
        model.addAttribute("termijn", leads.informeertermijnDagen());
        return "doorbraakplan/taken";
    }

    @PostMapping(PAD + "/taken/{id}")
    String afhandelen(@PathVariable String code, @PathVariable long id,
            @ModelAttribute("afhandeling") AfhandelingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Informeertaak t = leads.afhandelen(g, code, id, f.datum(), f.wijze(), f.toelichting(),
                    Client.van(request));
            redirect.addFlashAttribute("melding", "Vastgelegd: de inbrenger van '" + t.leadnaam()
                    + "' is geïnformeerd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/taken";
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code + "/doorbraakplan/taken";
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return takenpagina(g, code, false, f, id, model);
    }

    @GetMapping(PAD + "/trechter")
    String trechter(@PathVariable String code, @RequestParam(required = false) String peildatum,
            @RequestParam(required = false) String tranche, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        Leadtrechter t;
        try {
            t = leads.trechter(g, code, peildatum, tranche);
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            model.addAttribute("fout", "De peildatum of de tranche is onbekend; de trechter van vandaag staat hieronder.");
            t = leads.trechter(g, code, null, null);
        }
        return trechterpagina(g, code, t, new TrancheFormulier(null, null, null), model);
    }

    private String trechterpagina(Gebruiker g, String code, Leadtrechter t, TrancheFormulier f, Model model) {
        basis(model, g, code);
        model.addAttribute("trechter", t);
        model.addAttribute("tranches", leads.tranches(g, code));
        model.addAttribute("nieuweTranche", f);
        return "doorbraakplan/trechter";
    }

    @PostMapping(PAD + "/tranches")
    String tranche(@PathVariable String code, @ModelAttribute("nieuweTranche") TrancheFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Tranche t = leads.tranche(g, code, f.naam(), f.besluitdatum(), f.kenmerk(), Client.van(request));
            redirect.addFlashAttribute("melding", "De tranche '" + t.naam() + "' is gemaakt.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/trechter#tranches";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return trechterpagina(g, code, leads.trechter(g, code, null, null), f, model);
    }
}
