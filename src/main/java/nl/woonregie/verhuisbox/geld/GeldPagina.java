package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.platform.web.Formulier.bedrag;
import static nl.woonregie.platform.web.Formulier.controleer;
import static nl.woonregie.platform.web.Formulier.datum;
import static nl.woonregie.platform.web.Formulier.geheel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Formulier;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verhuisbox money in the browser, with the same service calls as the API: the budget page (overview per pot with
 * warning and forecast, pots and rules for the coordinator, proposals to decide for the consulent, payments to
 * register) and the forms of the "Geld" section of the case page. Only translates forms and pages.
 */
@Controller
class GeldPagina {

    private final VerhuisboxToegang toegang;
    private final Potten potten;
    private final Verstrekkingen verstrekkingen;
    private final Clock klok;

    GeldPagina(VerhuisboxToegang toegang, Potten potten, Verstrekkingen verstrekkingen, Clock klok) {
        this.toegang = toegang;
        this.potten = potten;
        this.verstrekkingen = verstrekkingen;
        this.klok = klok;
    }

    @GetMapping("/verhuisbox/budget")
    String budget(@RequestParam(required = false) Integer jaar, Model model) {
        Gebruiker g = toegang.huidige();
        List<Potten.Potstand> standen = potten.overzicht(g, jaar);
        int j = Jaren.gevraagd(jaar, klok);
        model.addAttribute("jaar", j);
        model.addAttribute("rol", g.rol().name());
        model.addAttribute("standen", standen);
        model.addAttribute("waarschuwingen", standen.stream().filter(Potten.Potstand::waarschuwing).toList());
        // what is left per pot: the coordinator's override is offered only where a grant would go beyond it
        model.addAttribute("resterend", standen.stream().collect(Collectors.toMap(st -> st.pot().id(),
                Potten.Potstand::resterend)));
        model.addAttribute("regels", potten.regels(g.team(), j));
        model.addAttribute("prognose", GeldController.PROGNOSE);
        model.addAttribute("voorgesteld", verstrekkingen.lijst(g, j, Geld.Verstrekkingstatus.VOORGESTELD));
        model.addAttribute("goedgekeurd", verstrekkingen.lijst(g, j, Geld.Verstrekkingstatus.GOEDGEKEURD));
        model.addAttribute("vandaag", LocalDate.now(klok));
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
        }
        return "verhuisbox/budget";
    }

    @PostMapping("/verhuisbox/budget/potten/{id}")
    String pot(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return doe(redirect, "/verhuisbox/budget?jaar=" + potten.teWijzigenPot(id, g).jaar(), () -> {
            List<InvalidParam> f = new ArrayList<>();
            Potten.PotWijziging w = new Potten.PotWijziging(p.get("naam"), bedrag(p.get("bedrag"), "bedrag", f),
                    geheel(p.get("waarschuwingPct"), "waarschuwingPct", f), null);
            controleer(f);
            potten.wijzigPot(id, w, g, Client.van(request));
            return "De pot is gewijzigd.";
        });
    }

    @PostMapping("/verhuisbox/budget/regels")
    String regel(@RequestParam Map<String, String> p, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        List<InvalidParam> f = new ArrayList<>();
        Integer jaar = geheel(p.get("jaar"), "jaar", f);
        return doe(redirect, "/verhuisbox/budget" + (jaar == null ? "" : "?jaar=" + jaar), () -> {
            Potten.RegelInvoer r = new Potten.RegelInvoer(jaar, p.get("soort"), p.get("omschrijving"),
                    p.get("vormBuiten"), p.get("vormEigen"), Invoer.leeg(p.get("potGift")),
                    Invoer.leeg(p.get("potLening")), bedrag(p.get("richtbedrag"), "richtbedrag", f),
                    bedrag(p.get("maximum"), "maximum", f), Invoer.leeg(p.get("grondslagGift")),
                    Invoer.leeg(p.get("grondslagLening")), "ja".equals(p.get("bezwaar")),
                    "ja".equals(p.get("opAanvraag")), "ja".equals(p.get("waardendriehoek")));
            controleer(f);
            potten.zetRegel(r, g, Client.van(request));
            return "De regel " + r.soort() + " is vastgesteld.";
        });
    }

    @PostMapping("/verhuisbox/casussen/{id}/geld/voorstel")
    String voorstel(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return doe(redirect, "/verhuisbox/casussen/" + id + "#geld", () -> {
            List<InvalidParam> f = new ArrayList<>();
            Geld.Voorstel v = new Geld.Voorstel(p.get("soort"), bedrag(p.get("bedrag"), "bedrag", f),
                    p.get("toelichting"), p.get("waardendriehoek"), p.get("gemeente"), null);
            controleer(f);
            Geld.Verstrekking n = verstrekkingen.stelVoor(id, v, g, Client.van(request));
            return "Voorgesteld: " + n.omschrijving() + " " + Weergave.euro(n.bedrag()) + " als "
                    + (n.vorm() == Geld.Vorm.GIFT ? "gift" : "lening") + "; een consulent beoordeelt het voorstel.";
        });
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/goedkeuren")
    String goedkeuren(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return doe(redirect, terug(p, id), () -> {
            Geld.Verstrekking v = verstrekkingen.keurGoed(id, g, Client.van(request));
            return "Goedgekeurd met kenmerk " + v.kenmerk() + "; de beschikking is gemaakt.";
        });
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/afwijzen")
    String afwijzen(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return doe(redirect, terug(p, id), () -> {
            verstrekkingen.wijsAf(id, p.get("reden"), g, Client.van(request));
            return "Het voorstel is afgewezen.";
        });
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/betalen")
    String betalen(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return doe(redirect, terug(p, id), () -> {
            List<InvalidParam> f = new ArrayList<>();
            LocalDate op = datum(p.get("betaaldOp"), "betaaldOp", f);
            controleer(f);
            verstrekkingen.betaal(id, new Geld.Betaling(op, p.get("referentie")), g, Client.van(request));
            return "De betaling is vastgelegd.";
        });
    }

    @PostMapping("/verhuisbox/verstrekkingen/{id}/overschrijden")
    String overschrijden(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return doe(redirect, terug(p, id), () -> {
            verstrekkingen.staOverschrijdingToe(id, p.get("reden"), g, Client.van(request));
            return "De overschrijding is toegestaan en vastgelegd.";
        });
    }

    private String terug(Map<String, String> p, long verstrekking) {
        return "casus".equals(p.get("terug")) ? "/verhuisbox/casussen/" + verstrekkingen.casusVan(verstrekking)
                + "#geld" : "/verhuisbox/budget?jaar=" + verstrekkingen.lees(verstrekking).jaar();
    }

    interface Actie {
        String doe();
    }

    private static String doe(RedirectAttributes redirect, String terug, Actie actie) {
        return Formulier.uitvoeren(redirect, terug, actie::doe);
    }
}
