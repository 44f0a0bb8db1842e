package nl.woonregie.toezicht.opvolging;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-up of supervision on pages (issue 19 §4), until now API-only: a municipality's plannen van aanpak
 * (step 3a) with their actions — recording a plan, its ratification by the college (step 3b), a new action, an
 * action done — its toezichtgesprekken (recording one), and the province's worklist of overdue actions. The services
 * of the API judge every field; a refused form shows every error at the top and at its field, every typed value
 * kept. The province's supervisors and BEHEERDER record; the municipality reads, and marks its own actions done.
 */
@Controller
class OpvolgingPagina {

    private static final Pattern ACTIE = Pattern.compile("^acties\\[(\\d+)\\]\\.(.+)$");

    private final Toegang toegang;
    private final GebiedService gebied;
    private final PlanVanAanpakService plannen;
    private final ToezichtgesprekService gesprekken;

    OpvolgingPagina(Toegang toegang, GebiedService gebied, PlanVanAanpakService plannen,
            ToezichtgesprekService gesprekken) {
        this.toegang = toegang;
        this.gebied = gebied;
        this.plannen = plannen;
        this.gesprekken = gesprekken;
    }

    // ---------------------------------------------------------------------------------------------------------
    // forms, as typed

    /** One action row of a new plan. */
    public static class ActieRij {
        private String omschrijving;
        private String verantwoordelijke;
        private String deadline;

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String getVerantwoordelijke() {
            return verantwoordelijke;
        }

        public void setVerantwoordelijke(String verantwoordelijke) {
            this.verantwoordelijke = verantwoordelijke;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }

        boolean isLeeg() {
            return leeg(omschrijving) && leeg(verantwoordelijke) && leeg(deadline);
        }

        PlanVanAanpakService.ActieInvoer alsInvoer() {
            return new PlanVanAanpakService.ActieInvoer(waarde(omschrijving), waarde(verantwoordelijke),
                    waarde(deadline));
        }
    }

    /** A new plan: period, title, received (and ratified) on, and up to {@value #RIJEN} actions. */
    public static class PlanFormulier {
        static final int RIJEN = 5;
        private String periode;
        private String titel;
        private String ontvangenOp;
        private String bekrachtigdDoorCollegeOp;
        private List<ActieRij> acties = new ArrayList<>();

        PlanFormulier() {
            while (acties.size() < RIJEN) {
                acties.add(new ActieRij());
            }
        }

        public String getPeriode() {
            return periode;
        }

        public void setPeriode(String periode) {
            this.periode = periode;
        }

        public String getTitel() {
            return titel;
        }

        public void setTitel(String titel) {
            this.titel = titel;
        }

        public String getOntvangenOp() {
            return ontvangenOp;
        }

        public void setOntvangenOp(String ontvangenOp) {
            this.ontvangenOp = ontvangenOp;
        }

        public String getBekrachtigdDoorCollegeOp() {
            return bekrachtigdDoorCollegeOp;
        }

        public void setBekrachtigdDoorCollegeOp(String bekrachtigdDoorCollegeOp) {
            this.bekrachtigdDoorCollegeOp = bekrachtigdDoorCollegeOp;
        }

        public List<ActieRij> getActies() {
            return acties;
        }

        public void setActies(List<ActieRij> acties) {
            this.acties = acties;
        }
    }

    /** The ratification by the college, an action added, an action done: one small form each, per plan or action. */
    public record Bekrachtiging(String bekrachtigdDoorCollegeOp) {
    }

    public record NieuweActie(String omschrijving, String verantwoordelijke, String deadline) {
    }

    public record Afronding(String afgerondOp, String toelichting) {
    }

    // ---------------------------------------------------------------------------------------------------------
    // plannen van aanpak

    @GetMapping("/gemeenten/{code}/plannen-van-aanpak")
    String plannen(@PathVariable String code, Model model) {
        Gebruiker g = toegang.toezichtLezen(code);
        model.addAttribute("plan", new PlanFormulier());
        return plannenPagina(model, code, g);
    }

