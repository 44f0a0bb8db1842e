package nl.woonregie.toezicht.web;

import java.util.List;

import nl.woonregie.document.Documenten;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.VastgelegdeBrieven;
import nl.woonregie.toezicht.VerwachteVoortgang;
import nl.woonregie.toezicht.opvolging.Actie;
import nl.woonregie.toezicht.opvolging.InzendingService;
import nl.woonregie.toezicht.opvolging.PlanVanAanpak;
import nl.woonregie.toezicht.opvolging.PlanVanAanpakService;
import nl.woonregie.toezicht.opvolging.Toezichtgesprek;
import nl.woonregie.toezicht.opvolging.ToezichtgesprekService;
import nl.woonregie.toezicht.ronde.ToezichtHistorie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The municipality page: its step and what it means, a chart over time, every judgment with its motivering,
 * findings, supervision talks and action plans. A GEMEENTE account lands here and sees only its own municipality.
 */
@Controller
class GemeentePagina {

    private final Toegang toegang;
    private final GebiedService gebied;
    private final ToezichtHistorie historie;
    private final ToezichtgesprekService gesprekken;
    private final PlanVanAanpakService plannen;
    private final InzendingService inzendingen;
    private final List<VastgelegdeBrieven> brieven;
    private final Documenten documenten;
    private final List<VerwachteVoortgang> voortgang;

    GemeentePagina(Toegang toegang, GebiedService gebied, ToezichtHistorie historie,
            ToezichtgesprekService gesprekken, PlanVanAanpakService plannen, List<VastgelegdeBrieven> brieven,
            Documenten documenten, List<VerwachteVoortgang> voortgang, InzendingService inzendingen) {
        this.inzendingen = inzendingen;
        this.voortgang = voortgang;
        this.brieven = brieven;
        this.documenten = documenten;
        this.toegang = toegang;
        this.gebied = gebied;
        this.historie = historie;
        this.gesprekken = gesprekken;
        this.plannen = plannen;
    }

    @GetMapping("/gemeenten/{code}")
    String gemeente(@PathVariable String code, Model model) {
        Gebruiker g = toegang.toezichtLezen(code);
        Gemeente gemeente = gebied.gemeente(code).orElseThrow(() -> ApiException.notFound("Onbekende gemeente."));
        ToezichtHistorie.Historie h = historie.van(code, g);
        model.addAttribute("gemeente", gemeente);
        model.addAttribute("historie", h);
        model.addAttribute("magToezien", Toegang.magProvincieToezien(g, gemeente.provincie().code()));
        List<Grafiek.Punt> punten = h.perioden().stream().map(p -> new Grafiek.Punt(p.periode(), p.taakstelling(),
                p.opgave(), p.gehuisvest() != null ? p.gehuisvest() : p.gehuisvestTussentijds(), p.saldoUit(),
                p.tredeNaEindoordeel())).toList();
        model.addAttribute("grafiek", punten.isEmpty() ? null
                : Grafiek.svg(punten, "Taakstelling, opgave, gehuisvest en saldo per periode van " + gemeente.naam()));
        VerwachteVoortgang.Gemeentebeeld prognose = voortgang.stream()
                .flatMap(v -> v.vanGemeente(code, g).stream()).findFirst().orElse(null);
        model.addAttribute("prognose", prognose);
        model.addAttribute("prognosegrafiek", prognose == null || prognose.reeks().isEmpty() ? null
                : Grafiek.voortgang(prognose, "Verwacht gehuisvest per week en het vereiste tempo naar de opgave van "
                        + gemeente.naam()));
        List<Toezichtgesprek> lijst = gesprekken.vanGemeente(code, null);
        model.addAttribute("gesprekken", lijst);
        model.addAttribute("gesprekdocumenten", documenten.vanObjecten("toezichtgesprek",
                lijst.stream().map(Toezichtgesprek::id).toList(), g));
        var vandaag = plannen.vandaag();
        List<PlanVanAanpak> planlijst = plannen.vanGemeente(code, vandaag);
        model.addAttribute("plannen", planlijst);
        model.addAttribute("plandocumenten", documenten.vanObjecten("plan-van-aanpak",
                planlijst.stream().map(PlanVanAanpak::id).toList(), g));
        model.addAttribute("magPlandocumentToevoegen", !planlijst.isEmpty()
                && documenten.rechten("plan-van-aanpak", planlijst.get(0).id(), g).toevoegen());
        model.addAttribute("maxDocumentgrootte", documenten.maxGrootte());
        model.addAttribute("openActies", plannen.actiesVanGemeente(code, Actie.Filter.OPEN, vandaag));
        model.addAttribute("vandaag", vandaag);
        model.addAttribute("ingediendPlan", inzendingen.laatstePlan(code).orElse(null));
        // the province sees every frozen letter; the municipality (and any other reader) only those sent to it
        boolean toezien = Toegang.magProvincieToezien(g, gemeente.provincie().code());
        model.addAttribute("brieven", brieven.stream().flatMap(b -> b.vanGemeente(code).stream())
                .filter(b -> toezien || b.verzondenOp() != null).toList());
        return "toezicht/gemeente";
    }
}
