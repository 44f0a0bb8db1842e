package nl.woonregie.gebied;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of the population figures: per 1 January where they come from, and the import of a CBS
 * file for a year ({@link BevolkingImport} judges access and input, as for the API). A refused import is shown again
 * with every message at its field, the rows' messages in the summary.
 */
@Controller
class BevolkingPagina {

    /** The import form: the year, the provenance, the file. */
    public record BevolkingFormulier(String jaar, String bron, MultipartFile bestand) {
    }

    private final BevolkingImport importer;
    private final Toegang toegang;

    BevolkingPagina(BevolkingImport importer, Toegang toegang) {
        this.importer = importer;
        this.toegang = toegang;
    }

    @GetMapping("/beheer/bevolking")
    String pagina(Model model) {
        importer.vereisImporteren(toegang.huidige());
        model.addAttribute("bevolking", new BevolkingFormulier(null, null, null));
        return vul(model);
    }

    @PostMapping("/beheer/bevolking")
    String importeer(@ModelAttribute("bevolking") BevolkingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = importer.vereisImporteren(toegang.huidige()); // refused before the file is read
        try {
            BevolkingImportResultaat r = importer.importeer(f.jaar(), f.bron(), BevolkingController.inhoud(f.bestand()),
                    f.bestand() == null ? null : f.bestand().getOriginalFilename(), g, Client.van(request));
            redirect.addFlashAttribute("melding", "De bevolking op 1 januari " + r.peildatum().getYear()
                    + " is geïmporteerd: " + r.aantalGemeenten() + " gemeenten.");
            return "redirect:/beheer/bevolking";
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 413) {
                throw e;
            }
            if (e.invalidParams().isEmpty()) {
                fouten.reject("melding", e.getMessage());
            } else {
                Bindingfouten.voegToe(fouten, e.invalidParams());
            }
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
            return vul(model);
        }
    }

    private String vul(Model model) {
        List<Bevolkingsbron> bronnen = importer.bronnen();
        model.addAttribute("bronnen", bronnen);
        return "gebied/bevolking";
    }
}
