package nl.woonregie.verhuisbox.traject;

import static nl.woonregie.platform.web.Formulier.controleer;
import static nl.woonregie.platform.web.Formulier.datum;
import static nl.woonregie.platform.web.Formulier.fouten;
import static nl.woonregie.platform.web.Formulier.geheel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verhuisbox in the browser, with the same service calls as the API (which authorise and validate): the worklist and
 * cases of the team (and the waiting list with its order explained), the referrals of an aanmelder (status only), and
 * the case page with its timeline and exactly the forms the account's {@link Rechten} allow. The other parts of
 * Verhuisbox add their sections and actions to the case page ({@link Casuspaginadeel}). This class only translates
 * forms to service calls and results to pages.
 */
@Controller
class VerhuisboxPagina {

    private final VerhuisboxToegang toegang;
    private final CasusDienst casussen;
    private final Overgangen overgangen;
    private final Toetsing toetsing;
    private final Checklisten checklisten;
    private final Wachtlijsten wachtlijsten;
    private final Taken taken;
    private final List<Casuspaginadeel> delen;
    private final Map<String, Casuspaginadeel.Actie> acties = new LinkedHashMap<>();
    private final GebiedService gebied;
    private final Clock klok;

    VerhuisboxPagina(VerhuisboxToegang toegang, CasusDienst casussen, Overgangen overgangen, Toetsing toetsing,
            Checklisten checklisten, Wachtlijsten wachtlijsten, Taken taken, List<Casuspaginadeel> delen,
            GebiedService gebied, Clock klok) {
        this.toegang = toegang;
        this.casussen = casussen;
        this.overgangen = overgangen;
        this.toetsing = toetsing;
        this.checklisten = checklisten;
        this.wachtlijsten = wachtlijsten;
        this.taken = taken;
        this.delen = delen;
        this.gebied = gebied;
        this.klok = klok;
        eigenActies();
        delen.forEach(d -> acties.putAll(d.acties()));
    }

    @GetMapping("/verhuisbox")
    String werklijst(Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("taken", taken.werklijst(g));
        model.addAttribute("casussen", casussen.lijst(g, null));
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("budgetZien", g.rol() == Rol.COORDINATOR || g.rol() == Rol.CONSULENT
                || g.rol() == Rol.ADMINISTRATIEF);
        if (g.rol() == Rol.COORDINATOR || g.rol() == Rol.ICP) {
            Map<String, Object> lijsten = new LinkedHashMap<>();
            wachtlijsten.lijsten(g).forEach((c, l) -> lijsten.put(c.name(), Map.of("plaatsen", l.plaatsen(),
                    "capaciteit", l.capaciteit(), "gestart", l.gestart())));
            model.addAttribute("wachtlijsten", lijsten);
            model.addAttribute("kinderenEerst", wachtlijsten.kinderenEerst(g.team()));
            model.addAttribute("jaar", LocalDate.now(klok).getYear());
        }
        return "verhuisbox/werklijst";
    }

