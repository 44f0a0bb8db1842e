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
 * The controller's form to record what was spent on a budget line in one of its years
 * ({@code /programmas/{id}/regels/{nummer}/realisatie}): the line with its figures per year, its forecast and
 * transfer above, and the form (year, amount, up to which month, reason). {@link ProgrammaService} judges access and
 * input as for the API; its invalid fields are put at the form's fields with what was typed kept.
 */
@Controller
class RealisatiePagina {

    /** A realisation as typed in the form. */
    public record RealisatieFormulier(String jaar, String bedrag, String totEnMetMaand, String versie,
            String reden) {
    }

    static final String[] MAANDEN = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};

    private final ProgrammaService programmas;
    private final Toegang toegang;

    RealisatiePagina(ProgrammaService programmas, Toegang toegang) {
        this.programmas = programmas;
        this.toegang = toegang;
    }

    @GetMapping("/programmas/{id}/regels/{nummer}/realisatie")
    String formulier(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        Programmaplan.Begrotingsregel r = ProgrammaPagina.regel(p, nummer);
        Integer jaar = r.vanJaar();
        Uitvoering.Realisatie laatste = p.plan().uitvoering() == null ? null : p.plan().uitvoering().realisaties()
                .stream().filter(x -> x.regel() == nummer).reduce((a, b) -> a.jaar() >= b.jaar() ? a : b)
                .orElse(null);
        if (laatste != null) {
            jaar = laatste.jaar();
        }
        Uitvoering.Realisatie bestaand = bestaand(p, nummer, jaar);
        model.addAttribute("formulier", new RealisatieFormulier(jaar == null ? null : jaar.toString(),
                bestaand == null ? null : new Weergave().invoer(bestaand.bedrag()),
                Integer.toString(bestaand == null ? 12 : bestaand.maand()), Integer.toString(p.versie()), null));
        return pagina(p, r, model);
    }

    @PostMapping("/programmas/{id}/regels/{nummer}/realisatie")
    String opslaan(@PathVariable long id, @PathVariable int nummer,
            @ModelAttribute("formulier") RealisatieFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Programmaplan.Begrotingsregel r = ProgrammaPagina.regel(p, nummer);
        Integer jaar = Bindingfouten.geheel(fouten, "jaar", f.jaar());
        if (jaar == null && !fouten.hasFieldErrors("jaar")) {
            fouten.rejectValue("jaar", "verplicht", "verplicht: een jaar van de regel");
        }
        BigDecimal bedrag = Bindingfouten.bedrag(fouten, "bedrag", f.bedrag());
        Integer maand = Bindingfouten.geheel(fouten, "totEnMetMaand", f.totEnMetMaand());
        if (!fouten.hasErrors()) {
            try {
                programmas.zetRealisatie(g, id, f.versie(), new Uitvoering.Realisatie(nummer, jaar, bedrag, maand),
                        f.reden(), Client.van(request));
                redirect.addFlashAttribute("melding", "De realisatie " + jaar + " van regel " + nummer
                        + " is opgeslagen.");
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
        return pagina(p, r, model);
    }

    private String pagina(Programma p, Programmaplan.Begrotingsregel r, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("regel", r);
        model.addAttribute("stand", BegrotingAntwoord.van(p.plan(), ProgrammaService.begroting(p.plan()))
                .realisatie().regels().stream().filter(s -> s.regel() == r.nummer()).findFirst().orElse(null));
        List<Integer> jaren = new ArrayList<>();
        if (r.vanJaar() != null && r.totJaar() != null) {
            for (int j = r.vanJaar(); j <= r.totJaar(); j++) {
                jaren.add(j);
            }
        }
        model.addAttribute("jaren", jaren);
        model.addAttribute("maanden", MAANDEN);
        model.addAttribute("prognoseregel", RealisatieAntwoord.PROGNOSEREGEL);
        return "programma/realisatie";
    }

    /** The form is for who may save it: the controller of the programme and BEHEERDER. */
    private Programma vereis(Gebruiker g, long id) {
        Programma p = programmas.lees(g, id);
        if (!programmas.rechten(g, p).begrotingWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De realisatie legt de controller van het "
                    + "programma vast.", null);
        }
        return p;
    }

    private static Uitvoering.Realisatie bestaand(Programma p, int nummer, Integer jaar) {
        if (p.plan().uitvoering() == null || jaar == null) {
            return null;
        }
        return p.plan().uitvoering().realisaties().stream().filter(x -> x.regel() == nummer && x.jaar() == jaar)
                .findFirst().orElse(null);
    }
}
