package nl.woonregie.verhuisbox.evaluatie;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.traject.Werklijstlink;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the evaluator's dataset ({@link Evaluatie}, the same calls as the API): the team's requests with the
 * form to request one, and one request with the coordinator's decision form and, once approved, its download.
 */
@Controller
class EvaluatiePagina {

    static final String PAD = "/verhuisbox/evaluatie";

    /** A request as the form sends it. */
    public record AanvraagFormulier(String van, String tot, String doel, String ontvanger) {

        Evaluatie.Aanvraag aanvraag() {
            return new Evaluatie.Aanvraag(van, tot, doel, ontvanger);
        }
    }

    /** The coordinator's decision, with the version it decides. */
    public record BeoordelingFormulier(String besluit, String toelichting, String versie) {
    }

    private final Evaluatie evaluatie;
    private final VerhuisboxToegang toegang;

    EvaluatiePagina(Evaluatie evaluatie, VerhuisboxToegang toegang) {
        this.evaluatie = evaluatie;
        this.toegang = toegang;
    }

    @GetMapping(PAD)
    String lijst(Model model) {
        return lijst(toegang.rol(Evaluatie.AANVRAGEN), model);
    }

    private String lijst(Gebruiker g, Model model) {
        model.addAttribute("exporten", evaluatie.lijst(g));
        model.addAttribute("kolommen", Dataset.KOLOMMEN);
        model.addAttribute("weggelaten", Dataset.WEGGELATEN);
        if (!model.containsAttribute("aanvraag")) {
            model.addAttribute("aanvraag", new AanvraagFormulier(null, null, null, null));
        }
        return "verhuisbox/evaluatie";
    }

    @PostMapping(PAD)
    String vraagAan(@ModelAttribute("aanvraag") AanvraagFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Evaluatie.AANVRAGEN);
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            Evaluatie.Export e = evaluatie.vraagAan(f.aanvraag(), g, Client.van(request));
            redirect.addFlashAttribute("melding", "De aanvraag is opgeslagen; zij wacht op de goedkeuring van de "
                    + "coördinator.");
            return "redirect:" + PAD + "/" + e.id();
        }, () -> lijst(g, model));
    }

    @GetMapping(PAD + "/{id}")
    String aanvraag(@PathVariable long id, Model model) {
        return aanvraag(id, toegang.rol(Evaluatie.AANVRAGEN), model);
    }

    private String aanvraag(long id, Gebruiker g, Model model) {
        Evaluatie.Export e = evaluatie.lees(id, g);
        model.addAttribute("export", e);
        if (!model.containsAttribute("beoordeling")) {
            model.addAttribute("beoordeling", new BeoordelingFormulier(null, null, String.valueOf(e.versie())));
        }
        return "verhuisbox/evaluatie-aanvraag";
    }

    @PostMapping(PAD + "/{id}/beoordeling")
    String beoordeel(@PathVariable long id, @ModelAttribute("beoordeling") BeoordelingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.COORDINATOR);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        return Bindingfouten.stap(model, fouten, List::of, () -> {
            Evaluatie.Export e = evaluatie.beoordeel(id, versie, new Evaluatie.Beoordeling(f.besluit(),
                    f.toelichting()), g, Client.van(request));
            redirect.addFlashAttribute("melding", "De aanvraag is " + e.statusLabel().toLowerCase() + ".");
            return "redirect:" + PAD + "/" + id;
        }, () -> aanvraag(id, g, model));
    }

    @GetMapping(PAD + "/{id}/dataset.xlsx")
    ResponseEntity<byte[]> dataset(@PathVariable long id, HttpServletRequest request) {
        Evaluatie.Bestand b = evaluatie.bestand(id, toegang.rol(Evaluatie.AANVRAGEN), Client.van(request));
        return Download.bijlage(b.inhoud(), Spreadsheet.XLSX, b.naam());
    }

    /** The requests on the worklist of whoever may request one. */
    @Component
    static class Link implements Werklijstlink {

        @Override
        public List<Werklijstlink.Link> voor(Gebruiker g) {
            return VerhuisboxToegang.heeftTeamrol(g, Evaluatie.AANVRAGEN)
                    ? List.of(new Werklijstlink.Link(64, PAD, "Dataset voor de evaluatie")) : List.of();
        }
    }
}