    @GetMapping("/verhuisbox/meldingen")
    String meldingen(Model model) {
        model.addAttribute("meldingen", casussen.eigenMeldingen(toegang.huidige()));
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
            model.addAttribute("invoer", Map.of());
        }
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "verhuisbox/meldingen";
    }

    @PostMapping("/verhuisbox/meldingen")
    String meld(@RequestParam Map<String, String> p, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        List<InvalidParam> f = new ArrayList<>();
        Casussen.Melding m = new Casussen.Melding(p.get("organisatie"), p.get("naam"),
                datum(p.get("geboortedatum"), "geboortedatum", f), p.get("bsn"), p.get("telefoon"), p.get("email"),
                geheel(p.get("volwassenen"), "volwassenen", f), geheel(p.get("kinderen"), "kinderen", f),
                p.get("inkomen"), p.get("slaapplek"), p.get("reden"), regels(p.get("voorkeursregios")),
                p.get("urgentie"), regels(p.get("documenten")),
                "ja".equals(p.get("toestemming")) ? LocalDate.now(klok) : null);
        try {
            controleer(f);
            long id = casussen.meld(m, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De melding is ontvangen (kenmerk VHB-" + id + ").");
        } catch (ApiException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", fouten(e));
            redirect.addFlashAttribute("invoer", p);
        }
        return g.rol() == Rol.AANMELDER ? "redirect:/verhuisbox/meldingen" : "redirect:/verhuisbox";
    }

    @GetMapping("/verhuisbox/casussen/{id}")
    String casus(@PathVariable long id, Model model) {
        Gebruiker g = toegang.huidige();
        vul(id, g, toegang.vereis(g, id, Handeling.CASUSPAGINA), model);
        return "verhuisbox/casus";
    }

    private void vul(long id, Gebruiker g, Rechten rechten, Model model) {
        Casussen.Casus c = casussen.lees(id);
        model.addAttribute("casus", c);
        model.addAttribute("rol", g.rol().name());
        model.addAttribute("rechten", rechten);
        model.addAttribute("tijdlijn", casussen.tijdlijn(id));
        model.addAttribute("checklist", checklisten.items(id));
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("stopredenen", Stopreden.values());
        if (c.status() == Status.VERHUIZING) {
            model.addAttribute("gemeenten", gebied.gemeentenOp(LocalDate.now(klok)).stream()
                    .sorted(Comparator.comparing(Gemeente::naam)).toList());
        }
        if (c.status() == Status.ICP_TOETS) {
            model.addAttribute("criteria", toetsing.criteria(toetsing.criteriaJaar(LocalDate.now(klok).getYear())));
        }
        for (Casuspaginadeel d : delen) {
            d.vul(c, g, rechten, model);
        }
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
        }
    }

    /** One form handler for the actions on the case page; errors come back as a list on the page. */
    @PostMapping("/verhuisbox/casussen/{id}/{actie}")
    String actie(@PathVariable long id, @PathVariable String actie, @RequestParam Map<String, String> p,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Casuspaginadeel.Actie a = acties.get(actie);
        if (a == null) {
            toegang.vereis(g, id, Handeling.CASUSPAGINA);
            throw ApiException.notFound("Onbekende actie " + actie + ".");
        }
        String melding;
        try {
            melding = a.voerUit(id, p, g, Client.van(request), model);
        } catch (ApiException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", fouten(e));
            redirect.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/verhuisbox/casussen/" + id;
        }
        if (melding == null) {
            // shown in this very answer (e.g. credentials from the vault), never through the session
            vul(id, g, toegang.rechten(g, id), model);
            return "verhuisbox/casus";
        }
        redirect.addFlashAttribute("melding", melding);
        // after a step the case may have left this role's view (e.g. ICP after admission)
        return toegang.rechten(g, id).lezen() ? "redirect:/verhuisbox/casussen/" + id : "redirect:/verhuisbox";
    }

    /** The trajectory's own actions of the case page. */
    private void eigenActies() {
        acties.put("behandelen", (id, p, g, client, m) -> {
            overgang(id, "ICP_TOETS", p, g, client);
            return "De melding is in behandeling genomen.";
        });
        acties.put("toets", (id, p, g, client, m) -> {
            List<Casussen.Toetsregel> regels = new ArrayList<>();
            for (Criterium k : toetsing.criteria(toetsing.criteriaJaar(LocalDate.now(klok).getYear()))) {
                regels.add(new Casussen.Toetsregel(k.code(), uitslag(p.get("crit_" + k.code())),
                        p.get("notitie_" + k.code())));
            }
            Casussen.ToetsAntwoord t = toetsing.toets(id, regels, g, client);
            return switch (t.besluit()) {
                case GEWEIGERD -> "Niet voldaan aan " + String.join(", ", t.afwijzingsgronden())
                        + ": de melding is geweigerd; de brief voor de aanmelder staat hieronder.";
                case WACHTLIJST -> "Voldaan: de cliënt staat op de wachtlijst.";
                case ONVOLLEDIG -> "Vastgelegd. Nog onbekend: " + String.join(", ", t.onbekend()) + ".";
            };
        });
        acties.put("toewijzen", (id, p, g, client, m) -> {
            casussen.wijsToe(id, p.get("casemanager"), p.get("administratief"), g, client);
            return "Toegewezen.";
        });
        acties.put("toelaten", (id, p, g, client, m) -> {
            overgang(id, "INTAKE", p, g, client);
            return "Toegelaten tot de intake.";
        });
        acties.put("intake", (id, p, g, client, m) -> {
            List<Casussen.Zoekregio> regios = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String r = Invoer.leeg(p.get("regio" + i));
                if (r != null) {
                    regios.add(new Casussen.Zoekregio(r, "ja".equals(p.get("kansrijk" + i))));
                }
            }
            casussen.intake(id, new CasusDienst.IntakeVerzoek(Invoer.leeg(p.get("variant")), regios), g, client);
            return "Dienstverlening en zoekregio's vastgelegd.";
        });
        acties.put("checklist", (id, p, g, client, m) -> {
            Map<String, String> standen = new LinkedHashMap<>();
            p.forEach((k, v) -> {
                if (k.startsWith("item_")) {
                    standen.put(k.substring("item_".length()), v);
                }
            });
            checklisten.vinkLijst(id, p.get("lijst"), standen, g, client);
            return "De checklist is opgeslagen.";
        });
        acties.put("zoeken", (id, p, g, client, m) -> {
            overgang(id, "ZOEKEN", p, g, client);
            return "De zoekfase is begonnen.";
        });
        acties.put("afsluiten", (id, p, g, client, m) -> {
            List<InvalidParam> f = new ArrayList<>();
            LocalDate verhuisdatum = datum(p.get("verhuisdatum"), "verhuisdatum", f);
            controleer(f);
            overgangen.overgang(id, new Overgangen.OvergangVerzoek("AFGESLOTEN", p.get("reden"),
                    Invoer.leeg(p.get("uitkomst")), Invoer.leeg(p.get("stopreden")), p.get("bestemming"),
                    p.get("bestemmingCode"), verhuisdatum), g, client);
            return "Het traject is afgesloten.";
        });
        acties.put("uitkering", (id, p, g, client, m) -> {
            String b = p.get("beeindigd");
            casussen.uitkering(id, new CasusDienst.UitkeringVerzoek(b == null || b.isBlank() ? null : "ja".equals(b),
                    datum(p.get("op"), "op", new ArrayList<>())), g, client);
            return "Het einde van de uitkering is vastgelegd.";
        });
    }

    private void overgang(long id, String naar, Map<String, String> p, Gebruiker g, String client) {
        overgangen.overgang(id, new Overgangen.OvergangVerzoek(naar, p.get("reden"), null, null, null, null, null), g,
                client);
    }

    /** The outcome chosen for a criterion; null (refused by the toets, naming the field) when it is not one. */
    private static Criterium.Uitslag uitslag(String u) {
        if (u == null) {
            return Criterium.Uitslag.ONBEKEND;
        }
        try {
            return Criterium.Uitslag.valueOf(u.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> regels(String s) {
        if (s == null) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
