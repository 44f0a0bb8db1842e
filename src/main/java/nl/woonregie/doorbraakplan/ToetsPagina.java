package nl.woonregie.doorbraakplan;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import org.springframework.http.ResponseEntity;
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
 * The pages of the uitgangspunten check and a tranche's planning ({@code /gemeenten/{code}/doorbraakplan/...}): the
 * list of uitgangspunten with its form, the table of the memo of 28 January 2022 (and its XLSX), a tranche's planning with its milestones, a milestone's form.
 * (A lead's scores have their form on the lead's page, {@link LeadPagina}.) Forms bound as records shaped like the API's requests; one call to {@link Uitgangspunten} or {@link Planning} each.
 */
@Controller
class ToetsPagina {

    static final int RIJEN = 10;
    private static final String PAD = "/gemeenten/{code}/doorbraakplan";

    /** The list's form: at least {@link #RIJEN} rows (empty rows are skipped), two more than a longer list. */
    public record LijstFormulier(String versie, List<Uitgangspuntenverzoek.Regel> uitgangspunten, String reden) {

        public LijstFormulier {
            List<Uitgangspuntenverzoek.Regel> rijen = new ArrayList<>(uitgangspunten == null ? List.of()
                    : uitgangspunten);
            rijen.replaceAll(r -> r == null ? leeg() : r);
            int aantal = Math.min(Uitgangspunten.MAX_UITGANGSPUNTEN, Math.max(RIJEN, rijen.size() + 2));
            while (rijen.size() < aantal) {
                rijen.add(leeg());
            }
            uitgangspunten = rijen;
        }

        private static Uitgangspuntenverzoek.Regel leeg() {
            return new Uitgangspuntenverzoek.Regel(null, null, null, null, null);
        }

        static LijstFormulier van(int versie, List<Uitgangspunt> lijst) {
            return new LijstFormulier(Integer.toString(versie), lijst.stream().map(u -> new Uitgangspuntenverzoek.Regel(
                    u.code(), u.naam(), u.omschrijving(), u.maximum() == null ? null : u.maximum().toString(),
                    u.bron())).toList(), null);
        }

        Uitgangspuntenverzoek verzoek() {
            return new Uitgangspuntenverzoek(versie, uitgangspunten, reden);
        }
    }

    /** A lead's scores as typed: one row per uitgangspunt of the municipality. */
    public record ScoreFormulier(String versie, List<Scoreverzoek.Regel> scores) {

        static ScoreFormulier van(Locatietoets t) {
            return new ScoreFormulier(Integer.toString(t.versie()), t.uitgangspunten().stream()
                    .map(c -> new Scoreverzoek.Regel(c.uitgangspunt(), c.uitkomst().name(), c.toelichting()))
                    .toList());
        }

        Scoreverzoek verzoek() {
            return new Scoreverzoek(versie, scores);
        }
    }

    private final Uitgangspunten uitgangspunten;
    private final Planning planning;
    private final Leads leads;
    private final Toegang toegang;
    private final GebiedService gebied;

