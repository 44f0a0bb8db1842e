package nl.woonregie.verhuisbox.nazorg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Formulier;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.RateLimiter;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Aftercare and the client survey in the browser: recording an aftercare contact and the survey on the case page,
 * a one-time survey link for the client, the public survey form behind that link, the team's aftercare overview,
 * and the yearly survey results with their Excel export. Same service calls as the API; only translates.
 */
@Controller
class NazorgPagina {

    private final VerhuisboxToegang toegang;
    private final Nazorg nazorg;
    private final Enquete enquete;
    private final EnqueteLinks links;
    private final Clock klok;
    private final RateLimiter limiter = new RateLimiter(0.5, 10, 10_000);

    NazorgPagina(VerhuisboxToegang toegang, Nazorg nazorg, Enquete enquete, EnqueteLinks links, Clock klok) {
        this.toegang = toegang;
        this.nazorg = nazorg;
        this.enquete = enquete;
        this.links = links;
        this.klok = klok;
    }

    @PostMapping("/verhuisbox/casussen/{id}/nazorg/{maanden}")
    String nazorg(@PathVariable long id, @PathVariable int maanden, @RequestParam Map<String, String> p,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return opCasus(id, redirect, "Het nazorgcontact na " + maanden + " maanden is vastgelegd.", () ->
                nazorg.leg(id, maanden, new Nazorg.Vastlegging(janee(p.get("woontErNog")), p.get("inkomen"),
                        janee(p.get("maatschappelijkWerk")), p.get("problemen"), p.get("vervolg")), g,
                        Client.van(request)));
    }

    @PostMapping("/verhuisbox/casussen/{id}/enquete")
    String enquete(@PathVariable long id, @RequestParam Map<String, String> p, HttpServletRequest request,
            RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Enquete.Antwoorden a = antwoorden(p, p.get("ingevuldDoor"));
        return opCasus(id, redirect, "De enquête is vastgelegd.", () -> enquete.leg(id, a, g, Client.van(request)));
    }

    @PostMapping("/verhuisbox/casussen/{id}/enquetelink")
    String link(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        EnqueteLinks.NieuweLink[] link = new EnqueteLinks.NieuweLink[1];
        String terug = opCasus(id, redirect, null, () -> link[0] = links.maak(id, g, Client.van(request)));
        if (link[0] == null) {
            return terug;
        }
        // shown in this very answer only (no redirect, no flash in the session), like the vault
        model.addAttribute("casus", id);
        model.addAttribute("link", ServletUriComponentsBuilder.fromContextPath(request).path("/enquete/{token}")
                .buildAndExpand(link[0].token()).toUriString());
        model.addAttribute("geldigTot", link[0].geldigTot());
        return "verhuisbox/enquetelink";
    }

    @GetMapping("/verhuisbox/nazorg")
    String overzicht(Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("overzicht", nazorg.overzicht(g));
        model.addAttribute("coordinator", g.rol() == Rol.COORDINATOR);
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
        model.addAttribute("token", token);
        model.addAttribute("vragen", Enquete.VRAGEN);
        model.addAttribute("fouten", Map.of());
        model.addAttribute("invoer", Map.of());
        return "verhuisbox/enquete-client";
    }

    @PostMapping("/enquete/{token}")
    String vul(@PathVariable String token, @RequestParam Map<String, String> p, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        beperk(request, response);
        model.addAttribute("token", token);
        try {
            links.vul(token, antwoorden(p, "CLIENT"), Client.van(request));
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("vragen", Enquete.VRAGEN);
            model.addAttribute("fouten", Formulier.fouten(e));
            model.addAttribute("invoer", p);
            return "verhuisbox/enquete-client";
        }
        model.addAttribute("bedankt", true);
        return "verhuisbox/enquete-client";
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

    private static String opCasus(long id, RedirectAttributes redirect, String melding, Runnable actie) {
        return Formulier.uitvoeren(redirect, "/verhuisbox/casussen/" + id + "#nazorg-kop", () -> {
            actie.run();
            return melding;
        });
    }

    /** The form's answers; a value that is not a number becomes 0, which the survey refuses with the others. */
    private static Enquete.Antwoorden antwoorden(Map<String, String> p, String door) {
        Map<String, Integer> w = new LinkedHashMap<>();
        for (String vraag : Enquete.VRAGEN.keySet()) {
            String s = p.get(vraag);
            try {
                w.put(vraag, s == null || s.isBlank() ? null : Integer.valueOf(s.strip()));
            } catch (NumberFormatException e) {
                w.put(vraag, 0);
            }
        }
        return new Enquete.Antwoorden(w.get("proces"), w.get("steun"), w.get("tevredenheid"), w.get("vertrouwen"),
                w.get("perspectief"), w.get("overzicht"), p.get("toelichting"), door);
    }

    private static Boolean janee(String s) {
        return "ja".equals(s) ? Boolean.TRUE : "nee".equals(s) ? Boolean.FALSE : null;
    }

    static String door(String ingevuldDoor) {
        return "CLIENT".equals(ingevuldDoor) ? "de cliënt" : "de casemanager met de cliënt";
    }
}
