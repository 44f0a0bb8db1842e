package nl.woonregie.brieven;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Brieven verzenden" of a round ({@code /rondes/{id}/verzending}, linked from the round page once it is vastgesteld):
 * per municipality and addressee the way, the status and the dates, the post to print, and the button that sends
 * what is not sent yet. TOEZICHTHOUDER of the province and BEHEERDER.
 */
@Controller
class VerzendPagina {

    private final BriefVerzending verzending;
    private final Downloadlinks links;
    private final Toegang toegang;

    VerzendPagina(BriefVerzending verzending, Downloadlinks links, Toegang toegang) {
        this.verzending = verzending;
        this.links = links;
        this.toegang = toegang;
    }

    @GetMapping("/rondes/{id}/verzending")
    String pagina(@PathVariable long id, Model model) {
        Verzendstand stand = verzending.stand(id, toegang.huidige());
        model.addAttribute("stand", stand);
        model.addAttribute("perPost", stand.gemeenten().stream().flatMap(g -> g.geadresseerden().stream()
                .filter(a -> a.status() == Verzendstatus.PER_POST).map(a -> new PostRegel(g, a))).toList());
        int teVerzenden = stand.aantallen().getOrDefault(Verzendstatus.NIET_VERZONDEN, 0)
                + stand.aantallen().getOrDefault(Verzendstatus.MISLUKT, 0)
                + stand.aantallen().getOrDefault(Verzendstatus.LINK_VERLOPEN, 0)
                + stand.aantallen().getOrDefault(Verzendstatus.LINK_INGETROKKEN, 0);
        model.addAttribute("teVerzenden", teVerzenden);
        return "brieven/verzending";
    }

    /** A line of the post list: the letter and the addressee it goes to by post. */
    record PostRegel(Verzendstand.Gemeente gemeente, Verzendstand.Geadresseerde geadresseerde) {
    }

    @PostMapping("/rondes/{id}/verzenden")
    String verzend(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Verzendstand voor = verzending.stand(id, toegang.huidige());
            int eerder = aantalGeplaatst(voor);
            Verzendstand na = verzending.verzend(id, toegang.huidige(), Client.van(request));
            int nu = aantalGeplaatst(na);
            int email = na.aantallen().getOrDefault(Verzendstatus.IN_WACHTRIJ, 0);
            redirect.addFlashAttribute("melding", nu == eerder
                    ? "Er was niets meer te verzenden: elke brief is al verzonden of staat in de wachtrij."
                    : "De brieven zijn verzonden: " + email + (email == 1 ? " e-mail staat" : " e-mails staan")
                            + " in de wachtrij van de uitgaande post; wat per post gaat, staat in de postlijst.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", List.of(e.getMessage()));
        }
        return "redirect:/rondes/" + id + "/verzending";
    }

    /** Where a withdrawal may return to: the sending page of a round or the page of a besluit of steps 4–6. */
    private static final java.util.regex.Pattern TERUG = java.util.regex.Pattern.compile(
            "/(rondes/\\d{1,18}/verzending|vooraankondigingen/\\d{1,18}|indeplaatsstellingen/\\d{1,18}"
                    + "|indeplaatsstellingsverslagen/\\d{1,18})");

    /** A refused withdrawal, shown at its form with the reason as typed (a flash attribute: kept in the session). */
    record Intrekfout(long verzending, String melding, String reden) implements java.io.Serializable {
    }

    /**
     * Withdraws a sending's download link from the table of a round's sending or a besluit's page
     * ({@link Downloadlinks#trekIn}); back to that page with the outcome, or with the error at the form and the reason
     * kept.
     */
    @PostMapping("/brief-verzendingen/{id}/downloadlink-intrekken")
    String trekIn(@PathVariable long id, @RequestParam(required = false) String reden,
            @RequestParam(required = false) String terug, HttpServletRequest request, RedirectAttributes redirect) {
        String pagina = terug != null && TERUG.matcher(terug).matches() ? terug : "/";
        try {
            links.trekIn(id, reden, toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", "De downloadlink is ingetrokken: hij werkt niet meer. Bij opnieuw "
                    + "verzenden krijgt de geadresseerde een nieuwe link.");
        } catch (ApiException e) {
            if (e.status().value() == 400) {
                String melding = e.invalidParams().get(0).reason();
                redirect.addFlashAttribute("intrekfout", new Intrekfout(id, melding, reden == null ? "" : reden));
                redirect.addFlashAttribute("fout", "De downloadlink is niet ingetrokken: " + melding);
            } else if (e.status().value() == 409) {
                redirect.addFlashAttribute("fout", e.getMessage());
            } else {
                throw e;
            }
        }
        return "redirect:" + pagina;
    }

    /** How many sendings were placed (every placement counted, so a failed e-mail placed again counts). */
    private static int aantalGeplaatst(Verzendstand s) {
        return s.gemeenten().stream().flatMap(g -> g.geadresseerden().stream())
                .mapToInt(a -> a.plaatsingen() == null ? 0 : a.plaatsingen()).sum();
    }
}
