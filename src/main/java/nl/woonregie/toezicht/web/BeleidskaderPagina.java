package nl.woonregie.toezicht.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.BeleidskaderVersie;
import nl.woonregie.toezicht.Beleidskaders;
import nl.woonregie.toezicht.regels.Beleidskader;
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
 * The pages where a province's policy staff author their beleidskaders: the kaders in use and the stored versions with
 * the form to save a new one ({@code /provincies/{code}/beleidskaders}), a version with its text, its test cases run
 * on request and the button to publish it, and two versions compared. {@link Beleidskaders} judges access and input,
 * as for the API.
 */
@Controller
class BeleidskaderPagina {

    /** The form of a new version, as the API's request. */
    public record KaderFormulier(String yaml, String testgevallen, String reden) {
    }

    /** A kader in use by the province's rounds: shipped or published, with its validity. */
    public record InGebruik(String id, String naam, java.time.LocalDate vanaf, java.time.LocalDate tot,
            boolean verscheept) {
    }

    private final Beleidskaders beleidskaders;
    private final BeleidskaderRegister register;
    private final GebiedService gebied;
    private final Toegang toegang;

    BeleidskaderPagina(Beleidskaders beleidskaders, BeleidskaderRegister register, GebiedService gebied,
            Toegang toegang) {
        this.beleidskaders = beleidskaders;
        this.register = register;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/provincies/{code}/beleidskaders")
    String lijst(@PathVariable String code, @RequestParam(required = false) Long vanaf, Model model) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        KaderFormulier f = new KaderFormulier(null, null, null);
        if (vanaf != null) {
            BeleidskaderVersie v = beleidskaders.lees(g, code, vanaf);
            f = new KaderFormulier(v.yaml(), v.testgevallen(), null);
            model.addAttribute("vanafVersie", v);
        }
        model.addAttribute("kader", f);
        return vul(g, code, model);
    }

    @PostMapping("/provincies/{code}/beleidskaders")
    String opslaan(@PathVariable String code, @ModelAttribute("kader") KaderFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        try {
            BeleidskaderVersie v = beleidskaders.opslaan(g, code, new Beleidskaders.Verzoek(f.yaml(), f.testgevallen(),
                    f.reden()), Client.van(request));
            redirect.addFlashAttribute("melding", "Versie " + v.versie() + " van " + v.naam()
                    + " is opgeslagen als concept.");
            return "redirect:/provincies/" + code + "/beleidskaders/" + v.id();
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        return vul(g, code, model);
    }

    @GetMapping("/provincies/{code}/beleidskaders/{id}")
    String versie(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        return toon(g, code, id, model);
    }

    /** The outcome of the version's test cases: computed, nothing stored, so a GET (a reload runs them again). */
    @GetMapping("/provincies/{code}/beleidskaders/{id}/testuitslag")
    String testen(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        model.addAttribute("uitslag", beleidskaders.voerTestgevallenUit(g, code, id));
        return toon(g, code, id, model);
    }

    @PostMapping("/provincies/{code}/beleidskaders/{id}/publiceren")
    String publiceren(@PathVariable String code, @PathVariable long id, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        try {
            BeleidskaderVersie v = beleidskaders.publiceer(g, code, id, Client.van(request));
            redirect.addFlashAttribute("melding", "Versie " + v.versie() + " van " + v.naam() + " is gepubliceerd: "
                    + "rondes vanaf de begindatum gebruiken dit beleidskader.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/provincies/" + code + "/beleidskaders/" + id;
    }

    /** The form that withdraws a published version: why. */
    public record IntrekFormulier(String reden) {
    }

    @PostMapping("/provincies/{code}/beleidskaders/{id}/intrekken")
    String intrekken(@PathVariable String code, @PathVariable long id,
            @ModelAttribute("intrekking") IntrekFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        try {
            BeleidskaderVersie v = beleidskaders.trekIn(g, code, id, f.reden(), Client.van(request));
            redirect.addFlashAttribute("melding", "Versie " + v.versie() + " van " + v.naam() + " is ingetrokken: "
                    + "rondes gebruiken dit beleidskader niet meer.");
        } catch (ApiException e) {
            if (e.status().value() == 400) {
                Bindingfouten.voegToe(fouten, e);
                model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
                return toon(g, code, id, model);
            }
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/provincies/" + code + "/beleidskaders/" + id;
    }

    @GetMapping("/provincies/{code}/beleidskaders/vergelijking")
    String vergelijking(@PathVariable String code, @RequestParam long eerste, @RequestParam long tweede,
            Model model) {
        Gebruiker g = beleidskaders.vereisBeheren(toegang.huidige(), code);
        model.addAttribute("vergelijking", beleidskaders.vergelijk(g, code, eerste, tweede));
        model.addAttribute("provincie", code);
        model.addAttribute("provincienaam", provincienaam(code));
        return "toezicht/beleidskader-vergelijking";
    }

    private String toon(Gebruiker g, String code, long id, Model model) {
        BeleidskaderVersie v = beleidskaders.lees(g, code, id);
        model.addAttribute("versie", v);
        if (!model.containsAttribute("intrekking")) {
            model.addAttribute("intrekking", new IntrekFormulier(null));
        }
        model.addAttribute("andere", beleidskaders.lijst(g, code).stream().filter(x -> x.id() != id).toList());
        model.addAttribute("provincie", code);
        model.addAttribute("provincienaam", provincienaam(code));
        return "toezicht/beleidskader";
    }

    private String vul(Gebruiker g, String code, Model model) {
        List<BeleidskaderVersie> versies = beleidskaders.lijst(g, code);
        model.addAttribute("versies", versies);
        model.addAttribute("inGebruik", register.vanProvincie(code).stream().map(this::inGebruik).toList());
        model.addAttribute("provincie", code);
        model.addAttribute("provincienaam", provincienaam(code));
        return "toezicht/beleidskaders";
    }

    /** The province's name for the headings and links (GebiedService.naam names gemeenten only). */
    private String provincienaam(String code) {
        return gebied.provincie(code).map(Provincie::naam).orElse(code);
    }

    private InGebruik inGebruik(Beleidskader k) {
        return new InGebruik(k.id(), k.naam(), k.geldigVanaf(), register.geldigTot(k).orElse(null),
                register.isVerscheept(k.id()));
    }
}
