package nl.woonregie.doorbraakplan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The doorbraakplan's start page for a municipality: where its work stands — leads per state, submitters to inform,
 * the tranches with their late milestones, the support plans — each with the page that carries it on. Shows only
 * what the account may read (the programme team all; the bestuur without the support plans it may not keep; a
 * department its support and the calculator).
 */
@Controller
class OverzichtPagina {

    /** A tranche with the planning's late milestones (from {@link Planning}, on the application's clock). */
    record Trancheregel(Tranche tranche, int teLaat) {
    }

    private final Leads leads;
    private final Planning planning;
    private final Steunplannen steunplannen;
    private final Ondersteuningsberekeningen berekeningen;
    private final GebiedService gebied;
    private final Toegang toegang;

    OverzichtPagina(Leads leads, Planning planning, Steunplannen steunplannen,
            Ondersteuningsberekeningen berekeningen, GebiedService gebied, Toegang toegang) {
        this.leads = leads;
        this.planning = planning;
        this.steunplannen = steunplannen;
        this.berekeningen = berekeningen;
        this.gebied = gebied;
        this.toegang = toegang;
    }

    @GetMapping("/gemeenten/{code}/doorbraakplan")
    String overzicht(@PathVariable String code, Model model) {
        Gebruiker g = berekeningen.vereisRekenen(toegang.huidige(), code);
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        boolean leesbaar = Leads.magLezen(g, code);
        model.addAttribute("leadsLeesbaar", leesbaar);
        if (leesbaar) {
            List<Leadoverzicht> register = leads.register(g, code, null, null);
            Map<Leadstatus, Integer> perStand = new EnumMap<>(Leadstatus.class);
            for (Leadstatus s : Leadstatus.values()) {
                perStand.put(s, 0);
            }
            register.forEach(l -> perStand.merge(l.status(), 1, Integer::sum));
            List<Informeertaak> open = leads.taken(g, code, true);
            List<Trancheregel> tranches = new ArrayList<>();
            for (Tranche t : leads.tranches(g, code)) {
                tranches.add(new Trancheregel(t, planning.planning(g, code, t.id()).teLaat()));
            }
            model.addAttribute("aantalLeads", register.size());
            model.addAttribute("perStand", perStand);
            model.addAttribute("openTaken", open.size());
            model.addAttribute("takenTeLaat", open.stream().filter(Informeertaak::teLaat).count());
            model.addAttribute("tranches", tranches);
        }
        Optional<Steuntoegang.Zicht> zicht = Steuntoegang.zicht(g, code);
        model.addAttribute("steunZicht", zicht.orElse(null));
        if (zicht.isPresent()) {
            Steunoverzicht o = steunplannen.overzicht(g, code);
            model.addAttribute("steunplannen", o.plannen().size());
            model.addAttribute("steuntotaal", o.berekening() == null ? null : o.berekening().totaal());
        }
        return "doorbraakplan/overzicht";
    }
}
