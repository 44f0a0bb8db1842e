package nl.woonregie.aanbod;

import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The year view's page ({@code /gemeenten/{code}/aanbod/jaaroverzicht}): the table computed from the stored figures
 * and, beside it, the gemeente's own table with a finding per cell; for whoever keeps the sources a form shaped like
 * Table 1 and an import of a CSV or XLSX file. {@link Jaartabellen} judges access and input, as for the API.
 */
@Controller
class JaartabelPagina {

    /** The form has at least this many years (more go through the import or the API). */
    static final int RIJEN = 6;

    /** The typed table: rows shaped as the service's request ({@code regels[1].totaal}). */
    public record JaartabelFormulier(String versie, String reden, List<Jaartabellen.RegelVerzoek> regels) {

        public JaartabelFormulier {
            List<Jaartabellen.RegelVerzoek> rijen = new ArrayList<>(regels == null ? List.of() : regels);
            while (rijen.size() < RIJEN) {
                rijen.add(Jaartabellen.RegelVerzoek.leeg());
            }
            regels = rijen;
        }

        static JaartabelFormulier van(EigenJaartabel t) {
            List<Jaartabellen.RegelVerzoek> rijen = new ArrayList<>(t.regels().stream()
                    .map(Jaartabellen.RegelVerzoek::van).toList());
            rijen.add(Jaartabellen.RegelVerzoek.leeg());
            return new JaartabelFormulier(Integer.toString(t.versie()), null, rijen);
        }

        /** The rows up to the last one filled in (an empty row in between stays: the service names it). */
        Jaartabellen.Verzoek verzoek() {
            int laatste = -1;
            for (int i = 0; i < regels.size(); i++) {
                if (regels.get(i) != null && !regels.get(i).isLeeg()) {
                    laatste = i;
                }
            }
            return new Jaartabellen.Verzoek(versie, new ArrayList<>(regels.subList(0, laatste + 1)), reden);
        }
    }

    /** The import's fields beside the file. */
    public record ImportFormulier(String versie, String reden) {
    }

    private final Jaaroverzichten jaaroverzichten;
    private final Jaartabellen jaartabellen;
    private final Aanbodbronnen bronnen;
    private final Toegang toegang;

    JaartabelPagina(Jaaroverzichten jaaroverzichten, Jaartabellen jaartabellen, Aanbodbronnen bronnen,
            Toegang toegang) {
        this.jaaroverzichten = jaaroverzichten;
        this.jaartabellen = jaartabellen;
        this.bronnen = bronnen;
        this.toegang = toegang;
    }

    /** The year view: the multi-year table per year and per half-year, its findings, and the gemeente's own table. */
    @GetMapping("/gemeenten/{code}/aanbod/jaaroverzicht")
    String jaaroverzicht(@PathVariable String code, Model model) {
        Gebruiker g = toegang.huidige();
        EigenJaartabel eigen = jaartabellen.lees(g, code);
        model.addAttribute("jaartabel", JaartabelFormulier.van(eigen));
        model.addAttribute("jaartabelImport", new ImportFormulier(Integer.toString(eigen.versie()), null));
        return pagina(g, code, eigen, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/jaartabel")
    String vastleggen(@PathVariable String code, @ModelAttribute("jaartabel") JaartabelFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        try {
            EigenJaartabel t = jaartabellen.vastleggen(g, code, f.verzoek(), Client.van(request));
            redirect.addFlashAttribute("melding", "De eigen jaartabel is vastgelegd (versie " + t.versie() + ").");
            return "redirect:/gemeenten/" + t.gemeente() + "/aanbod/jaaroverzicht#eigen-tabel";
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code.strip() + "/aanbod/jaaroverzicht#eigen-tabel";
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        EigenJaartabel eigen = jaartabellen.lees(g, code);
        model.addAttribute("jaartabelImport", new ImportFormulier(Integer.toString(eigen.versie()), null));
        return pagina(g, code, eigen, model);
    }

    @PostMapping("/gemeenten/{code}/aanbod/jaartabel/import")
    String importeren(@PathVariable String code, @ModelAttribute("jaartabelImport") ImportFormulier f,
            BindingResult fouten, @RequestParam(required = false) MultipartFile bestand, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = bronnen.vereisWijzigen(toegang.huidige(), code);
        try {
            EigenJaartabel t = jaartabellen.importeren(g, code, JaartabelController.inhoud(bestand),
                    bestand == null ? null : bestand.getOriginalFilename(), f.versie(), f.reden(),
                    Client.van(request));
            redirect.addFlashAttribute("melding", "De eigen jaartabel is geïmporteerd (versie " + t.versie() + ", "
                    + t.regels().size() + (t.regels().size() == 1 ? " jaar" : " jaren") + ").");
            return "redirect:/gemeenten/" + t.gemeente() + "/aanbod/jaaroverzicht#eigen-tabel";
        } catch (ApiException e) {
            if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
                return "redirect:/gemeenten/" + code.strip() + "/aanbod/jaaroverzicht#eigen-tabel";
            }
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        }
        EigenJaartabel eigen = jaartabellen.lees(g, code);
        model.addAttribute("jaartabel", JaartabelFormulier.van(eigen));
        return pagina(g, code, eigen, model);
    }

    private String pagina(Gebruiker g, String code, EigenJaartabel eigen, Model model) {
        model.addAttribute("o", jaaroverzichten.van(g, code));
        model.addAttribute("eigen", eigen);
        model.addAttribute("kolommen", EigenJaartabel.KOLOMMEN);
        model.addAttribute("magWijzigen", bronnen.magWijzigen(g, code));
        return "aanbod/jaaroverzicht";
    }
}
