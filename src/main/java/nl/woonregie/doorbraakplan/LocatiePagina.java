package nl.woonregie.doorbraakplan;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one location ({@code /gemeenten/{code}/doorbraakplan/leads/{id}/locatie}), read-only: the lead, its
 * project's facts with checks and findings, its support plan. The projectleider's start page links here through
 * {@code /doorbraakplan/leads/{id}/locatie}.
 */
@Controller
class LocatiePagina {

    private final Locaties locaties;
    private final Leads leads;
    private final Toegang toegang;
    private final GebiedService gebied;
    private final Afdelingen afdelingen;

    LocatiePagina(Locaties locaties, Leads leads, Toegang toegang, GebiedService gebied, Afdelingen afdelingen) {
        this.afdelingen = afdelingen;
        this.locaties = locaties;
        this.leads = leads;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    /** A location by its lead's id alone: on to its municipality's page. */
    @GetMapping("/doorbraakplan/leads/{id}/locatie")
    String naarLocatie(@PathVariable long id) {
        return "redirect:/gemeenten/" + leads.gemeenteVan(toegang.huidige(), id) + "/doorbraakplan/leads/" + id
                + "/locatie";
    }

    @GetMapping("/gemeenten/{code}/doorbraakplan/leads/{id}/locatie")
    String locatie(@PathVariable String code, @PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        Locatie l = locaties.lees(g, code, id);
        model.addAttribute("gemeente", code);
        model.addAttribute("naam", gebied.naam(code));
        model.addAttribute("locatie", l);
        model.addAttribute("leesbaar", Leads.magLezen(g, code));
        java.util.Map<String, String> diensten = new java.util.HashMap<>();
        if (l.steunplan() != null) {
            l.steunplan().regels().forEach(r -> diensten.put(r.dienst(), afdelingen.naam(code, r.dienst())));
            l.steunplan().dekking().stream().filter(d -> d.dienst() != null)
                    .forEach(d -> diensten.put(d.dienst(), afdelingen.naam(code, d.dienst())));
        }
        model.addAttribute("diensten", diensten);
        return "doorbraakplan/locatie";
    }
}
