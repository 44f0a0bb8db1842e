package nl.woonregie.brieven;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of step 6 (issue 19 §3, ADR 0054): a municipality's verslagen of the indeplaatsstelling with the form that
 * drafts one for a decided besluit tot indeplaatsstelling ({@code /gemeenten/{code}/indeplaatsstellingsverslagen},
 * linked from the besluit as "Verslag van de indeplaatsstelling"), one verslag with the forms that record GS's decision
 * and the recovery, and the button that sends it ({@code /indeplaatsstellingsverslagen/{id}}), and the supervisor's
 * worklist of recoveries not paid in time ({@code /provincies/{code}/terugvorderingen}). Forms are shaped as the
 * API's requests; a refused form keeps every value.
 */
@Controller
class VerslagPagina {

    /** Rows offered for actions and for costs on the draft form (empty rows at the end are left out). */
    static final int RIJEN = 3;

    public record ActieRij(String datum, String omschrijving) {

        boolean leeg() {
            return (datum == null || datum.isBlank()) && (omschrijving == null || omschrijving.isBlank());
        }
    }

    public record KostenRij(String omschrijving, String bedrag) {

        boolean leeg() {
            return (omschrijving == null || omschrijving.isBlank()) && (bedrag == null || bedrag.isBlank());
        }
    }

    /** The draft form, as typed. */
    public record OntwerpFormulier(String indeplaatsstelling, String overwegingen, List<ActieRij> acties,
            List<KostenRij> kosten, String terugTeVorderen, String terugvorderingReden) {

        static OntwerpFormulier leeg(Long besluit) {
            List<ActieRij> acties = new ArrayList<>();
            List<KostenRij> kosten = new ArrayList<>();
            for (int i = 0; i < RIJEN; i++) {
                acties.add(new ActieRij(null, null));
                kosten.add(new KostenRij(null, null));
            }
            return new OntwerpFormulier(besluit == null ? null : besluit.toString(), null, acties, kosten, null,
                    null);
        }
    }

    /** The decision form, as typed. */
    public record BesluitFormulier(String besluitdatum, String besluitnummer, String versie) {
    }

    /** The recovery form, as typed. */
    public record TerugvorderingFormulier(String factuurdatum, String betaaldOp, String versie) {
    }

    private final Indeplaatsstellingsverslagen verslagen;
    private final GebiedService gebied;
    private final Toegang toegang;