    ToetsPagina(Uitgangspunten uitgangspunten, Planning planning, Leads leads, Toegang toegang, GebiedService gebied) {
        this.uitgangspunten = uitgangspunten;
        this.planning = planning;
        this.leads = leads;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    private void basis(Model model, Gebruiker g, String code) {
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("magWijzigen", Leads.magWijzigen(g, code));
    }

    // --- the list

    @GetMapping(PAD + "/uitgangspunten")
    String lijst(@PathVariable String code, @RequestParam(required = false) String startset, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        Uitgangspuntenlijst l = uitgangspunten.lijst(g, code);
        model.addAttribute("formulier", LijstFormulier.van(l.versie(), startset != null && Leads.magWijzigen(g, code)
                ? l.startset() : l.uitgangspunten()));
        model.addAttribute("startsetIngevuld", startset != null);
        return lijstpagina(g, code, l, model);
    }

    private String lijstpagina(Gebruiker g, String code, Uitgangspuntenlijst l, Model model) {
        basis(model, g, code);
        model.addAttribute("lijst", l);
        return "doorbraakplan/uitgangspunten";
    }

    @PostMapping(PAD + "/uitgangspunten")
    String vastleggen(@PathVariable String code, @ModelAttribute("formulier") LijstFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Uitgangspuntenlijst l = uitgangspunten.vastleggen(g, code, f.verzoek(), true, Client.van(request));
            redirect.addFlashAttribute("melding", "De uitgangspunten zijn vastgelegd (versie " + l.versie() + ").");
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
            } else if (e.status().value() == 400) {
                Bindingfouten.voegToe(fouten, e);
                model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
                model.addAttribute("startsetIngevuld", false);
                return lijstpagina(g, code, uitgangspunten.lijst(g, code), model);
            } else {
                throw e;
            }
        }
        return "redirect:/gemeenten/" + code + "/doorbraakplan/uitgangspunten";
    }

    // --- the table

    @GetMapping(PAD + "/toets")
    String tabel(@PathVariable String code, @RequestParam(required = false) String tranche, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        Toetstabel t;
        try {
            t = uitgangspunten.tabel(g, code, tranche);
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            model.addAttribute("fout", "Deze tranche is onbekend; hieronder staan alle leads die niet zijn afgevallen.");
            t = uitgangspunten.tabel(g, code, null);
        }
        basis(model, g, code);
        model.addAttribute("tabel", t);
        model.addAttribute("tranches", leads.tranches(g, code));
        return "doorbraakplan/toets";
    }

    @GetMapping(PAD + "/toets.xlsx")
    ResponseEntity<byte[]> tabelXlsx(@PathVariable String code, @RequestParam(required = false) String tranche) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        return Download.bijlage(uitgangspunten.xlsx(g, code, tranche), Spreadsheet.XLSX, "uitgangspunten-" + code
                + (tranche == null || tranche.isBlank() ? "" : "-tranche-" + tranche) + ".xlsx");
    }

    // --- the planning

    @GetMapping(PAD + "/tranches/{tranche}/planning")
    String planning(@PathVariable String code, @PathVariable long tranche, Model model) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        model.addAttribute("mijlpaal", new Mijlpaalverzoek(null, null, null, null, null, null, null));
        return planningpagina(g, code, tranche, model);
    }

    private String planningpagina(Gebruiker g, String code, long tranche, Model model) {
        basis(model, g, code);
        model.addAttribute("planning", planning.planning(g, code, tranche));
        model.addAttribute("sjabloon", Planning.sjabloon());
        return "doorbraakplan/planning";
    }

    @PostMapping(PAD + "/tranches/{tranche}/planning")
    String toevoegen(@PathVariable String code, @PathVariable long tranche,
            @ModelAttribute("mijlpaal") Mijlpaalverzoek f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Mijlpaal m = planning.toevoegen(g, code, tranche, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De mijlpaal '" + m.wat() + "' is toegevoegd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/tranches/" + tranche + "/planning";
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return planningpagina(g, code, tranche, model);
    }

    @PostMapping(PAD + "/tranches/{tranche}/planning/sjabloon")
    String sjabloon(@PathVariable String code, @PathVariable long tranche, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            planning.sjabloonToevoegen(g, code, tranche, Client.van(request));
            redirect.addFlashAttribute("melding", "De " + Planning.sjabloon().size() + " stappen van de memo van "
                    + "28 januari 2022 zijn toegevoegd; pas ze hieronder aan.");
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.invalidParams().isEmpty() ? e.getMessage()
                    : e.invalidParams().get(0).reason());
        }
        return "redirect:/gemeenten/" + code + "/doorbraakplan/tranches/" + tranche + "/planning";
    }

    @GetMapping(PAD + "/tranches/{tranche}/planning.xlsx")
    ResponseEntity<byte[]> planningXlsx(@PathVariable String code, @PathVariable long tranche) {
        Gebruiker g = leads.vereisLezen(toegang.huidige(), code);
        return Download.bijlage(planning.xlsx(g, code, tranche), Spreadsheet.XLSX, "planning-" + code + "-tranche-"
                + tranche + ".xlsx");
    }

    @GetMapping(PAD + "/tranches/{tranche}/planning/{id}")
    String mijlpaal(@PathVariable String code, @PathVariable long tranche, @PathVariable long id, Model model) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        Mijlpaal m = zoek(g, code, tranche, id);
        model.addAttribute("mijlpaal", new Mijlpaalverzoek(Integer.toString(m.versie()), datum(m.van()),
                datum(m.tot()), m.wat(), m.wie(), m.toelichting(), datum(m.gedaanOp())));
        return mijlpaalpagina(g, code, tranche, m, model);
    }

    private Mijlpaal zoek(Gebruiker g, String code, long tranche, long id) {
        return planning.planning(g, code, tranche).mijlpalen().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> ApiException.notFound("Mijlpaal " + id + " bestaat niet in deze tranche."));
    }

    private String mijlpaalpagina(Gebruiker g, String code, long tranche, Mijlpaal m, Model model) {
        basis(model, g, code);
        model.addAttribute("planning", planning.planning(g, code, tranche));
        model.addAttribute("m", m);
        model.addAttribute("vandaag", gebied.vandaag().toString());
        return "doorbraakplan/mijlpaal";
    }

    @PostMapping(PAD + "/tranches/{tranche}/planning/{id}")
    String wijzigen(@PathVariable String code, @PathVariable long tranche, @PathVariable long id,
            @ModelAttribute("mijlpaal") Mijlpaalverzoek f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = leads.vereisWijzigen(toegang.huidige(), code);
        try {
            Mijlpaal m = planning.wijzigen(g, code, tranche, id, f, Client.van(request));
            redirect.addFlashAttribute("melding", "De mijlpaal '" + m.wat() + "' is gewijzigd.");
            return "redirect:/gemeenten/" + code + "/doorbraakplan/tranches/" + tranche + "/planning";
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code + "/doorbraakplan/tranches/" + tranche + "/planning/" + id;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return mijlpaalpagina(g, code, tranche, zoek(g, code, tranche, id), model);
    }

    private static String datum(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }
}
