package nl.woonregie.programma;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the import of a plan from a workbook (issue 18 §6): a new programme ({@code /programmas/import},
 * BEHEERDER) and a programme's plan replaced ({@code /programmas/{id}/import}, its programme manager). The form's own
 * fields (the file, the reason, the version) get their errors at the field; the workbook's cells in a table by sheet,
 * line and column. Nothing is stored when anything is wrong.
 */
@Controller
class ProgrammaImportPagina {

    private static final Set<String> VELDEN = Set.of("bestand", "reden", "If-Match");

    /** The upload form. */
    public record ImportFormulier(MultipartFile bestand, String reden, String versie) {
    }

    /** A refused cell: where (sheet, line, column) and why. */
    record Celfout(String waar, String reden) {
    }

    private final ProgrammaImport importer;
    private final Toegang toegang;

    ProgrammaImportPagina(ProgrammaImport importer, Toegang toegang) {
        this.importer = importer;
        this.toegang = toegang;
    }

    @GetMapping("/programmas/import")
    String nieuw(Model model) {
        vereisBeheerder(toegang.huidige());
        model.addAttribute("upload", new ImportFormulier(null, null, null));
        return "programma/import";
    }

    @PostMapping("/programmas/import")
    String importeer(@ModelAttribute("upload") ImportFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        vereisBeheerder(g);
        MultipartFile bestand = gekozen(f.bestand());
        try {
            Programma p = importer.aanmaken(g, ProgrammaImportController.inhoud(bestand), naam(bestand), f.reden(),
                    Client.van(request));
            redirect.addFlashAttribute("melding", "Programma '" + p.plan().naam() + "' is aangemaakt uit "
                    + (naam(bestand) == null ? "de werkmap" : naam(bestand)) + ".");
            return "redirect:/programmas/" + p.id();
        } catch (ApiException e) {
            return fout(e, fouten, model, bestand);
        }
    }

    @GetMapping("/programmas/{id}/import")
    String vervang(@PathVariable long id, Model model) {
        Programma p = vereisWijzigen(toegang.huidige(), id);
        model.addAttribute("p", p);
        model.addAttribute("upload", new ImportFormulier(null, null, Integer.toString(p.versie())));
        return "programma/import";
    }

    @PostMapping("/programmas/{id}/import")
    String vervangOpslaan(@PathVariable long id, @ModelAttribute("upload") ImportFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereisWijzigen(g, id);
        model.addAttribute("p", p);
        MultipartFile bestand = gekozen(f.bestand());
        try {
            Programma nu = importer.vervangen(g, id, f.versie(), ProgrammaImportController.inhoud(bestand),
                    naam(bestand), f.reden(), Client.van(request));
            redirect.addFlashAttribute("melding", "Het plan is vervangen door "
                    + (naam(bestand) == null ? "de werkmap" : naam(bestand)) + " (versie " + nu.versie() + ").");
            return "redirect:/programmas/" + id;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.CONFLICT) {
                model.addAttribute("probleem", e.getMessage());
                return "programma/import";
            }
            return fout(e, fouten, model, bestand);
        }
    }

    private static String fout(ApiException e, BindingResult fouten, Model model, MultipartFile bestand) {
        if (e.status() != HttpStatus.BAD_REQUEST) {
            throw e;
        }
        model.addAttribute("bestandsnaam", naam(bestand));
        List<InvalidParam> velden = e.invalidParams().stream().filter(p -> VELDEN.contains(p.name()))
                .map(p -> p.name().equals("If-Match") ? new InvalidParam("versie", p.reason()) : p).toList();
        Bindingfouten.voegToe(fouten, velden);
        model.addAttribute("celfouten", e.invalidParams().stream().filter(p -> !VELDEN.contains(p.name()))
                .map(p -> new Celfout(p.name(), p.reason())).toList());
        return "programma/import";
    }

    private void vereisBeheerder(Gebruiker g) {
        if (!importer.magAanmaken(g)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen een beheerder maakt een programma "
                    + "aan.", null);
        }
    }

    private Programma vereisWijzigen(Gebruiker g, long id) {
        return importer.vereisVervangen(g, id);
    }

    /** A form sent without choosing a file has an empty part without a name: no file. */
    private static MultipartFile gekozen(MultipartFile bestand) {
        return bestand == null || (bestand.isEmpty() && (bestand.getOriginalFilename() == null
                || bestand.getOriginalFilename().isBlank())) ? null : bestand;
    }

    private static String naam(MultipartFile bestand) {
        return bestand == null || bestand.getOriginalFilename() == null || bestand.getOriginalFilename().isBlank()
                ? null : bestand.getOriginalFilename();
    }
}
