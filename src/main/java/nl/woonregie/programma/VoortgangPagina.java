package nl.woonregie.programma;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.programma.voortgang.Evaluatiestatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The progress report of a programme as a printable page ({@code /programmas/{id}/voortgang?van=…&tot=…}), PDF/A and
 * XLSX, and the form of an evaluation moment. {@link VoortgangService} judges access and input, as for the API.
 */
@Controller
class VoortgangPagina {

    /** The period as typed (ISO dates from the date fields). */
    public record Periode(String van, String tot) {
    }

    /** An evaluation moment as typed in the form. */
    public record EvaluatieFormulier(String nummer, String naam, String datum, String status, String uitkomst,
            String project, String versie, String reden) {
    }

    private final VoortgangService voortgang;
    private final ProgrammaService programmas;
    private final Toegang toegang;
    private final ITemplateEngine templates;

    VoortgangPagina(VoortgangService voortgang, ProgrammaService programmas, Toegang toegang,
            ITemplateEngine templates) {
        this.voortgang = voortgang;
        this.programmas = programmas;
        this.toegang = toegang;
        this.templates = templates;
    }

    @GetMapping("/programmas/{id}/voortgang")
    String pagina(@PathVariable long id, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, Model model) {
        Gebruiker g = toegang.huidige();
        Programma p = programmas.lees(g, id);
        Periode periode = new Periode(van, tot);
        BindingResult fouten = new BeanPropertyBindingResult(periode, "periode");
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("rechten", programmas.rechten(g, p));
        model.addAttribute("nl", new Weergave());
        model.addAttribute("label", new LabelHulp());
        try {
            VoortgangService.Rapportage r = voortgang.rapport(g, id, van, tot).rapportage();
            model.addAttribute("r", r);
            model.addAttribute("periode", new Periode(r.voortgang().van().toString(), r.voortgang().tot().toString()));
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute("periode", periode);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "periode", fouten);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, "periode");
        }
        return "programma/voortgang";
    }

    @GetMapping("/programmas/{id}/voortgang.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot) {
        VoortgangService.Rapport rapport = voortgang.rapport(toegang.huidige(), id, van, tot);
        Context context = new Context(Weergave.NL);
        context.setVariable("r", rapport.rapportage());
        context.setVariable("plan", rapport.programma().plan());
        context.setVariable("nl", new Weergave());
        context.setVariable("label", new LabelHulp());
        context.setVariable("pdf", true);
        byte[] inhoud = PdfADocument.render(templates.process("programma/voortgang-pdf", context));
        return Download.bijlage(inhoud, "application/pdf", "voortgang-programma-" + id + ".pdf");
    }

    @GetMapping("/programmas/{id}/voortgang.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot) {
        VoortgangService.Rapportage r = voortgang.rapport(toegang.huidige(), id, van, tot).rapportage();
        return Download.bijlage(VoortgangExport.xlsx(r), Spreadsheet.XLSX, "voortgang-programma-" + id + ".xlsx");
    }

    // --- evaluation moments

    @GetMapping("/programmas/{id}/evaluaties/nieuw")
    String nieuweEvaluatie(@PathVariable long id, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        int nummer = voortgang.evaluaties(toegang.huidige(), id).stream().mapToInt(Evaluatiemoment::nummer).max()
                .orElse(0) + 1;
        model.addAttribute("formulier", new EvaluatieFormulier(Integer.toString(nummer), null, null,
                Evaluatiestatus.GEPLAND.name(), null, null, Integer.toString(p.versie()), null));
        return formulier(p, null, model);
    }

    @GetMapping("/programmas/{id}/evaluaties/{nummer}")
    String evaluatie(@PathVariable long id, @PathVariable int nummer, Model model) {
        Programma p = vereis(toegang.huidige(), id);
        Evaluatiemoment e = voortgang.evaluaties(toegang.huidige(), id).stream().filter(x -> x.nummer() == nummer)
                .findFirst().orElseThrow(() -> ApiException.notFound("Evaluatiemoment " + nummer
                        + " bestaat niet in dit programma."));
        model.addAttribute("formulier", new EvaluatieFormulier(Integer.toString(nummer), e.naam(),
                e.datum().toString(), e.status().name(), e.uitkomst(), e.project() == null ? null
                : e.project().toString(), Integer.toString(p.versie()), null));
        return formulier(p, nummer, model);
    }

    @PostMapping("/programmas/{id}/evaluaties")
    String opslaan(@PathVariable long id, @ModelAttribute("formulier") EvaluatieFormulier f, BindingResult fouten,
            @RequestParam(name = "nieuw", required = false) String nieuw, Model model, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Programma p = vereis(g, id);
        Integer nummer = Bindingfouten.geheel(fouten, "nummer", f.nummer());
        var datum = Bindingfouten.datum(fouten, "datum", f.datum());
        Integer project = Bindingfouten.geheel(fouten, "project", f.project());
        Evaluatiestatus status = null;
        if (f.status() != null && !f.status().isBlank()) {
            try {
                status = Evaluatiestatus.valueOf(f.status().strip());
            } catch (IllegalArgumentException e) {
                fouten.rejectValue("status", "onleesbaar", "een keuze uit de lijst");
            }
        }
        if (nummer == null && !fouten.hasFieldErrors("nummer")) {
            fouten.rejectValue("nummer", "verplicht", "verplicht");
        }
        if (!fouten.hasErrors()) {
            try {
                voortgang.zetEvaluatie(g, id, f.versie(), nummer, new VoortgangService.Evaluatie(f.naam(), datum,
                        status, f.uitkomst(), project), f.reden(), Client.van(request));
                redirect.addFlashAttribute("melding", "Evaluatiemoment " + nummer + " is opgeslagen.");
                return "redirect:/programmas/" + id + "/voortgang#evaluaties";
            } catch (ApiException e) {
                if (e.status() == HttpStatus.CONFLICT || e.status() == HttpStatus.FORBIDDEN) {
                    redirect.addFlashAttribute("fout", e.getMessage());
                    return "redirect:/programmas/" + id + "/voortgang";
                }
                if (e.status() != HttpStatus.BAD_REQUEST) {
                    throw e;
                }
                Bindingfouten.voegToe(fouten, e);
            }
        }
        model.addAttribute(Bindingfouten.FOUTFORMULIER, fouten.getObjectName());
        return formulier(p, nieuw != null ? null : nummer, model);
    }

    private String formulier(Programma p, Integer nummer, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("plan", p.plan());
        model.addAttribute("nummer", nummer);
        model.addAttribute("statussen", Evaluatiestatus.values());
        return "programma/evaluatie";
    }

    /** The form is for who may save it: the programme manager of the programme (and BEHEERDER). */
    private Programma vereis(Gebruiker g, long id) {
        Programma p = programmas.lees(g, id);
        if (!programmas.rechten(g, p).planWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De evaluatiemomenten legt de "
                    + "programmamanager van het programma vast.", null);
        }
        return p;
    }

    /** The labels for the shared template of page and PDF (which is rendered outside a web request). */
    public static final class LabelHulp {

        public String van(Enum<?> code) {
            return code == null ? "" : Labels.van(code);
        }

        public String inZin(Enum<?> code) {
            return code == null ? "" : Labels.inZin(code);
        }

        /** A value with its unit ("6 matches"; "1 (eenheid: voorzieningen)"). */
        public String metEenheid(java.math.BigDecimal waarde, String eenheid) {
            return nl.woonregie.programma.voortgang.Voortgangsrekening.metEenheid(waarde, eenheid);
        }
    }
}