    @PostMapping("/gemeenten/{code}/plannen-van-aanpak")
    String legPlanVast(@PathVariable String code, @ModelAttribute("plan") PlanFormulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(code);
        List<Integer> rijen = new ArrayList<>();
        List<PlanVanAanpakService.ActieInvoer> acties = new ArrayList<>();
        for (int i = 0; i < f.getActies().size(); i++) {
            if (!f.getActies().get(i).isLeeg()) {
                rijen.add(i);
                acties.add(f.getActies().get(i).alsInvoer());
            }
        }
        try {
            long id = plannen.legVast(code, new PlanVanAanpakService.PlanInvoer(waarde(f.getPeriode()),
                    waarde(f.getTitel()), waarde(f.getOntvangenOp()), waarde(f.getBekrachtigdDoorCollegeOp()), acties),
                    g, Client.van(request));
            redirect.addFlashAttribute("melding", "Het plan van aanpak “" + plannen.lees(id, plannen.vandaag())
                    .titel() + "” is vastgelegd met " + acties.size() + (acties.size() == 1 ? " actie." : " acties."));
            return "redirect:/gemeenten/" + code + "/plannen-van-aanpak#plan-" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            // an action's error at the row the user typed it in (empty rows were not sent)
            List<InvalidParam> params = new ArrayList<>();
            for (InvalidParam p : e.invalidParams()) {
                Matcher m = ACTIE.matcher(p.name());
                params.add(m.matches() ? new InvalidParam("acties[" + rijen.get(Integer.parseInt(m.group(1)))
                        + "]." + m.group(2), p.reason()) : p);
            }
            Bindingfouten.voegToe(fouten, params);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, "plan");
        }
        while (f.getActies().size() < PlanFormulier.RIJEN) {
            f.getActies().add(new ActieRij());
        }
        return plannenPagina(model, code, g);
    }

    @PostMapping("/plannen-van-aanpak/{id}/bekrachtigen")
    String bekrachtig(@PathVariable long id, @ModelAttribute("bekrachtiging") Bekrachtiging f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String code = gemeenteVanPlan(id);
        Gebruiker g = toegang.gemeenteToezien(code);
        try {
            plannen.bekrachtig(id, new PlanVanAanpakService.Bekrachtiging(waarde(f.bekrachtigdDoorCollegeOp())), g,
                    Client.van(request));
            redirect.addFlashAttribute("melding", "De bekrachtiging door het college is vastgelegd.");
            return "redirect:/gemeenten/" + code + "/plannen-van-aanpak#plan-" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("foutPlan", id);
        model.addAttribute(Bindingfouten.FOUTFORMULIER, "bekrachtiging");
        model.addAttribute("plan", new PlanFormulier());
        return plannenPagina(model, code, g);
    }

    @PostMapping("/plannen-van-aanpak/{id}/acties")
    String voegActieToe(@PathVariable long id, @ModelAttribute("nieuweActie") NieuweActie f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String code = gemeenteVanPlan(id);
        Gebruiker g = toegang.gemeenteToezien(code);
        try {
            long actie = plannen.voegActieToe(id, new PlanVanAanpakService.ActieInvoer(waarde(f.omschrijving()),
                    waarde(f.verantwoordelijke()), waarde(f.deadline())), g, Client.van(request));
            redirect.addFlashAttribute("melding", "De actie is toegevoegd.");
            return "redirect:/gemeenten/" + code + "/plannen-van-aanpak#actie-" + actie;
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("foutPlan", id);
        model.addAttribute(Bindingfouten.FOUTFORMULIER, "nieuweActie");
        model.addAttribute("plan", new PlanFormulier());
        return plannenPagina(model, code, g);
    }

    @PostMapping("/acties/{id}/afronden")
    String rondAf(@PathVariable long id, @ModelAttribute("afronding") Afronding f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        String code = plannen.gemeenteVanActie(id).orElseThrow(() -> ApiException.notFound("Actie " + id
                + " bestaat niet."));
        Gebruiker g = toegang.toezichtLezen(code);
        if (!g.gemeenten(Rol.GEMEENTE).contains(code)) {
            g = toegang.gemeenteToezien(code);
        }
        try {
            plannen.rondAf(id, new PlanVanAanpakService.Afronding(waarde(f.afgerondOp()), waarde(f.toelichting())),
                    g, Client.van(request));
            redirect.addFlashAttribute("melding", "De actie is afgerond.");
            return "redirect:/gemeenten/" + code + "/plannen-van-aanpak#actie-" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("foutActie", id);
        model.addAttribute(Bindingfouten.FOUTFORMULIER, "afronding");
        model.addAttribute("plan", new PlanFormulier());
        return plannenPagina(model, code, g);
    }

    private String plannenPagina(Model model, String code, Gebruiker g) {
        model.addAttribute("gemeente", gemeente(code));
        model.addAttribute("plannen", plannen.vanGemeente(code, plannen.vandaag()));
        model.addAttribute("vandaag", plannen.vandaag());
        boolean beheren = Toegang.magProvincieToezien(g, gemeente(code).provincie().code());
        model.addAttribute("magBeheren", beheren);
        model.addAttribute("magAfronden", beheren || g.gemeenten(Rol.GEMEENTE).contains(code));
        return "toezicht/plannen-van-aanpak";
    }

    // ---------------------------------------------------------------------------------------------------------
    // toezichtgesprekken

    /** A meeting as typed: period, date, level, participants by organisation, the report, the step discussed. */
    public static class GesprekFormulier extends Gespreksformulier {
        private String verslag;

        GesprekFormulier() {
            vulAan(RIJEN);
        }

        public String getVerslag() {
            return verslag;
        }

        public void setVerslag(String verslag) {
            this.verslag = verslag;
        }
    }


    @GetMapping("/gemeenten/{code}/toezichtgesprekken")
    String gesprekken(@PathVariable String code, Model model) {
        Gebruiker g = toegang.toezichtLezen(code);
        model.addAttribute("gesprek", new GesprekFormulier());
        model.addAttribute("planning", new Planformulier());
        return gesprekkenPagina(model, code, g);
    }

    @PostMapping("/gemeenten/{code}/toezichtgesprekken")
    String legGesprekVast(@PathVariable String code, @ModelAttribute("gesprek") GesprekFormulier f,
            BindingResult fouten, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(code);
        List<Toezichtgesprek.Deelnemer> deelnemers = f.deelnemers();
        try {
            long id = gesprekken.legVast(code, new ToezichtgesprekService.Invoer(waarde(f.getPeriode()),
                    waarde(f.getDatum()), waarde(f.getSoort()), deelnemers, waarde(f.getVerslag()),
                    waarde(f.getTrede())), g, Client.van(request));
            redirect.addFlashAttribute("melding", "Het toezichtgesprek is vastgelegd.");
            return "redirect:/gemeenten/" + code + "/toezichtgesprekken#gesprek-" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e.invalidParams().stream().map(f::opVeld).toList());
            model.addAttribute(Bindingfouten.FOUTFORMULIER, "gesprek");
        }
        f.vulAan(Gespreksformulier.RIJEN);
        model.addAttribute("planning", new Planformulier());
        return gesprekkenPagina(model, code, g);
    }

    /** A talk to be held, as typed: the day and time, place or link, the agenda one point a line, level, participants. */
    public static class Planformulier extends Gespreksformulier.Planning {

        Planformulier() {
            vulAan(RIJEN);
        }
    }


    /** Plans a talk (issue 19 §4); its steps are taken on the talk's own page. */
    @PostMapping("/gemeenten/{code}/geplande-toezichtgesprekken")
    String plan(@PathVariable String code, @ModelAttribute("planning") Planformulier f, BindingResult fouten,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.gemeenteToezien(code);
        List<Toezichtgesprek.Deelnemer> deelnemers = f.deelnemers();
        List<String> agenda = f.agendapunten();
        try {
            long id = gesprekken.plan(code, new ToezichtgesprekService.Planning(waarde(f.getPeriode()),
                    waarde(f.getDatum()), waarde(f.getAanvang()), waarde(f.getPlaats()), waarde(f.getLink()), agenda,
                    waarde(f.getSoort()), deelnemers, waarde(f.getTrede())), g, Client.van(request));
            redirect.addFlashAttribute("melding", "Het toezichtgesprek is gepland. Verzend hieronder de uitnodiging.");
            return "redirect:/toezichtgesprekken/" + id;
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e.invalidParams().stream().map(f::opVeld).toList());
            model.addAttribute(Bindingfouten.FOUTFORMULIER, "planning");
        }
        f.vulAan(Gespreksformulier.RIJEN);
        model.addAttribute("gesprek", new GesprekFormulier());
        return gesprekkenPagina(model, code, g);
    }

    private String gesprekkenPagina(Model model, String code, Gebruiker g) {
        model.addAttribute("gemeente", gemeente(code));
        List<Toezichtgesprek> lijst = gesprekken.vanGemeente(code, null);
        model.addAttribute("gesprekken", lijst);
        java.util.Map<Long, String> wanneer = new java.util.HashMap<>();
        lijst.forEach(t -> wanneer.put(t.id(), nl.woonregie.toezicht.regels.Gespreksverloop.datumEnTijd(t.datum(),
                t.aanvang())));
        model.addAttribute("wanneer", wanneer);
        model.addAttribute("soorten", Toezichtgesprek.Soort.values());
        model.addAttribute("magBeheren", Toegang.magProvincieToezien(g, gemeente(code).provincie().code()));
        return "toezicht/toezichtgesprekken";
    }

    // ---------------------------------------------------------------------------------------------------------
    // the province's worklist

    @GetMapping("/provincies/{code}/acties")
    String verlopen(@PathVariable String code, Model model) {
        toegang.provincieToezien(code);
        model.addAttribute("provincie", gebied.provincie(code).orElseThrow());
        model.addAttribute("vandaag", plannen.vandaag());
        model.addAttribute("acties", plannen.verlopenInProvincie(code, plannen.vandaag()));
        return "toezicht/verlopen-acties";
    }

    private Gemeente gemeente(String code) {
        return gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Gemeente " + code + " bestaat niet."));
    }

    private String gemeenteVanPlan(long id) {
        return plannen.gemeenteVanPlan(id).orElseThrow(() -> ApiException.notFound("Plan van aanpak " + id
                + " bestaat niet."));
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static String waarde(String s) {
        return leeg(s) ? null : s;
    }

    /** For the template: an empty binding of a small form that is not the one in error. */
    static BindingResult leegResultaat(Object doel, String naam) {
        return new BeanPropertyBindingResult(doel, naam);
    }
}
