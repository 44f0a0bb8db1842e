package nl.woonregie.programma;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * The forms to make a programme ({@code /programmas/nieuw}, BEHEERDER, as {@code POST /programmas}) and to change its
 * own facts ({@code /programmas/{id}/gegevens}: the programme manager and BEHEERDER; the partner gemeenten only
 * BEHEERDER, as the import decides; the owner is fixed once made). {@link ProgrammaService} judges access and input as
 * for the API; its invalid fields are put at the form's fields and at the top with everything typed kept, and a
 * version changed in between is said in words above the form.
 */
@Controller
class ProgrammaGegevensPagina {

    /** A programme's facts as typed (the partner gemeenten as chosen; {@code partnersGetoond} when the list was shown). */
    public record GegevensFormulier(String naam, String eigenaar, String regio, List<String> partnergemeenten,
            String partnersGetoond, String vanJaar, String totJaar, String bronMiddelen, String besluit,
            String versie, String reden) {
    }

    private final ProgrammaService programmas;
    private final GebiedService gebied;
    private final Toegang toegang;

    ProgrammaGegevensPagina(ProgrammaService programmas, GebiedService gebied, Toegang toegang) {
        this.programmas = programmas;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/programmas/nieuw")
    String nieuw(Model model) {
        vereisBeheerder(toegang.huidige());
        int jaar = gebied.vandaag().getYear();
        model.addAttribute("formulier", new GegevensFormulier(null, null, null, List.of(), "ja",
                Integer.toString(jaar), Integer.toString(jaar), null, null, null, null));
        return pagina(null, true, model);
    }

    @PostMapping("/programmas/nieuw")
    String aanmaken(@ModelAttribute("formulier") GegevensFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        vereisBeheerder(g);
        Integer van = jaar(fouten, "vanJaar", f.vanJaar(), "het eerste jaar van het programma");
        Integer tot = jaar(fouten, "totJaar", f.totJaar(), "het laatste jaar van het programma");
        if (!fouten.hasErrors()) {
            try {
                Programma p = programmas.aanmaken(g, new Programmaplan(ProgrammaPagina.leeg(f.naam()),
                        ProgrammaPagina.leeg(f.eigenaar()), ProgrammaPagina.leeg(f.regio()), partners(f), van, tot,
                        ProgrammaPagina.leeg(f.bronMiddelen()), ProgrammaPagina.leeg(f.besluit()), null, null,
                        List.of(), List.of(), List.of(), List.of(), List.of(), null), f.reden(), Client.van(request));
                redirect.addFlashAttribute("melding", "Programma '" + p.plan().naam() + "' is aangemaakt.");
                return "redirect:/programmas/" + p.id();
            } catch (ApiException e) {
                fouten(fouten, e);
            }
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        return pagina(null, true, model);
    }

    @GetMapping("/programmas/{id}/gegevens")
    String gegevens(@PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Programmaplan plan = p.plan();
        model.addAttribute("formulier", new GegevensFormulier(plan.naam(), plan.eigenaar(), plan.regio(),
                plan.partnergemeenten(), g.heeft(Rol.BEHEERDER) ? "ja" : null, Integer.toString(plan.vanJaar()),
                Integer.toString(plan.totJaar()), plan.bronMiddelen(), plan.besluit(), Integer.toString(p.versie()),
                null));
        return pagina(p, g.heeft(Rol.BEHEERDER), model);
    }

    @PostMapping("/programmas/{id}/gegevens")
    String gegevensOpslaan(@PathVariable long id, @ModelAttribute("formulier") GegevensFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Integer van = jaar(fouten, "vanJaar", f.vanJaar(), "het eerste jaar van het programma");
        Integer tot = jaar(fouten, "totJaar", f.totJaar(), "het laatste jaar van het programma");
        if (!fouten.hasErrors()) {
            try {
                programmas.zetGegevens(g, id, f.versie(), new ProgrammaService.Gegevens(
                        ProgrammaPagina.leeg(f.naam()), ProgrammaPagina.leeg(f.regio()),
                        f.partnersGetoond() == null ? null : partners(f), van, tot,
                        ProgrammaPagina.leeg(f.bronMiddelen()), ProgrammaPagina.leeg(f.besluit())), f.reden(),
                        Client.van(request));
                redirect.addFlashAttribute("melding", "De gegevens van het programma zijn opgeslagen.");
                return "redirect:/programmas/" + id;
            } catch (ApiException e) {
                fouten(fouten, e);
            }
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        return pagina(p, g.heeft(Rol.BEHEERDER), model);
    }

    private String pagina(Programma p, boolean partnersWijzigen, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("partnersWijzigen", partnersWijzigen);
        List<Gemeente> gemeenten = new ArrayList<>(gebied.gemeentenOp(gebied.vandaag()));
        gemeenten.sort(Comparator.comparing(Gemeente::naam));
        model.addAttribute("gemeenten", gemeenten);
        if (p != null) {
            model.addAttribute("eigenaarNaam", gebied.naam(p.plan().eigenaar()));
            model.addAttribute("partnerNamen", p.plan().partnergemeenten().stream().map(gebied::naam).toList());
        }
        return "programma/gegevens";
    }

    /** A refusal in words above the form (403, 409), or each invalid field at its field (400). */
    private static void fouten(BindingResult fouten, ApiException e) {
        if (e.status() == HttpStatus.CONFLICT) {
            fouten.reject("gewijzigd", e.getMessage());
        } else if (e.status().value() == 400) {
            List<InvalidParam> velden = new ArrayList<>();
            for (InvalidParam f : e.invalidParams()) {
                // a partner gemeente of the list is named at the list (its place in it in the reason)
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("partnergemeenten\\[(\\d+)]")
                        .matcher(f.name());
                velden.add(m.matches() ? new InvalidParam("partnergemeenten", "partnergemeente "
                        + (Integer.parseInt(m.group(1)) + 1) + ": " + f.reason()) : f);
            }
            Bindingfouten.voegToe(fouten, velden);
        } else {
            throw e;
        }
    }

    private static Integer jaar(BindingResult fouten, String veld, String tekst, String wat) {
        Integer j = Bindingfouten.geheel(fouten, veld, tekst);
        if (j == null && !fouten.hasFieldErrors(veld)) {
            fouten.rejectValue(veld, "verplicht", "verplicht: " + wat);
        }
        return j;
    }

    private static List<String> partners(GegevensFormulier f) {
        return f.partnergemeenten() == null ? List.of() : f.partnergemeenten().stream()
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }

    private void vereisBeheerder(Gebruiker g) {
        if (!g.heeft(Rol.BEHEERDER)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen een beheerder maakt een programma "
                    + "aan; daarna houdt de programmamanager het bij.", null);
        }
    }

    /** The facts' form is the programme manager's and BEHEERDER's (as the service decides). */
    private Programma vereis(Gebruiker g, long id) {
        Programma p = programmas.lees(g, id);
        if (!programmas.rechten(g, p).planWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De gegevens van het programma houdt de "
                    + "programmamanager bij.", null);
        }
        return p;
    }
}
