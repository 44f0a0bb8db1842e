package nl.woonregie.verhuisbox.rapportage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.gebied.GemeenteKaart;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Verhuisbox report in the browser (printable: the print style sheet leaves out navigation and forms): the
 * figures of a period with their legend, the reconciliation checks, destinations as table and map, money per pot,
 * survey and aftercare; every number links to the cases behind it (for the coordinator).
 */
@Controller
class RapportagePagina {

    private final VerhuisboxToegang toegang;
    private final Rapportage rapportage;
    private final GemeenteKaart kaart;
    private final GebiedService gebied;
    private final Clock klok;
    private final Uitgavenopgaven opgaven;

    RapportagePagina(VerhuisboxToegang toegang, Rapportage rapportage, GemeenteKaart kaart, GebiedService gebied,
            Clock klok, Uitgavenopgaven opgaven) {
        this.opgaven = opgaven;
        this.toegang = toegang;
        this.rapportage = rapportage;
        this.kaart = kaart;
        this.gebied = gebied;
        this.klok = klok;
    }

    /** A municipality on the map: its path, the class for the fill, and the text read out / shown on hover. */
    record Vlak(String code, String pad, String klasse, String label, int aantal) {
    }

    /** The period form: the first and last day as typed ({@code <input type=date>}). */
    public record PeriodeFormulier(String van, String tot) {
    }

    /**
     * The report of a period: a year ({@code jaar}, the links), the period of the form, or last year. A period the
     * form names wrongly shows its messages at the fields, with what was typed, above last year's report.
     */
    @GetMapping("/verhuisbox/rapportage")
    String rapport(@ModelAttribute("periodekeuze") PeriodeFormulier f, BindingResult fouten,
            @RequestParam(required = false) Integer jaar, Model model) {
        Gebruiker g = toegang.huidige();
        int vorigJaar = LocalDate.now(klok).getYear() - 1;
        Periode p;
        try {
            p = jaar != null ? Periode.jaar(jaar)
                    : f.van() == null && f.tot() == null ? Periode.jaar(vorigJaar) : Periode.van(f.van(), f.tot());
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            p = Periode.jaar(vorigJaar);
        }
        Rapportage.Rapport r = rapportage.rapport(g, p);
        if (!fouten.hasErrors()) {
            model.addAttribute("periodekeuze", new PeriodeFormulier(p.van().toString(), p.tot().toString()));
        }
        model.addAttribute("rapport", r);
        model.addAttribute("slaging", Rapportage.slagingPerOrganisatie(r));
        model.addAttribute("aannames", rapportage.aannames(p));
        model.addAttribute("opgave", p.heelJaar() ? opgaven.vanTeam(g.team(), p.van().getYear()).orElse(null) : null);
        model.addAttribute("opgaveBeheer", p.heelJaar() && g.heeft(Rol.COORDINATOR));
        model.addAttribute("p", p);
        model.addAttribute("heelJaar", p.heelJaar());
        model.addAttribute("drilldown", g.heeft(Rol.COORDINATOR));
        model.addAttribute("c", r.cijfers().stream().collect(Collectors.toMap(x -> x.figuur().code(), x -> x)));
        model.addAttribute("jaren", List.of(vorigJaar + 1, vorigJaar, vorigJaar - 1, vorigJaar - 2));
        kaart(r, model);
        return "verhuisbox/rapportage";
    }

    private void kaart(Rapportage.Rapport r, Model model) {
        Map<String, Integer> per = Rapportage.perGemeente(r);
        LocalDate dag = r.periode().tot().isAfter(LocalDate.now(klok)) ? LocalDate.now(klok) : r.periode().tot();
        Set<String> provincies = r.cijfer("BESTEMMING_PER_PROVINCIE").delen().stream().map(Rapportage.Deel::sleutel)
                .filter(s -> !Rapportage.ONBEKEND.equals(s)).collect(Collectors.toSet());
        List<Gemeente> gemeenten = gebied.gemeentenOp(dag).stream()
                .filter(gm -> provincies.contains(gm.provincie().code())).sorted(Comparator.comparing(Gemeente::code))
                .toList();
        GemeenteKaart.Kaart k = kaart.kaart(gemeenten.stream().map(Gemeente::code).toList());
        List<Vlak> vlakken = new ArrayList<>();
        for (Gemeente gm : gemeenten) {
            String pad = k.paden().get(gm.code());
            if (pad != null) {
                int n = per.getOrDefault(gm.code(), 0);
                String klasse = n == 0 ? "0" : n == 1 ? "1" : n <= 4 ? "2" : "3";
                vlakken.add(new Vlak(gm.code(), pad, klasse, gm.naam() + ": " + n + (n == 1 ? " huishouden"
                        : " huishoudens"), n));
            }
        }
        model.addAttribute("kaart", k);
        model.addAttribute("vlakken", vlakken);
    }

    @GetMapping("/verhuisbox/rapportage/{figuur}/casussen")
    String casussen(@PathVariable String figuur, @RequestParam(required = false) String van,
            @RequestParam(required = false) String tot, @RequestParam(required = false) String sleutel, Model model) {
        Rapportage.Uitsplitsing u = rapportage.casussen(toegang.huidige(), figuur, van, tot, sleutel,
                "rapportagepagina");
        model.addAttribute("u", u);
        model.addAttribute("p", u.periode());
        return "verhuisbox/rapportage-casussen";
    }
}
