package nl.woonregie.toezicht.cijfers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.importbestand.Upload;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing figures in the browser: upload a CSV or XLSX file, see the result of the check per row and column
 * before anything is stored, then confirm. The checked file waits in {@link ImportConcepten} until then; access and
 * input are judged by {@link CijferImport}, as for the API. Invalid form fields (kind, file, reason) are shown at the
 * fields; the file's own errors per row and column in a table.
 */
@Controller
class ImportPagina {

    private static final Pattern REGEL_KOLOM = Pattern.compile("regel (\\d+)(?:, kolom (.+))?");
    private static final Set<String> VELDEN = Set.of("soort", Upload.VELD, "reden", "kolomindeling");

    private final Toegang toegang;
    private final CijferImport importer;
    private final ImportConcepten concepten;
    private final Kolomindelingen kolomindelingen;

    ImportPagina(Toegang toegang, CijferImport importer, ImportConcepten concepten, Kolomindelingen kolomindelingen) {
        this.toegang = toegang;
        this.importer = importer;
        this.concepten = concepten;
        this.kolomindelingen = kolomindelingen;
    }

    /** One error of the check, as shown in the table: line, column and reason. */
    record Fout(String regel, String kolom, String reden) {
    }

    /**
     * The upload form: the kind of figures, the file, an optional reason, and the saved column coupling of its
     * source (empty: Woonregie's own columns).
     */
    public record ImportFormulier(String soort, MultipartFile bestand, String reden, String kolomindeling) {
    }

    @GetMapping("/cijfers/import")
    String formulier(@RequestParam(required = false) Long kolomindeling, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("soorten", importer.vereisSoorten(g));
        String soort = null;
        if (kolomindeling != null) { // "use it" from the coupling's page: preselected with its kind
            Kolomindelingen.Kolomindeling k = kolomindelingen.lees(g, kolomindeling);
            soort = k.soort().name();
        }
        model.addAttribute("upload", new ImportFormulier(soort, null, null,
                kolomindeling == null ? null : kolomindeling.toString()));
        model.addAttribute("kolomindelingen", kolomindelingen.lijst(g, null));
        return "toezicht/import";
    }

    @PostMapping("/cijfers/import")
    String controleer(@ModelAttribute("upload") ImportFormulier f, BindingResult fouten, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("soorten", importer.vereisSoorten(g));
        model.addAttribute("kolomindelingen", kolomindelingen.lijst(g, null));
        MultipartFile bestand = gekozen(f.bestand());
        model.addAttribute("bestandsnaam", bestand == null ? null : bestand.getOriginalFilename());
        try {
            ImportSoort soort = ImportConcepten.soort(f.soort());
            model.addAttribute("gekozen", soort);
            importer.vereisImporteren(soort, g); // refused before the upload is read
            Kolomindelingen.Kolomindeling indeling = indeling(f.kolomindeling(), soort, g);
            model.addAttribute("indeling", indeling);
            ImportConcepten.Gecontroleerd c = concepten.controleer(soort, Upload.van(bestand), indeling, f.reden(),
                    g);
            model.addAttribute("concept", c.concept());
            model.addAttribute("bestandsnaam", c.bestandsnaam());
            model.addAttribute("resultaat", c.resultaat());
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 413) {
                throw e;
            }
            toon(e, fouten, model);
        }
        return "toezicht/import";
    }

    /** Stores the checked file (one transaction, in CijferImport); the waiting copy is removed either way. */
    @PostMapping("/cijfers/import/{concept}/bevestigen")
    String bevestig(@PathVariable long concept, HttpServletRequest request, Model model) {
        Gebruiker g = toegang.huidige();
        ImportSoort soort = concepten.soortVan(concept, g);
        model.addAttribute("soorten", importer.soorten(g));
        model.addAttribute("kolomindelingen", kolomindelingen.lijst(g, null));
        model.addAttribute("gekozen", soort);
        model.addAttribute("upload", new ImportFormulier(soort.name(), null, null, null));
        try {
            model.addAttribute("opgeslagen", concepten.bevestig(concept, g, Client.van(request)));
        } catch (ApiException e) {
            // the stored figures changed since the check, or the file no longer passes: show it, store nothing
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            model.addAttribute("probleem", e.getMessage());
            model.addAttribute("regelfouten", regelfouten(e.invalidParams()));
        }
        return "toezicht/import";
    }

    @PostMapping("/cijfers/import/{concept}/verwerpen")
    String verwerp(@PathVariable long concept) {
        concepten.verwerp(concept, toegang.huidige());
        return "redirect:/cijfers/import";
    }

    /** The chosen coupling (none for an empty choice); 400 naming {@code kolomindeling} for one not usable here. */
    private Kolomindelingen.Kolomindeling indeling(String gekozen, ImportSoort soort, Gebruiker g) {
        if (gekozen == null || gekozen.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(gekozen.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Onbekende kolomindeling.", List.of(new InvalidParam("kolomindeling",
                    "kies een kolomindeling uit de lijst")));
        }
        return kolomindelingen.voorImport(g, id, soort);
    }

    /** A form sent without choosing a file has an empty part without a name: no file. */
    private static MultipartFile gekozen(MultipartFile bestand) {
        return bestand == null || (bestand.isEmpty() && (bestand.getOriginalFilename() == null
                || bestand.getOriginalFilename().isBlank())) ? null : bestand;
    }

    /** The refusal: the form's fields at the fields (too large: the file), the file's rows and columns in the table. */
    private static void toon(ApiException e, BindingResult fouten, Model model) {
        model.addAttribute("probleem", e.getMessage());
        if (e.status().value() == 413) {
            fouten.rejectValue(Upload.VELD, "te-groot", e.getMessage());
            return;
        }
        Bindingfouten.voegToe(fouten, e.invalidParams().stream().filter(p -> VELDEN.contains(p.name())).toList());
        model.addAttribute("regelfouten", regelfouten(e.invalidParams().stream()
                .filter(p -> !VELDEN.contains(p.name())).toList()));
    }

    static List<Fout> regelfouten(List<InvalidParam> params) {
        List<Fout> fouten = new ArrayList<>();
        for (InvalidParam p : params) {
            Matcher m = REGEL_KOLOM.matcher(p.name());
            if (m.matches()) {
                fouten.add(new Fout(m.group(1), m.group(2) == null ? "–" : m.group(2), p.reason()));
            } else {
                fouten.add(new Fout("–", p.name(), p.reason()));
            }
        }
        return fouten;
    }
}
