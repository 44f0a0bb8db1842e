package nl.woonregie.brieven;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of step 5 (issue 19 §3): a municipality's besluiten tot indeplaatsstelling with the form that drafts one
 * ({@code /gemeenten/{code}/indeplaatsstellingen}), one besluit with the form that records GS's decision, the button
 * that sends it and the state of each term ({@code /indeplaatsstellingen/{id}}), and the supervisor's worklist of
 * terms passed without the required number ({@code /provincies/{code}/begunstigingstermijnen}). Forms are shaped as
 * the API's requests, so the service's invalid fields are their property paths; a refused form keeps every value.
 */
@Controller
class IndeplaatsstellingPagina {

    /** Rows offered for terms on the draft form (every row is posted, so a refused form shows them all again). */
    static final int TERMIJNRIJEN = 3;

    /** One term as typed. */
    public record TermijnRij(String datum, String aantal) {

        boolean leeg() {
            return (datum == null || datum.isBlank()) && (aantal == null || aantal.isBlank());
        }
    }

    /** The draft form, as typed. */
    public record OntwerpFormulier(String overwegingen, List<TermijnRij> termijnen) {

        static OntwerpFormulier leeg() {
            List<TermijnRij> rijen = new ArrayList<>();
            for (int i = 0; i < TERMIJNRIJEN; i++) {
                rijen.add(new TermijnRij(null, null));
            }
            return new OntwerpFormulier(null, rijen);
        }
    }

    /** The decision form, as typed. */
    public record BesluitFormulier(String besluitdatum, String besluitnummer, String versie) {
    }

    private final Indeplaatsstellingen indeplaatsstellingen;
    private final GebiedService gebied;
    private final Toegang toegang;

    IndeplaatsstellingPagina(Indeplaatsstellingen indeplaatsstellingen, GebiedService gebied, Toegang toegang) {
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/indeplaatsstellingen")
    String gemeente(@PathVariable String code, Model model) {
        model.addAttribute("formulier", OntwerpFormulier.leeg());
        return gemeentePagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/indeplaatsstellingen")
    String opstellen(@PathVariable String code, @ModelAttribute("formulier") OntwerpFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        List<TermijnRij> rijen = f.termijnen() == null ? List.of() : f.termijnen();
        // empty rows at the end are left out; the others keep their index, which the service's fields name
        int laatste = -1;
        for (int i = 0; i < rijen.size(); i++) {
            if (rijen.get(i) != null && !rijen.get(i).leeg()) {
                laatste = i;
            }
        }
        List<Indeplaatsstellingverzoek.Termijn> termijnen = new ArrayList<>();
        for (int i = 0; i <= laatste; i++) {
            TermijnRij r = rijen.get(i) == null ? new TermijnRij(null, null) : rijen.get(i);
            Integer aantal = Bindingfouten.geheel(fouten, "termijnen[" + i + "].aantal", r.aantal());
            termijnen.add(new Indeplaatsstellingverzoek.Termijn(r.datum(), aantal));
        }
        Indeplaatsstellingverzoek verzoek = new Indeplaatsstellingverzoek(f.overwegingen(), termijnen);
        return Bindingfouten.stap(model, fouten, () -> {
            try {
                indeplaatsstellingen.ontwerp(toegang.huidige(), code, verzoek, Client.van(request));
                return List.of();
            } catch (ApiException e) {
                if (e.status().value() != 400) {
                    throw e;
                }
                return e.invalidParams();
            }
        }, () -> {
            Indeplaatsstelling i = indeplaatsstellingen.ontwerp(toegang.huidige(), code, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "Het concept is opgesteld. Leg hieronder het besluit van "
                    + "Gedeputeerde Staten vast.");
            return "redirect:/indeplaatsstellingen/" + i.id();
        }, () -> gemeentePagina(code, model));
    }

    @GetMapping("/indeplaatsstellingen/{id}")
    String besluit(@PathVariable long id, Model model) {
        Indeplaatsstelling i = indeplaatsstellingen.lees(toegang.huidige(), id);
        model.addAttribute("formulier", new BesluitFormulier(null, null, Integer.toString(i.versie())));
        return besluitPagina(i, model);
    }

    @PostMapping("/indeplaatsstellingen/{id}/besluit")
    String besluiten(@PathVariable long id, @ModelAttribute("formulier") BesluitFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Indeplaatsstelling voor = indeplaatsstellingen.lees(g, id);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        Besluitverzoek verzoek = new Besluitverzoek(f.besluitdatum(), f.besluitnummer(), versie);
        return Bindingfouten.stap(model, fouten, () -> {
            try {
                indeplaatsstellingen.besluit(g, id, verzoek, Client.van(request));
                return List.of();
            } catch (ApiException e) {
                if (e.status().value() != 400) {
                    throw e;
                }
                return e.invalidParams();
            }
        }, () -> {
            Indeplaatsstelling i = indeplaatsstellingen.besluit(g, id, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "Het besluit " + i.besluitnummer() + " is vastgelegd als PDF/A. "
                    + "Het kan nu worden verzonden.");
            return "redirect:/indeplaatsstellingen/" + id;
        }, () -> besluitPagina(voor, model));
    }

    @PostMapping("/indeplaatsstellingen/{id}/verzenden")
    String verzenden(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        long voor = geplaatst(indeplaatsstellingen.lees(g, id));
        try {
            Indeplaatsstelling i = indeplaatsstellingen.verzend(g, id, Client.van(request));
            long na = geplaatst(i);
            redirect.addFlashAttribute("melding", na == voor ? "Er was niets meer te verzenden: iedere geadresseerde "
                    + "heeft het besluit al, of het staat in de wachtrij."
                    : "Het besluit is verzonden; e-mails staan in de wachtrij van de uitgaande post.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/indeplaatsstellingen/" + id;
    }

    @GetMapping("/provincies/{code}/begunstigingstermijnen")
    String werklijst(@PathVariable String code, Model model) {
        model.addAttribute("bevindingen", indeplaatsstellingen.werklijst(toegang.huidige(), code));
        model.addAttribute("provincie", code);
        model.addAttribute("naam", gebied.provincie(code).map(Provincie::naam).orElse(code));
        return "brieven/begunstigingstermijnen";
    }

    /** How many sendings were placed (a second press places nothing). */
    private static long geplaatst(Indeplaatsstelling i) {
        return i.verzending() == null ? 0 : i.verzending().stream()
                .filter(a -> a.plaatsingen() != null).mapToLong(a -> a.plaatsingen()).sum();
    }

    private String gemeentePagina(String code, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("besluiten", indeplaatsstellingen.vanGemeente(g, code));
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        String provincie = gebied.provincieVan(code).orElse(null);
        model.addAttribute("toezien", magToezien(g, provincie));
        return "brieven/besluiten";
    }

    private String besluitPagina(Indeplaatsstelling i, Model model) {
        model.addAttribute("besluit", i);
        model.addAttribute("toezien", magToezien(toegang.huidige(), i.provincie()));
        return "brieven/besluit";
    }

    private static boolean magToezien(Gebruiker g, String provincie) {
        return g.heeft(Rol.BEHEERDER) || provincie != null && g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }
}
