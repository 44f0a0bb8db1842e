package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The controller's form to split a multi-year budget line over its years
 * ({@code /programmas/{id}/regels/{nummer}/verdeling}, ADR 0045): per year of the line an amount, adding up to the
 * line's amount; all amounts left empty removes the split (the line is a span again). {@link ProgrammaService} judges
 * access and input as for the API ({@code PUT …/verdeling}); its invalid fields are put at the years' fields and at
 * the top, with what was typed kept. The system never splits a line by itself.
 */
@Controller
class RegelverdelingPagina {

    /** The split as typed: per year of the line its amount (a mutable form, so the years bind by index). */
    public static class VerdelingFormulier {
        private List<Jaarveld> jaren = new ArrayList<>();
        private String versie;
        private String reden;

        public List<Jaarveld> getJaren() {
            return jaren;
        }

        public void setJaren(List<Jaarveld> jaren) {
            this.jaren = jaren;
        }

        public String getVersie() {
            return versie;
        }

        public void setVersie(String versie) {
            this.versie = versie;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }
    }

    /** One year of the split: the year (fixed by the line) and the amount as typed. */
    public static class Jaarveld {
        private String jaar;
        private String bedrag;

        public Jaarveld() {
        }

        Jaarveld(String jaar, String bedrag) {
            this.jaar = jaar;
            this.bedrag = bedrag;
        }

        public String getJaar() {
            return jaar;
        }

        public void setJaar(String jaar) {
            this.jaar = jaar;
        }

        public String getBedrag() {
            return bedrag;
        }

        public void setBedrag(String bedrag) {
            this.bedrag = bedrag;
        }
    }

    private final ProgrammaService programmas;
    private final Toegang toegang;

    RegelverdelingPagina(ProgrammaService programmas, Toegang toegang) {
        this.programmas = programmas;
        this.toegang = toegang;
    }

    @GetMapping("/programmas/{id}/regels/{nummer}/verdeling")
    String formulier(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        Programmaplan.Begrotingsregel r = regel(p, nummer);
        VerdelingFormulier f = new VerdelingFormulier();
        f.setVersie(Integer.toString(p.versie()));
        Uitvoering.Verdeling bestaand = p.plan().uitvoering() == null ? null : p.plan().uitvoering().verdelingen()
                .stream().filter(v -> v.regel() == nummer).findFirst().orElse(null);
        Weergave nl = new Weergave();
        for (int jaar : jaren(r)) {
            BigDecimal b = bestaand == null ? null : bestaand.jaren().stream().filter(j -> j.jaar() == jaar)
                    .map(Uitvoering.Jaarbedrag::bedrag).findFirst().orElse(null);
            f.getJaren().add(new Jaarveld(Integer.toString(jaar), b == null ? null : nl.invoer(b)));
        }
        model.addAttribute("formulier", f);
        return pagina(p, r, bestaand != null, model);
    }

    @PostMapping("/programmas/{id}/regels/{nummer}/verdeling")
    String opslaan(@PathVariable long id, @PathVariable int nummer, @ModelAttribute("formulier") VerdelingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Programmaplan.Begrotingsregel r = regel(p, nummer);
        List<Integer> jaren = jaren(r);
        // the years are the line's, in its order; only the amounts come from the form (kept as typed)
        List<Jaarveld> velden = new ArrayList<>();
        for (int i = 0; i < jaren.size(); i++) {
            Jaarveld v = i < f.getJaren().size() && f.getJaren().get(i) != null ? f.getJaren().get(i) : new Jaarveld();
            velden.add(new Jaarveld(Integer.toString(jaren.get(i)), v.getBedrag()));
        }
        f.setJaren(velden);
        List<Uitvoering.Jaarbedrag> split = new ArrayList<>();
        boolean alleLeeg = velden.stream().allMatch(v -> v.getBedrag() == null || v.getBedrag().isBlank());
        if (!alleLeeg) {
            for (int i = 0; i < velden.size(); i++) {
                BigDecimal b = Bindingfouten.bedrag(fouten, "jaren[" + i + "].bedrag", velden.get(i).getBedrag());
                split.add(new Uitvoering.Jaarbedrag(jaren.get(i), b));
            }
        }
        if (!fouten.hasErrors()) {
            try {
                programmas.zetVerdeling(g, id, f.getVersie(), nummer, split, f.getReden(), Client.van(request));
                redirect.addFlashAttribute("melding", alleLeeg ? "De verdeling van regel " + nummer + " is vervallen."
                        : "De verdeling van regel " + nummer + " over de jaren is opgeslagen.");
                return "redirect:/programmas/" + id + "#realisatie";
            } catch (ApiException e) {
                if (e.status() == HttpStatus.CONFLICT) {
                    fouten.reject("gewijzigd", e.getMessage());
                } else if (e.status().value() == 400) {
                    Bindingfouten.voegToe(fouten, e);
                } else {
                    throw e;
                }
            }
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        boolean verdeeld = p.plan().uitvoering() != null && p.plan().uitvoering().verdelingen().stream()
                .anyMatch(v -> v.regel() == nummer);
        return pagina(p, r, verdeeld, model);
    }

    private String pagina(Programma p, Programmaplan.Begrotingsregel r, boolean verdeeld, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("regel", r);
        model.addAttribute("verdeeld", verdeeld);
        return "programma/verdeling";
    }

    /** The form is for who may save it: the controller of the programme and BEHEERDER. */
    private Programma vereis(Gebruiker g, long id) {
        Programma p = programmas.lees(g, id);
        if (!programmas.rechten(g, p).begrotingWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De verdeling van een regel over de jaren "
                    + "legt de controller van het programma vast.", null);
        }
        return p;
    }

    /** A line with an amount over more than one year; any other has no split (404 for this page). */
    private static Programmaplan.Begrotingsregel regel(Programma p, int nummer) {
        Programmaplan.Begrotingsregel r = ProgrammaPagina.regel(p, nummer);
        if (r.bedrag() == null || r.vanJaar() == null || r.totJaar() == null || r.totJaar() <= r.vanJaar()) {
            throw ApiException.notFound("Regel " + nummer + " loopt niet over meerdere jaren met een bedrag en wordt "
                    + "niet verdeeld.");
        }
        return r;
    }

    private static List<Integer> jaren(Programmaplan.Begrotingsregel r) {
        List<Integer> jaren = new ArrayList<>();
        for (int j = r.vanJaar(); j <= r.totJaar(); j++) {
            jaren.add(j);
        }
        return jaren;
    }
}
