package nl.woonregie.brieven;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Inhoud van de brieven" of a round ({@code /rondes/{id}/briefinhoud}, linked from the round page): during the review
 * the supervisor sets the round's zaaknummer, signer and free paragraph, and per municipality
 * ({@code /rondes/{id}/briefinhoud/{gemeente}}) Uw kenmerk, a free paragraph and the copy-to list; the page shows the
 * college's postal address the letter takes from the contacts register. After vaststellen the page only shows what the
 * letters carry. The forms are shaped as the API's requests; a refused form keeps every typed value.
 */
@Controller
class BriefinhoudPagina {

    private static final Pattern AFSCHRIFT = Pattern.compile("afschrift\\[(\\d+)]");

    /** The round's form, as typed. */
    public record RondeFormulier(String zaaknummer, String ondertekenaar, String functie, String alinea,
            String versie) {

        static RondeFormulier van(Briefinhoud b) {
            return new RondeFormulier(b.zaaknummer(), b.ondertekenaar(), b.functie(), b.alinea(),
                    Integer.toString(b.versie()));
        }
    }

    /** A municipality's form, as typed: the copy-to list one addressee a line. */
    public record GemeenteFormulier(String uwKenmerk, String alinea, String afschrift, String versie) {

        static GemeenteFormulier van(Briefinhoud.Gemeente g) {
            return new GemeenteFormulier(g.uwKenmerk(), g.alinea(),
                    g.afschrift().isEmpty() ? null : String.join("\n", g.afschrift()), Integer.toString(g.versie()));
        }

        List<String> afschriften() {
            return afschrift == null ? List.of() : Arrays.stream(afschrift.split("\\r?\\n"))
                    .filter(s -> !s.isBlank()).toList();
        }
    }

    private final Briefinhouden inhoud;
    private final RondeService rondes;
    private final Toegang toegang;

    BriefinhoudPagina(Briefinhouden inhoud, RondeService rondes, Toegang toegang) {
        this.inhoud = inhoud;
        this.rondes = rondes;
        this.toegang = toegang;
    }

    @GetMapping("/rondes/{id}/briefinhoud")
    String pagina(@PathVariable long id, Model model) {
        Briefinhoud b = inhoud.lees(id, toegang.huidige());
        model.addAttribute("formulier", RondeFormulier.van(b));
        return rondePagina(id, b, model);
    }

    @PostMapping("/rondes/{id}/briefinhoud")
    String wijzig(@PathVariable long id, @ModelAttribute("formulier") RondeFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        try {
            inhoud.wijzigRonde(id, g, null, new BriefinhoudVerzoek.Ronde(f.zaaknummer(), f.ondertekenaar(),
                    f.functie(), f.alinea(), versie(f.versie())), Client.van(request));
            redirect.addFlashAttribute("melding", "De inhoud van de brieven van deze ronde is opgeslagen.");
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/rondes/" + id + "/briefinhoud";
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return rondePagina(id, inhoud.lees(id, g), model);
        }
        return "redirect:/rondes/" + id + "/briefinhoud";
    }

    @GetMapping("/rondes/{id}/briefinhoud/{gemeente}")
    String gemeente(@PathVariable long id, @PathVariable String gemeente, Model model) {
        Briefinhoud.Gemeente b = inhoud.gemeente(id, gemeente, toegang.huidige());
        model.addAttribute("formulier", GemeenteFormulier.van(b));
        return gemeentePagina(id, b, model);
    }

    @PostMapping("/rondes/{id}/briefinhoud/{gemeente}")
    String wijzigGemeente(@PathVariable long id, @PathVariable String gemeente,
            @ModelAttribute("formulier") GemeenteFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        try {
            Briefinhoud.Gemeente b = inhoud.wijzigGemeente(id, gemeente, g, null, new BriefinhoudVerzoek.Gemeente(
                    f.uwKenmerk(), f.alinea(), f.afschriften(), versie(f.versie())), Client.van(request));
            redirect.addFlashAttribute("melding", "De inhoud van de brief aan " + b.naam() + " is opgeslagen.");
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/rondes/" + id + "/briefinhoud/" + gemeente;
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e.invalidParams().stream().map(BriefinhoudPagina::alsVeld).toList());
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return gemeentePagina(id, inhoud.gemeente(id, gemeente, g), model);
        }
        return "redirect:/rondes/" + id + "/briefinhoud";
    }

    private String rondePagina(long id, Briefinhoud b, Model model) {
        model.addAttribute("inhoud", b);
        model.addAttribute("peildatum", rondes.peildata(List.of(id)).get(id));
        return "brieven/briefinhoud";
    }

    private String gemeentePagina(long id, Briefinhoud.Gemeente b, Model model) {
        model.addAttribute("ronde", id);
        model.addAttribute("gemeente", b);
        model.addAttribute("wijzigen", rondes.rechten(id, toegang.huidige()).wijzigen());
        model.addAttribute("peildatum", rondes.peildata(List.of(id)).get(id));
        return "brieven/briefinhoud-gemeente";
    }

    /** A line of the copy-to list named by its index becomes the form's one field, with the line's number. */
    private static InvalidParam alsVeld(InvalidParam p) {
        Matcher m = AFSCHRIFT.matcher(p.name());
        return m.matches() ? new InvalidParam("afschrift", "regel " + (Integer.parseInt(m.group(1)) + 1) + ": "
                + p.reason()) : p;
    }

    /** The version as typed; what cannot be read is left to the service, which names the field. */
    private static Integer versie(String tekst) {
        try {
            return tekst == null ? null : Integer.valueOf(tekst.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