    VerslagPagina(Indeplaatsstellingsverslagen verslagen, GebiedService gebied, Toegang toegang) {
        this.verslagen = verslagen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/indeplaatsstellingsverslagen")
    String gemeente(@PathVariable String code, @RequestParam(required = false) Long besluit, Model model) {
        model.addAttribute("formulier", OntwerpFormulier.leeg(besluit));
        return gemeentePagina(code, model);
    }

    @PostMapping("/gemeenten/{code}/indeplaatsstellingsverslagen")
    String opstellen(@PathVariable String code, @ModelAttribute("formulier") OntwerpFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Long besluit;
        try {
            besluit = f.indeplaatsstelling() == null || f.indeplaatsstelling().isBlank() ? null
                    : Long.valueOf(f.indeplaatsstelling().strip());
        } catch (NumberFormatException e) {
            besluit = -1L;
        }
        List<Verslagverzoek.Actie> acties = new ArrayList<>();
        List<ActieRij> actieRijen = f.acties() == null ? List.of() : f.acties();
        for (int i = 0; i <= laatste(actieRijen.stream().map(r -> r == null || r.leeg()).toList()); i++) {
            ActieRij r = actieRijen.get(i) == null ? new ActieRij(null, null) : actieRijen.get(i);
            acties.add(new Verslagverzoek.Actie(r.datum(), r.omschrijving()));
        }
        List<Verslagverzoek.Kosten> kosten = new ArrayList<>();
        List<KostenRij> kostenRijen = f.kosten() == null ? List.of() : f.kosten();
        for (int i = 0; i <= laatste(kostenRijen.stream().map(r -> r == null || r.leeg()).toList()); i++) {
            KostenRij r = kostenRijen.get(i) == null ? new KostenRij(null, null) : kostenRijen.get(i);
            BigDecimal bedrag = Bindingfouten.bedrag(fouten, "kosten[" + i + "].bedrag", r.bedrag());
            kosten.add(new Verslagverzoek.Kosten(r.omschrijving(), bedrag));
        }
        BigDecimal terug = Bindingfouten.bedrag(fouten, "terugTeVorderen", f.terugTeVorderen());
        Verslagverzoek verzoek = new Verslagverzoek(besluit, f.overwegingen(), acties, kosten, terug,
                f.terugvorderingReden());
        return Bindingfouten.stap(model, fouten, () -> verslagen.controleer(g, code, verzoek), () -> {
            Verslag v = verslagen.ontwerp(g, code, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "Het concept is opgesteld. Leg hieronder het besluit van "
                    + "Gedeputeerde Staten vast.");
            return "redirect:/indeplaatsstellingsverslagen/" + v.id();
        }, () -> gemeentePagina(code, model));
    }

    /** The index of the last row that is not empty (-1: none). */
    private static int laatste(List<Boolean> leeg) {
        int laatste = -1;
        for (int i = 0; i < leeg.size(); i++) {
            if (!leeg.get(i)) {
                laatste = i;
            }
        }
        return laatste;
    }

    @GetMapping("/indeplaatsstellingsverslagen/{id}")
    String verslag(@PathVariable long id, Model model) {
        Verslag v = verslagen.lees(toegang.huidige(), id);
        model.addAttribute("formulier", new BesluitFormulier(null, null, Integer.toString(v.versie())));
        model.addAttribute("terugvorderingformulier", terugvordering(v));
        return pagina(v, model);
    }

    @PostMapping("/indeplaatsstellingsverslagen/{id}/besluit")
    String besluiten(@PathVariable long id, @ModelAttribute("formulier") BesluitFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Verslag voor = verslagen.lees(g, id);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        Besluitverzoek verzoek = new Besluitverzoek(f.besluitdatum(), f.besluitnummer(), versie);
        model.addAttribute("terugvorderingformulier", terugvordering(voor));
        return Bindingfouten.stap(model, fouten,
                VooraankondigingPagina.controle(() -> verslagen.besluit(g, id, verzoek, Client.van(request))), () -> {
            Verslag v = verslagen.besluit(g, id, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "Het verslag " + v.besluitnummer() + " is vastgelegd als PDF/A. "
                    + "Het kan nu worden verzonden.");
            return "redirect:/indeplaatsstellingsverslagen/" + id;
        }, () -> pagina(voor, model));
    }

    @PostMapping("/indeplaatsstellingsverslagen/{id}/terugvordering")
    String terugvorderen(@PathVariable long id,
            @ModelAttribute("terugvorderingformulier") TerugvorderingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Verslag voor = verslagen.lees(g, id);
        Integer versie = Bindingfouten.geheel(fouten, "versie", f.versie());
        Terugvorderingverzoek verzoek = new Terugvorderingverzoek(f.factuurdatum(), f.betaaldOp(), versie);
        model.addAttribute("formulier", new BesluitFormulier(null, null, Integer.toString(voor.versie())));
        return Bindingfouten.stap(model, fouten,
                VooraankondigingPagina.controle(() -> verslagen.terugvordering(g, id, verzoek, Client.van(request))),
                () -> {
            verslagen.terugvordering(g, id, verzoek, Client.van(request));
            redirect.addFlashAttribute("melding", "De terugvordering is vastgelegd.");
            return "redirect:/indeplaatsstellingsverslagen/" + id;
        }, () -> pagina(voor, model));
    }

    @PostMapping("/indeplaatsstellingsverslagen/{id}/verzenden")
    String verzenden(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        long voor = geplaatst(verslagen.lees(g, id));
        try {
            long na = geplaatst(verslagen.verzend(g, id, Client.van(request)));
            redirect.addFlashAttribute("melding", na == voor ? "Er was niets meer te verzenden: iedere geadresseerde "
                    + "heeft het verslag al, of het staat in de wachtrij."
                    : "Het verslag is verzonden; e-mails staan in de wachtrij van de uitgaande post.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/indeplaatsstellingsverslagen/" + id;
    }

    @GetMapping("/provincies/{code}/terugvorderingen")
    String werklijst(@PathVariable String code, Model model) {
        model.addAttribute("onbetaald", verslagen.werklijst(toegang.huidige(), code));
        model.addAttribute("provincie", code);
        model.addAttribute("naam", gebied.provincie(code).map(Provincie::naam).orElse(code));
        return "brieven/terugvorderingen";
    }

    private static TerugvorderingFormulier terugvordering(Verslag v) {
        return new TerugvorderingFormulier(v.factuurdatum() == null ? null : v.factuurdatum().toString(),
                v.betaaldOp() == null ? null : v.betaaldOp().toString(), Integer.toString(v.versie()));
    }

    private static long geplaatst(Verslag v) {
        return v.verzending() == null ? 0 : v.verzending().stream()
                .filter(a -> a.plaatsingen() != null).mapToLong(a -> a.plaatsingen()).sum();
    }

    private String gemeentePagina(String code, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("verslagen", verslagen.vanGemeente(g, code));
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        String provincie = gebied.provincieVan(code).orElse(null);
        boolean schrijven = provincie != null && g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
        model.addAttribute("schrijven", schrijven);
        model.addAttribute("besluiten", schrijven ? verslagen.besluiten(g, code) : List.of());
        return "brieven/verslagen";
    }

    private String pagina(Verslag v, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("schrijven", toegang.huidige().provincies(Rol.TOEZICHTHOUDER).contains(v.provincie()));
        return "brieven/verslag";
    }
}
