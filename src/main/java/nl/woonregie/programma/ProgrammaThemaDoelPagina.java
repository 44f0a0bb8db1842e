package nl.woonregie.programma;

import java.time.LocalDate;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
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
 * The forms to add or change a theme and a goal of a programme (until now API only): {@code /programmas/{id}/themas/…}
 * and {@code /programmas/{id}/doelen/…}, for the programme manager and BEHEERDER. {@link ProgrammaService} judges
 * access and input, as for the API; its invalid fields are put at the form's fields with what was typed.
 */
@Controller
class ProgrammaThemaDoelPagina {

    /** A theme as typed. */
    public record ThemaFormulier(String nummer, String naam, String versie, String reden) {
    }

    /** A goal as typed. */
    public record DoelFormulier(String nummer, String thema, String omschrijving, String soort, String deadline,
            String versie, String reden) {
    }

    private final ProgrammaService programmas;
    private final Toegang toegang;

    ProgrammaThemaDoelPagina(ProgrammaService programmas, Toegang toegang) {
        this.programmas = programmas;
        this.toegang = toegang;
    }

    @GetMapping("/programmas/{id}/themas/nieuw")
    String nieuwThema(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        int nummer = p.plan().themas().stream().mapToInt(Programmaplan.Thema::nummer).max().orElse(0) + 1;
        model.addAttribute("formulier", new ThemaFormulier(Integer.toString(nummer), null,
                Integer.toString(p.versie()), null));
        return formulier(p, "thema", null, model);
    }

    @GetMapping("/programmas/{id}/themas/{nummer}")
    String thema(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        Programmaplan.Thema t = p.plan().themas().stream().filter(x -> x.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Thema " + nummer + " bestaat niet in dit programma."));
        model.addAttribute("formulier", new ThemaFormulier(Integer.toString(t.nummer()), t.naam(),
                Integer.toString(p.versie()), null));
        return formulier(p, "thema", nummer, model);
    }

    @PostMapping("/programmas/{id}/themas")
    String themaOpslaan(@PathVariable long id, @ModelAttribute("formulier") ThemaFormulier f, BindingResult fouten,
            @RequestParam(name = "nieuw", required = false) String nieuw, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        return opslaan(p, "thema", nieuw != null ? null : nummer, fouten, model, redirect,
                () -> programmas.zetThema(g, id, f.versie(), new Programmaplan.Thema(nummer == null ? 0 : nummer,
                        ProgrammaPagina.leeg(f.naam())), f.reden(), Client.van(request)), "Thema " + nummer + " is opgeslagen.");
    }

    @GetMapping("/programmas/{id}/doelen/nieuw")
    String nieuwDoel(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        int nummer = p.plan().doelen().stream().mapToInt(Programmaplan.Doel::nummer).max().orElse(0) + 1;
        model.addAttribute("formulier", new DoelFormulier(Integer.toString(nummer), null, null, null, null,
                Integer.toString(p.versie()), null));
        return formulier(p, "doel", null, model);
    }

    @GetMapping("/programmas/{id}/doelen/{nummer}")
    String doel(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        Programmaplan.Doel d = p.plan().doelen().stream().filter(x -> x.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Doel " + nummer + " bestaat niet in dit programma."));
        model.addAttribute("formulier", new DoelFormulier(Integer.toString(d.nummer()), Integer.toString(d.thema()),
                d.omschrijving(), d.soort() == null ? null : d.soort().name(),
                d.deadline() == null ? null : d.deadline().toString(), Integer.toString(p.versie()), null));
        return formulier(p, "doel", nummer, model);
    }

    @PostMapping("/programmas/{id}/doelen")
    String doelOpslaan(@PathVariable long id, @ModelAttribute("formulier") DoelFormulier f, BindingResult fouten,
            @RequestParam(name = "nieuw", required = false) String nieuw, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        Integer thema = Bindingfouten.geheel(fouten, "thema", f.thema());
        Programmaplan.Doelsoort soort = null;
        if (f.soort() == null || f.soort().isBlank()) {
            fouten.rejectValue("soort", "verplicht", "verplicht: een keuze uit de lijst");
        } else {
            try {
                soort = Programmaplan.Doelsoort.valueOf(f.soort().strip());
            } catch (IllegalArgumentException e) {
                fouten.rejectValue("soort", "onleesbaar", "een keuze uit de lijst");
            }
        }
        LocalDate deadline = Bindingfouten.datum(fouten, "deadline", f.deadline());
        Programmaplan.Doelsoort s = soort;
        return opslaan(p, "doel", nieuw != null ? null : nummer, fouten, model, redirect,
                () -> programmas.zetDoel(g, id, f.versie(), new Programmaplan.Doel(nummer == null ? 0 : nummer,
                        thema == null ? 0 : thema, ProgrammaPagina.leeg(f.omschrijving()), s, deadline), f.reden(),
                        Client.van(request)), "Doel " + nummer + " is opgeslagen.");
    }

    private String opslaan(Programma p, String soort, Integer nummer, BindingResult fouten, Model model,
            RedirectAttributes redirect, Supplier<Programma> actie, String melding) {
        if (!fouten.hasErrors()) {
            try {
                actie.get();
                redirect.addFlashAttribute("melding", melding);
                return "redirect:/programmas/" + p.id() + "#projecten";
            } catch (ApiException e) {
                if (e.status() == HttpStatus.CONFLICT || e.status() == HttpStatus.FORBIDDEN) {
                    redirect.addFlashAttribute("fout", e.getMessage());
                    return "redirect:/programmas/" + p.id();
                }
                if (e.status() != HttpStatus.BAD_REQUEST) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        return formulier(p, soort, nummer, model);
    }

    private static String formulier(Programma p, String soort, Integer nummer, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("soort", soort);
        model.addAttribute("nummer", nummer);
        model.addAttribute("doelsoorten", Programmaplan.Doelsoort.values());
        return "programma/thema-doel";
    }

    private Programma vereis(Gebruiker g, long id) {
        Programma p = programmas.lees(g, id);
        if (!programmas.rechten(g, p).planWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De thema's en doelen houdt de "
                    + "programmamanager van het programma bij.", null);
        }
        return p;
    }
}
