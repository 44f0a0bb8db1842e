package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.verhuisbox.traject.Casuspaginadeel.formulier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.traject.Casuspagina;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
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
 * Verhuisbox money in the browser, with the same service calls as the API: the budget page (overview per pot with
 * warning and forecast, pots and rules for the coordinator, proposals to decide for the consulent, payments to
 * register) and the forms of the "Geld" section of the case page. Each form is a record bound with a
 * {@link BindingResult}, judged by {@link Verstrekkingen} and {@link Potten} ({@link Bindingfouten#stap}); a refused
 * step shows the page it came from again (the budget page, or the case page when {@code terug} is "casus") with the
 * messages at the fields and the values as entered. The budget page offers what the account's rights allow: per
 * grant the rights on its case, and the budget rights of {@link Potten}. Only translates.
 */
@Controller
class GeldPagina {

    private final VerhuisboxToegang toegang;
    private final Potten potten;
    private final Verstrekkingen verstrekkingen;
    private final Leningen leningen;
    private final Casuspagina casuspagina;
    private final Clock klok;

    GeldPagina(VerhuisboxToegang toegang, Potten potten, Verstrekkingen verstrekkingen, Leningen leningen,
            Casuspagina casuspagina, Clock klok) {
        this.toegang = toegang;
        this.potten = potten;
        this.verstrekkingen = verstrekkingen;
        this.leningen = leningen;
        this.casuspagina = casuspagina;
        this.klok = klok;
    }

    // ---------------------------------------------------------------- the form records

    /** A grant proposed on the case page; the amount as typed (1.750,00). */
    public record VoorstelFormulier(String soort, String bedrag, String toelichting, String waardendriehoek,
            String gemeente, String woonoppervlakte) {

        Geld.Voorstel voorstel(BindingResult fouten) {
            return new Geld.Voorstel(soort, Bindingfouten.bedrag(fouten, "bedrag", bedrag), toelichting,
                    waardendriehoek, gemeente, null, Bindingfouten.geheel(fouten, "woonoppervlakte", woonoppervlakte));
        }
    }

    /**
     * The decision on a grant by a consulent, its payment and the coordinator's override; {@code id} is the grant's
     * (from the path), {@code terug} "casus" when the form is on the case page.
     */
    public record GoedkeuringFormulier(String id, String terug) {
    }

    public record AfwijzingFormulier(String id, String reden, String terug) {
    }

    public record BetalingFormulier(String id, String betaaldOp, String referentie, String terug) {

        Geld.Betaling betaling(BindingResult fouten) {
            return new Geld.Betaling(Bindingfouten.datum(fouten, "betaaldOp", betaaldOp), referentie);
        }
    }

    public record OverschrijdingFormulier(String id, String reden, String terug) {
    }

    /** The terms of a loan on the case page ({@code id}: the grant's; {@code versie} the version changed). */
    public record LeningFormulier(String id, String looptijdMaanden, String eersteVervaldatum,
            String achterstandDagen, String versie) {

        Leningen.Voorwaardeninvoer invoer(BindingResult fouten) {
            return new Leningen.Voorwaardeninvoer(Bindingfouten.geheel(fouten, "looptijdMaanden", looptijdMaanden),
                    Bindingfouten.datum(fouten, "eersteVervaldatum", eersteVervaldatum), null,
                    Bindingfouten.geheel(fouten, "achterstandDagen", achterstandDagen),
                    Bindingfouten.geheel(fouten, "versie", versie));
        }
    }

    /** A repayment of a loan; the amount as typed (145,83). */
    public record AflossingFormulier(String id, String datum, String bedrag, String referentie) {

        Leningen.Aflossinginvoer invoer(BindingResult fouten) {
            return new Leningen.Aflossinginvoer(Bindingfouten.datum(fouten, "datum", datum),
                    Bindingfouten.bedrag(fouten, "bedrag", bedrag), referentie);
        }
    }

    /** A follow-up note on a loan. */
    public record OpvolgingFormulier(String id, String soort, String toelichting) {

        Leningen.Opvolginginvoer invoer() {
            return new Leningen.Opvolginginvoer(soort, toelichting);
        }
    }

    /** A pot of the year ({@code id} from the path). */
    public record PotFormulier(String id, String naam, String bedrag, String waarschuwingPct) {

        Potten.PotWijziging wijziging(BindingResult fouten) {
            return new Potten.PotWijziging(naam, Bindingfouten.bedrag(fouten, "bedrag", bedrag),
                    Bindingfouten.geheel(fouten, "waarschuwingPct", waarschuwingPct), null);
        }
    }

    /** A rule of the year; the checkboxes "ja" when ticked. */
    public record RegelFormulier(String jaar, String soort, String omschrijving, String vormBuiten, String vormEigen,
            String potGift, String potLening, String richtbedrag, String maximum, String grondslagGift,
            String grondslagLening, String bezwaar, String opAanvraag, String waardendriehoek) {

        Potten.RegelInvoer invoer(BindingResult fouten) {
            return new Potten.RegelInvoer(Bindingfouten.geheel(fouten, "jaar", jaar), soort, omschrijving, vormBuiten,
                    vormEigen, Invoer.leeg(potGift), Invoer.leeg(potLening),
                    Bindingfouten.bedrag(fouten, "richtbedrag", richtbedrag),
                    Bindingfouten.bedrag(fouten, "maximum", maximum), Invoer.leeg(grondslagGift),
                    Invoer.leeg(grondslagLening), "ja".equals(bezwaar), "ja".equals(opAanvraag),
                    "ja".equals(waardendriehoek));
        }
    }

    // ---------------------------------------------------------------- the budget page

    @GetMapping("/verhuisbox/budget")
    String budget(@RequestParam(required = false) Integer jaar, Model model) {
        return budgetpagina(toegang.huidige(), jaar, model);
    }

    private String budgetpagina(Gebruiker g, Integer jaar, Model model) {
        List<Potten.Potstand> standen = potten.overzicht(g, jaar);
        int j = Jaren.gevraagd(jaar, klok);
        Verstrekkingen.TeBehandelen teBehandelen = verstrekkingen.teBehandelen(g, j);
        List<Geld.Verstrekking> voorgesteld = teBehandelen.voorgesteld();
        List<Geld.Verstrekking> goedgekeurd = teBehandelen.goedgekeurd();
        List<Geld.Verstrekking> beide = new ArrayList<>(voorgesteld);
        beide.addAll(goedgekeurd);
        model.addAttribute("jaar", j);
        model.addAttribute("standen", standen);
        model.addAttribute("waarschuwingen", standen.stream().filter(Potten.Potstand::waarschuwing).toList());
        // what is left per pot: the coordinator's override is offered only where a grant would go beyond it
        model.addAttribute("resterend", standen.stream().collect(Collectors.toMap(st -> st.pot().id(),
                Potten.Potstand::resterend)));
        model.addAttribute("regels", potten.regels(g.team(), j));
        // a pot is shown by its name, never by its code
        model.addAttribute("potnamen", standen.stream().collect(Collectors.toMap(st -> st.pot().code(),
                st -> st.pot().naam(), (a, b) -> a)));
        model.addAttribute("prognose", GeldController.PROGNOSE);
        model.addAttribute("voorgesteld", voorgesteld);
        model.addAttribute("goedgekeurd", goedgekeurd);
        model.addAttribute("rechten", verstrekkingen.rechten(g, beide));
        model.addAttribute("budgetrechten", potten.rechten(g));
        model.addAttribute("vandaag", LocalDate.now(klok));
        formulier(model, "goedkeuring", new GoedkeuringFormulier(null, null));
        formulier(model, "afwijzing", new AfwijzingFormulier(null, null, null));
        formulier(model, "betaling", new BetalingFormulier(null, LocalDate.now(klok).toString(), null, null));
        formulier(model, "overschrijding", new OverschrijdingFormulier(null, null, null));
        formulier(model, "pot", new PotFormulier(null, null, null, null));
        formulier(model, "regel", new RegelFormulier(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null));
        return "verhuisbox/budget";
    }

    @PostMapping("/verhuisbox/budget/potten/{id}")
    String pot(@PathVariable long id, @ModelAttribute("pot") PotFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Potten.PotWijziging w = f.wijziging(fouten);
        return Bindingfouten.stap(model, fouten, () -> potten.controleerPot(id, w, g), () -> {
            Potten.Pot p = potten.wijzigPot(id, w, g, Client.van(request));
            return gelukt(redirect, "/verhuisbox/budget?jaar=" + p.jaar(), "De pot is gewijzigd.");
        }, () -> budgetpagina(g, potten.eigenPot(id, g).jaar(), model));
    }

    @PostMapping("/verhuisbox/budget/regels")
    String regel(@ModelAttribute("regel") RegelFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Potten.RegelInvoer r = f.invoer(fouten);
        return Bindingfouten.stap(model, fouten, () -> potten.controleerRegel(r, g), () -> {
            Potten.Regel n = potten.zetRegel(r, g, Client.van(request));
            return gelukt(redirect, "/verhuisbox/budget?jaar=" + n.jaar(), "De regel '" + n.omschrijving()
                    + "' is vastgesteld.");
        }, () -> budgetpagina(g, Jaren.geldig(r.jaar()) ? r.jaar() : null, model));
    }

    // ---------------------------------------------------------------- grants

    @PostMapping("/verhuisbox/casussen/{id}/geld/voorstel")
    String voorstel(@PathVariable long id, @ModelAttribute("voorstel") VoorstelFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Geld.Voorstel v = f.voorstel(fouten);
        return Bindingfouten.stap(model, fouten, () -> verstrekkingen.controleerVoorstel(id, v, g), () -> {
            Geld.Verstrekking n = verstrekkingen.stelVoor(id, v, g, Client.van(request));
            return gelukt(redirect, "/verhuisbox/casussen/" + id + "#geld", "Voorgesteld: " + n.omschrijving() + " "
                    + Weergave.euro(n.bedrag()) + " als " + (n.vorm() == Geld.Vorm.GIFT ? "gift" : "lening")
                    + "; een consulent beoordeelt het voorstel.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/goedkeuren")
    String goedkeuren(@PathVariable long id, @ModelAttribute("goedkeuring") GoedkeuringFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            Geld.Verstrekking v = verstrekkingen.keurGoed(id, g, Client.van(request));
            return gelukt(redirect, terug(f.terug(), id), "Goedgekeurd met kenmerk " + v.kenmerk()
                    + "; de beschikking is gemaakt.");
        }, () -> opnieuw(f.terug(), id, g, model));
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/afwijzen")
    String afwijzen(@PathVariable long id, @ModelAttribute("afwijzing") AfwijzingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            verstrekkingen.wijsAf(id, f.reden(), g, Client.van(request));
            return gelukt(redirect, terug(f.terug(), id), "Het voorstel is afgewezen.");
        }, () -> opnieuw(f.terug(), id, g, model));
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/betalen")
    String betalen(@PathVariable long id, @ModelAttribute("betaling") BetalingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Geld.Betaling b = f.betaling(fouten);
        return Bindingfouten.stap(model, fouten, () -> verstrekkingen.controleerBetaling(id, b, g), () -> {
            verstrekkingen.betaal(id, b, g, Client.van(request));
            return gelukt(redirect, terug(f.terug(), id), "De betaling is vastgelegd.");
        }, () -> opnieuw(f.terug(), id, g, model));
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/overschrijden")
    String overschrijden(@PathVariable long id, @ModelAttribute("overschrijding") OverschrijdingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            verstrekkingen.staOverschrijdingToe(id, f.reden(), g, Client.van(request));
            return gelukt(redirect, terug(f.terug(), id), "De overschrijding is toegestaan en vastgelegd.");
        }, () -> opnieuw(f.terug(), id, g, model));
    }

    // ---------------------------------------------------------------- loans (on the case page)

    @PostMapping("/verhuisbox/verstrekkingen/{id}/lening")
    String lening(@PathVariable long id, @ModelAttribute("leningvoorwaarden") LeningFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Leningen.Voorwaardeninvoer in = f.invoer(fouten);
        return Bindingfouten.stap(model, fouten, () -> leningen.controleerVoorwaarden(id, in, g), () -> {
            Leningen.Lening l = leningen.legVoorwaardenVast(id, in, g, Client.van(request));
            return gelukt(redirect, terug("casus", id), "De voorwaarden van lening " + l.kenmerk()
                    + " zijn vastgelegd: " + l.voorwaarden().looptijdMaanden() + " termijnen van "
                    + Weergave.euro(l.voorwaarden().termijnbedrag()) + ", de eerste op "
                    + Weergave.dag(l.voorwaarden().eersteVervaldatum()) + ".");
        }, () -> opnieuw("casus", id, g, model));
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/aflossing")
    String aflossing(@PathVariable long id, @ModelAttribute("aflossing") AflossingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Leningen.Aflossinginvoer in = f.invoer(fouten);
        return Bindingfouten.stap(model, fouten, () -> leningen.controleerAflossing(id, in, g), () -> {
            Leningen.Lening l = leningen.losAf(id, in, g, Client.van(request));
            return gelukt(redirect, terug("casus", id), "De aflossing is vastgelegd; de achterstand is nu "
                    + Weergave.euro(l.stand().achterstand()) + ".");
        }, () -> opnieuw("casus", id, g, model));
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/opvolging")
    String opvolging(@PathVariable long id, @ModelAttribute("opvolging") OpvolgingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Leningen.Opvolginginvoer in = f.invoer();
        return Bindingfouten.stap(model, fouten, () -> leningen.controleerOpvolging(id, in, g), () -> {
            leningen.volgOp(id, in, g, Client.van(request));
            return gelukt(redirect, terug("casus", id), "De opvolging is vastgelegd.");
        }, () -> opnieuw("casus", id, g, model));
    }

    // ---------------------------------------------------------------- helpers

    private static String gelukt(RedirectAttributes redirect, String pad, String melding) {
        redirect.addFlashAttribute("melding", melding);
        return "redirect:" + pad;
    }

    /** Back to the case page (the form was on it) or to the budget page of the grant's year. */
    private String terug(String terug, long verstrekking) {
        return "casus".equals(terug) ? "/verhuisbox/casussen/" + verstrekkingen.casusVan(verstrekking) + "#geld"
                : "/verhuisbox/budget?jaar=" + verstrekkingen.lees(verstrekking).jaar();
    }

    /** The page the refused form was on, again. */
    private String opnieuw(String terug, long verstrekking, Gebruiker g, Model model) {
        return "casus".equals(terug) ? casuspagina.toon(verstrekkingen.casusVan(verstrekking), g, model)
                : budgetpagina(g, verstrekkingen.lees(verstrekking).jaar(), model);
    }
}
