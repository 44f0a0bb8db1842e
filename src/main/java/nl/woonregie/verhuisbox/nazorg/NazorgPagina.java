package nl.woonregie.verhuisbox.nazorg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.RateLimiter;
import nl.woonregie.verhuisbox.traject.Casuspagina;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * Aftercare and the client survey in the browser: recording an aftercare contact and the survey on the case page,
 * a one-time survey link for the client, the public survey form behind that link (the questions only, nothing of the
 * case), the team's aftercare overview, and the yearly survey results with their Excel export. Same service calls as
 * the API; each form is a record bound with a {@link BindingResult} ({@link Bindingfouten#stap}), a refused one shown
 * again with the messages at the fields. Only translates.
 */
@Controller
class NazorgPagina {

    private final VerhuisboxToegang toegang;
    private final Nazorg nazorg;
    private final Enquete enquete;
    private final EnqueteLinks links;
    private final Casuspagina casuspagina;
    private final Clock klok;
    private final RateLimiter limiter = new RateLimiter(0.5, 10, 10_000);

    NazorgPagina(VerhuisboxToegang toegang, Nazorg nazorg, Enquete enquete, EnqueteLinks links,
            Casuspagina casuspagina, Clock klok) {
        this.toegang = toegang;
        this.casuspagina = casuspagina;
        this.nazorg = nazorg;
        this.enquete = enquete;
        this.links = links;
        this.klok = klok;
    }

    // ---------------------------------------------------------------- the form records

    /** An aftercare contact ({@code maanden} from the path); ja/nee as chosen. */
    public record ContactFormulier(String maanden, String woontErNog, String inkomen, String maatschappelijkWerk,
            String problemen, String vervolg) {

        Nazorg.Vastlegging vastlegging() {
            return new Nazorg.Vastlegging(janee(woontErNog), inkomen, janee(maatschappelijkWerk), problemen, vervolg);
        }
    }

    /** The six answers (1 to 5) and the remark; who filled it in (not on the client's own form). */
    public record EnqueteFormulier(String proces, String steun, String tevredenheid, String vertrouwen,
            String perspectief, String overzicht, String toelichting, String ingevuldDoor) {

        Enquete.Antwoorden antwoorden(BindingResult fouten, String door) {
            return new Enquete.Antwoorden(Bindingfouten.geheel(fouten, "proces", proces),
                    Bindingfouten.geheel(fouten, "steun", steun),
                    Bindingfouten.geheel(fouten, "tevredenheid", tevredenheid),
                    Bindingfouten.geheel(fouten, "vertrouwen", vertrouwen),
                    Bindingfouten.geheel(fouten, "perspectief", perspectief),
                    Bindingfouten.geheel(fouten, "overzicht", overzicht), toelichting, door);
        }
    }

    /** The button that makes a survey link: no fields; a refusal is the form's message. */
    public record LinkFormulier() {
    }

    // ---------------------------------------------------------------- the case page's forms

    @PostMapping("/verhuisbox/casussen/{id}/nazorg/{maanden}")
    String nazorg(@PathVariable long id, @PathVariable int maanden, @ModelAttribute("contact") ContactFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            nazorg.leg(id, maanden, f.vastlegging(), g, Client.van(request));
            return gelukt(id, redirect, "Het nazorgcontact na " + maanden + " maanden is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/enquete")
    String enquete(@PathVariable long id, @ModelAttribute("enqueteformulier") EnqueteFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Enquete.Antwoorden a = f.antwoorden(fouten, f.ingevuldDoor());
        return Bindingfouten.stap(model, fouten, () -> enquete.controleer(id, a, g), () -> {
            enquete.leg(id, a, g, Client.van(request));
            return gelukt(id, redirect, "De enquête is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/enquetelink")
    String link(@PathVariable long id, @ModelAttribute("enquetelink") LinkFormulier f, BindingResult fouten,
            HttpServletRequest request, Model model) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            EnqueteLinks.NieuweLink link = links.maak(id, g, Client.van(request));
            // shown in this very answer only (no redirect, no flash in the session), like the vault
            model.addAttribute("casus", id);
            model.addAttribute("link", link.url());
            model.addAttribute("geldigTot", link.geldigTot());
            return "verhuisbox/enquetelink";
        }, () -> casuspagina.toon(id, g, model));
    }

    @GetMapping("/verhuisbox/nazorg")
    String overzicht(Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("overzicht", nazorg.overzicht(g));
        model.addAttribute("coordinator", g.heeft(Rol.COORDINATOR));
        return "verhuisbox/nazorg";
    }

    @GetMapping("/verhuisbox/enquete")
    String resultaten(@RequestParam(required = false) Integer jaar, Model model) {
        model.addAttribute("overzicht", enquete.overzicht(toegang.huidige(), jaar));
        model.addAttribute("vragen", Enquete.VRAGEN);
        model.addAttribute("jaren", java.util.stream.IntStream.rangeClosed(2021, LocalDate.now(klok).getYear())
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        return "verhuisbox/enquete";
    }

    @GetMapping("/verhuisbox/enquete.xlsx")
    ResponseEntity<byte[]> resultatenXlsx(@RequestParam(required = false) Integer jaar) {
        Enquete.Jaaroverzicht o = enquete.overzicht(toegang.huidige(), jaar);
        List<List<?>> vragen = new ArrayList<>();
        for (Enquete.Verdeling v : o.vragen()) {
            List<Object> rij = new ArrayList<>(List.of(v.tekst()));
            rij.add(v.gemiddelde());
            rij.addAll(v.aantallen());
            vragen.add(rij);
        }
        List<List<?>> toelichtingen = o.toelichtingen().stream()
                .<List<?>>map(t -> List.of(t.datum(), door(t.ingevuldDoor()), t.tekst())).toList();
        byte[] xlsx = Spreadsheet.werkmap()
                .blad("Enquête " + o.jaar(), List.of("Vraag (schaal 1 tot en met 5)", "Gemiddelde", "Aantal 1",
                        "Aantal 2", "Aantal 3", "Aantal 4", "Aantal 5"), vragen)
                .blad("Toelichtingen", List.of("Datum", "Ingevuld door", "Toelichting"), toelichtingen)
                .blad("Verantwoording", List.of("Gegeven", "Waarde"), List.of(
                        List.of("Jaar", o.jaar()), List.of("Aantal ingevulde enquêtes", o.aantal()),
                        List.of("Door de cliënt zelf (via link of op papier)", o.doorClient()),
                        List.of("Door de casemanager met de cliënt", o.doorCasemanager()),
                        List.of("Definitie", "Elke casus heeft hoogstens één enquête; het jaar is het jaar waarin de "
                                + "enquête is vastgelegd. Toelichtingen zonder naam of casusnummer.")))
                .bytes();
        return Download.bijlage(xlsx, Spreadsheet.XLSX, "klantenquete-" + o.jaar() + ".xlsx");
    }

    // ---------------------------------------------------------------- the client's survey form (no account)

    @GetMapping("/enquete/{token}")
    String formulier(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        beperk(request, response);
        if (links.casus(token).isEmpty()) {
            throw EnqueteLinks.ongeldig();
        }
        return clientformulier(token, model);
    }

    /** The client's form: the questions only, nothing of the case. */
    private String clientformulier(String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("vragen", Enquete.VRAGEN);
        Casuspaginadeel.formulier(model, "antwoorden", new EnqueteFormulier(null, null, null, null, null, null, null,
                null));
        return "verhuisbox/enquete-client";
    }

    @PostMapping("/enquete/{token}")
    String vul(@PathVariable String token, @ModelAttribute("antwoorden") EnqueteFormulier f, BindingResult fouten,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        beperk(request, response);
        Enquete.Antwoorden a = f.antwoorden(fouten, "CLIENT");
        return Bindingfouten.stap(model, fouten, () -> links.controleer(token, a), () -> {
            links.vul(token, a, Client.van(request));
            model.addAttribute("token", token);
            model.addAttribute("bedankt", true);
            return "verhuisbox/enquete-client";
        }, () -> clientformulier(token, model));
    }

    /** The link is the credential: never sent on as a referrer, and a client cannot try links at speed. */
    private void beperk(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!limiter.probeer(Client.van(request))) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Te veel verzoeken",
                    "Te veel verzoeken; probeer het over " + limiter.wachtSeconden() + " seconden opnieuw.", null);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String gelukt(long id, RedirectAttributes redirect, String melding) {
        redirect.addFlashAttribute("melding", melding);
        return "redirect:/verhuisbox/casussen/" + id + "#nazorg-kop";
    }

    private static Boolean janee(String s) {
        return "ja".equals(s) ? Boolean.TRUE : "nee".equals(s) ? Boolean.FALSE : null;
    }

    static String door(String ingevuldDoor) {
        return "CLIENT".equals(ingevuldDoor) ? "de cliënt" : "de casemanager met de cliënt";
    }
}
