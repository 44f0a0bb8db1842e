package nl.woonregie.doorbraakplan;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.doorbraakplan.communicatie.Actiestand;
import nl.woonregie.doorbraakplan.communicatie.Kanaal;
import nl.woonregie.doorbraakplan.communicatie.Precisie;
import nl.woonregie.doorbraakplan.communicatie.Uitvoerder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
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
 * The pages of the communication and participation plan ({@code /gemeenten/{code}/doorbraakplan/...}): a tranche's
 * plan (actions in date order, meetings, the same-moment check's findings, forms to add), a project's (lead's) actions
 * and meetings, an action and a meeting with their versions and the form to change them (also: done, lapsed), and the
 * municipality's list of audiences. Forms bound as records shaped like the API's requests; one call to
 * {@link Communicatieplannen} each.
 */
@Controller
class CommunicatiePagina {

    /** An audience as typed. */
    public record DoelgroepFormulier(String code, String omschrijving, String actief) {
    }

    private static final String PAD = "/gemeenten/{code}/doorbraakplan";

    private final Communicatieplannen plannen;
    private final Leads leads;
    private final Toegang toegang;
    private final GebiedService gebied;

    CommunicatiePagina(Communicatieplannen plannen, Leads leads, Toegang toegang, GebiedService gebied) {
        this.plannen = plannen;
        this.leads = leads;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    private void basis(Model model, Gebruiker g, String code) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("magWijzigen", plannen.magWijzigen(g, code));
        model.addAttribute("leesbaar", Leads.magLezen(g, code));
        model.addAttribute("doelgroepnamen", plannen.doelgroepnamen(code));
        model.addAttribute("kanalen", Kanaal.values());
        model.addAttribute("uitvoerders", Uitvoerder.values());
        // the choice's empty option is "Gepland" (the service's default), so GEPLAND itself is not offered twice
        model.addAttribute("standen", List.of(Actiestand.GEDAAN, Actiestand.VERVALLEN));
        model.addAttribute("precisies", Precisie.values());
    }

    /** The audiences a form offers: the active ones, and those the shown form has already. */
    private void doelgroepkeuze(Model model, Gebruiker g, String code) {
        if (plannen.magWijzigen(g, code)) {
            model.addAttribute("doelgroepen", plannen.doelgroepen(g, code).stream().filter(Doelgroep::actief)
                    .toList());
        }
    }

    // --- a tranche's plan

    @GetMapping(PAD + "/tranches/{tranche}/communicatie")
    String plan(@PathVariable String code, @PathVariable long tranche, Model model) {
        Gebruiker g = toegang.huidige();
        return planpagina(g, code, tranche, Communicatieverzoek.leeg(tranche, null),
                Bijeenkomstverzoek.leeg(tranche, null), model);
    }

    private String planpagina(Gebruiker g, String code, long tranche, Communicatieverzoek actie,
            Bijeenkomstverzoek bijeenkomst, Model model) {
        Communicatieplan p = plannen.plan(g, code, tranche);
        basis(model, g, code);
        doelgroepkeuze(model, g, code);
        model.addAttribute("plan", p);
        model.addAttribute("actie", actie);
        model.addAttribute("bijeenkomst", bijeenkomst);
        model.addAttribute("trancheleads", leads.register(g, code, null, tranche));
        return "doorbraakplan/communicatieplan";
    }

    // --- a project's (lead's) actions and meetings

    @GetMapping(PAD + "/leads/{id}/communicatie")
    String lead(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Leadcommunicatie c = plannen.vanLead(g, code, id);
        return leadpagina(g, code, c, Communicatieverzoek.leeg(c.tranche(), id),
                Bijeenkomstverzoek.leeg(c.tranche(), id), model);
    }

    private String leadpagina(Gebruiker g, String code, Leadcommunicatie c, Communicatieverzoek actie,
            Bijeenkomstverzoek bijeenkomst, Model model) {
        basis(model, g, code);
        doelgroepkeuze(model, g, code);
        model.addAttribute("communicatie", c);
        model.addAttribute("actie", actie);
        model.addAttribute("bijeenkomst", bijeenkomst);
        return "doorbraakplan/leadcommunicatie";
    }

    // --- adding

    @PostMapping(PAD + "/communicatieacties")
    String actieToevoegen(@PathVariable String code, @ModelAttribute("actie") Communicatieverzoek f,
            BindingResult fouten, @RequestParam(defaultValue = "tranche") String terug, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Communicatieactie a = plannen.voegActieToe(g, code, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De actie '" + a.wat() + "' is toegevoegd.");
            return "redirect:" + terugNaar(code, terug, a.tranche(), a.lead()) + "#acties";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, leesbaar(e.invalidParams()));
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return opnieuw(g, code, terug, f.tranche(), f.lead(), f, null, model);
    }

    @PostMapping(PAD + "/bijeenkomsten")
    String bijeenkomstToevoegen(@PathVariable String code, @ModelAttribute("bijeenkomst") Bijeenkomstverzoek f,
            BindingResult fouten, @RequestParam(defaultValue = "tranche") String terug, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Bijeenkomst b = plannen.voegBijeenkomstToe(g, code, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De bijeenkomst '" + b.naam() + "' is toegevoegd.");
            return "redirect:" + terugNaar(code, terug, b.tranche(), b.lead()) + "#bijeenkomsten";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, leesbaar(e.invalidParams()));
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return opnieuw(g, code, terug, f.tranche(), f.lead(), null, f, model);
    }

    private static String terugNaar(String code, String terug, Long tranche, Long lead) {
        if ((terug.equals("lead") || tranche == null) && lead != null) {
            return "/gemeenten/" + code + "/doorbraakplan/leads/" + lead + "/communicatie";
        }
        return "/gemeenten/" + code + "/doorbraakplan/tranches/" + tranche + "/communicatie";
    }

    /** The page the refused form came from, with the form as typed and the other form empty. */
    private String opnieuw(Gebruiker g, String code, String terug, String tranche, String lead,
            Communicatieverzoek actie, Bijeenkomstverzoek bijeenkomst, Model model) {
        Long t = id(tranche);
        Long l = id(lead);
        if (terug.equals("lead") && l != null) {
            Leadcommunicatie c = plannen.vanLead(g, code, l);
            return leadpagina(g, code, c, actie != null ? actie : Communicatieverzoek.leeg(c.tranche(), l),
                    bijeenkomst != null ? bijeenkomst : Bijeenkomstverzoek.leeg(c.tranche(), l), model);
        }
        if (t == null) {
            throw ApiException.notFound("Kies een tranche of een lead.");
        }
        return planpagina(g, code, t, actie != null ? actie : Communicatieverzoek.leeg(t, null),
                bijeenkomst != null ? bijeenkomst : Bijeenkomstverzoek.leeg(t, null), model);
    }

    private static Long id(String s) {
        return s != null && s.strip().matches("\\d{1,12}") ? Long.valueOf(s.strip()) : null;
    }

    /** The service's indexed field names ({@code doelgroepen[1]}) at the form's field. */
    static List<InvalidParam> leesbaar(List<InvalidParam> fouten) {
        List<InvalidParam> lijst = new ArrayList<>();
        for (InvalidParam f : fouten) {
            int i = f.name().indexOf('[');
            lijst.add(i > 0 ? new InvalidParam(f.name().substring(0, i), f.reason()) : f);
        }
        return lijst;
    }

    // --- an action

    @GetMapping(PAD + "/communicatieacties/{actie}")
    String actie(@PathVariable String code, @PathVariable long actie, Model model) {
        Gebruiker g = toegang.huidige();
        Communicatieactie a = plannen.actie(g, code, actie);
        return actiepagina(g, code, a, Communicatieverzoek.van(a), model);
    }

    private String actiepagina(Gebruiker g, String code, Communicatieactie a, Communicatieverzoek f, Model model) {
        basis(model, g, code);
        if (plannen.magWijzigen(g, code)) {
            List<Doelgroep> keuze = new ArrayList<>();
            for (Doelgroep d : plannen.doelgroepen(g, code)) {
                if (d.actief() || a.doelgroepen().contains(d.code())) {
                    keuze.add(d);
                }
            }
            model.addAttribute("doelgroepen", keuze);
            if (a.tranche() != null) {
                model.addAttribute("trancheleads", leads.register(g, code, null, a.tranche()));
            }
        }
        model.addAttribute("a", a);
        model.addAttribute("actie", f);
        return "doorbraakplan/communicatieactie";
    }

    @PostMapping(PAD + "/communicatieacties/{actie}")
    String actieWijzigen(@PathVariable String code, @PathVariable long actie,
            @ModelAttribute("actie") Communicatieverzoek f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Communicatieactie a = plannen.wijzigActie(g, code, actie, f, null, Client.van(request));
            redirect.addFlashAttribute("melding", "De actie is gewijzigd (versie " + a.versie() + ").");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/communicatieacties/" + actie;
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code + "/doorbraakplan/communicatieacties/" + actie;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, leesbaar(e.invalidParams()));
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return actiepagina(g, code, plannen.actie(g, code, actie), f, model);
    }

    // --- a meeting

    @GetMapping(PAD + "/bijeenkomsten/{bijeenkomst}")
    String bijeenkomst(@PathVariable String code, @PathVariable long bijeenkomst, Model model) {
        Gebruiker g = toegang.huidige();
        Bijeenkomst b = plannen.bijeenkomst(g, code, bijeenkomst);
        return bijeenkomstpagina(g, code, b, Bijeenkomstverzoek.van(b), model);
    }

    private String bijeenkomstpagina(Gebruiker g, String code, Bijeenkomst b, Bijeenkomstverzoek f, Model model) {
        basis(model, g, code);
        if (plannen.magWijzigen(g, code)) {
            List<Doelgroep> keuze = new ArrayList<>();
            for (Doelgroep d : plannen.doelgroepen(g, code)) {
                if (d.actief() || b.doelgroepen().contains(d.code())) {
                    keuze.add(d);
                }
            }
            model.addAttribute("doelgroepen", keuze);
        }
        model.addAttribute("b", b);
        model.addAttribute("bijeenkomst", f);
        return "doorbraakplan/bijeenkomst";
    }

    @PostMapping(PAD + "/bijeenkomsten/{bijeenkomst}")
    String bijeenkomstWijzigen(@PathVariable String code, @PathVariable long bijeenkomst,
            @ModelAttribute("bijeenkomst") Bijeenkomstverzoek f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Bijeenkomst b = plannen.wijzigBijeenkomst(g, code, bijeenkomst, f, null, Client.van(request));
            redirect.addFlashAttribute("melding", "De bijeenkomst is gewijzigd (versie " + b.versie() + ").");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/bijeenkomsten/" + bijeenkomst;
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code + "/doorbraakplan/bijeenkomsten/" + bijeenkomst;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, leesbaar(e.invalidParams()));
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return bijeenkomstpagina(g, code, plannen.bijeenkomst(g, code, bijeenkomst), f, model);
    }

    // --- audiences

    @GetMapping(PAD + "/doelgroepen")
    String doelgroepen(@PathVariable String code, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        return doelgroepenpagina(g, code, new DoelgroepFormulier(null, null, null), model);
    }

    private String doelgroepenpagina(Gebruiker g, String code, DoelgroepFormulier f, Model model) {
        basis(model, g, code);
        model.addAttribute("lijst", plannen.doelgroepen(g, code));
        model.addAttribute("doelgroep", f);
        return "doorbraakplan/doelgroepen";
    }

    @PostMapping(PAD + "/doelgroepen")
    String doelgroep(@PathVariable String code, @ModelAttribute("doelgroep") DoelgroepFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            boolean actief = !"false".equals(f.actief());
            plannen.doelgroep(g, code, f.code(), f.omschrijving(), actief, Client.van(request));
            redirect.addFlashAttribute("melding", actief ? "De doelgroep is vastgelegd."
                    : "De doelgroep is ingetrokken.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/doelgroepen";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return doelgroepenpagina(g, code, f, model);
    }
}
