package nl.woonregie.verhuisbox;

import static nl.woonregie.platform.web.Formulier.bedrag;
import static nl.woonregie.platform.web.Formulier.controleer;
import static nl.woonregie.platform.web.Formulier.datum;
import static nl.woonregie.platform.web.Formulier.fouten;
import static nl.woonregie.platform.web.Formulier.geheel;
import static nl.woonregie.platform.web.Formulier.keuze;
import static nl.woonregie.platform.web.Formulier.verplicht;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verhuisbox in the browser, with the same services and access checks as the API: the worklist and cases of the
 * team (and the waiting list with its order explained), the referrals of an aanmelder (status only), and the case
 * page with its timeline and the actions of the current step for the signed-in role.
 */
@Controller
class VerhuisboxPagina {

    private final VerhuisboxToegang toegang;
    private final Casussen casussen;
    private final Zoeken zoeken;
    private final Nazorg nazorg;
    private final Enquete enquete;
    private final Geld geld;
    private final Clock klok;
    private final nl.woonregie.gebied.GebiedService gebied;

    VerhuisboxPagina(VerhuisboxToegang toegang, Casussen casussen, Zoeken zoeken, Nazorg nazorg, Enquete enquete,
            Geld geld, Clock klok, nl.woonregie.gebied.GebiedService gebied) {
        this.gebied = gebied;
        this.toegang = toegang;
        this.casussen = casussen;
        this.zoeken = zoeken;
        this.nazorg = nazorg;
        this.enquete = enquete;
        this.geld = geld;
        this.klok = klok;
    }

    @GetMapping("/verhuisbox")
    String werklijst(Model model) {
        Gebruiker g = toegang.rol(Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        model.addAttribute("taken", casussen.werklijst(g));
        model.addAttribute("casussen", casussen.lijst(g, null));
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("budgetZien", g.rol() == Rol.COORDINATOR || g.rol() == Rol.CONSULENT
                || g.rol() == Rol.ADMINISTRATIEF);
        if (g.rol() == Rol.COORDINATOR || g.rol() == Rol.ICP) {
            int jaar = LocalDate.now(klok).getYear();
            Map<String, Object> lijsten = new LinkedHashMap<>();
            for (Categorie c : Categorie.values()) {
                lijsten.put(c.name(), Map.of("plaatsen", casussen.wachtlijst(g.team(), c),
                        "capaciteit", casussen.capaciteit(g.team(), jaar, c),
                        "gestart", casussen.gestart(g.team(), jaar, c)));
            }
            model.addAttribute("wachtlijsten", lijsten);
            model.addAttribute("kinderenEerst", casussen.kinderenEerst(g.team()));
            model.addAttribute("jaar", jaar);
        }
        return "verhuisbox/werklijst";
    }

    @GetMapping("/verhuisbox/meldingen")
    String meldingen(Model model) {
        Gebruiker g = toegang.rol(Rol.AANMELDER);
        List<Casussen.Statusweergave> lijst = casussen.eigenMeldingen(g);
        lijst.forEach(s -> toegang.statusLezen(s.id()));
        model.addAttribute("meldingen", lijst);
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
            model.addAttribute("invoer", Map.of());
        }
        model.addAttribute("vandaag", LocalDate.now(klok));
        return "verhuisbox/meldingen";
    }

    @PostMapping("/verhuisbox/meldingen")
    String meld(@RequestParam Map<String, String> p, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.rol(Rol.AANMELDER, Rol.ICP);
        List<InvalidParam> f = new ArrayList<>();
        Casussen.Melding m = new Casussen.Melding(p.get("organisatie"), p.get("naam"),
                datum(p.get("geboortedatum"), "geboortedatum", f), p.get("bsn"), p.get("telefoon"), p.get("email"),
                geheel(p.get("volwassenen"), "volwassenen", f), geheel(p.get("kinderen"), "kinderen", f),
                p.get("inkomen"), p.get("slaapplek"), p.get("reden"), regels(p.get("voorkeursregios")),
                p.get("urgentie"), regels(p.get("documenten")),
                "ja".equals(p.get("toestemming")) ? LocalDate.now(klok) : null);
        try {
            if (!f.isEmpty()) {
                throw ApiException.invalid("Ongeldige invoer.", f);
            }
            long id = casussen.meld(m, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De melding is ontvangen (kenmerk VHB-" + id + ").");
        } catch (ApiException e) {
            redirect.addFlashAttribute("fouten", fouten(e));
            redirect.addFlashAttribute("invoer", p);
        }
        return g.rol() == Rol.AANMELDER ? "redirect:/verhuisbox/meldingen" : "redirect:/verhuisbox";
    }

    @GetMapping("/verhuisbox/casussen/{id}")
    String casus(@PathVariable long id, Model model) {
        Gebruiker g = toegang.lezen(id, "casuspagina");
        vul(id, g, model);
        return "verhuisbox/casus";
    }

    private void vul(long id, Gebruiker g, Model model) {
        Casussen.Casus c = casussen.lees(id);
        model.addAttribute("casus", c);
        model.addAttribute("rol", g.rol().name());
        model.addAttribute("tijdlijn", casussen.tijdlijn(id));
        model.addAttribute("checklist", casussen.checklist(id));
        model.addAttribute("inschrijvingen", zoeken.inschrijvingen(id));
        model.addAttribute("reacties", zoeken.reacties(id));
        model.addAttribute("aanbiedingen", zoeken.aanbiedingen(id));
        model.addAttribute("websites", zoeken.websites());
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("stopredenen", Stopreden.values());
        if (c.status() == Status.VERHUIZING) {
            model.addAttribute("gemeenten", gebied.gemeentenOp(LocalDate.now(klok)).stream()
                    .sorted(java.util.Comparator.comparing(nl.woonregie.gebied.Gemeente::naam)).toList());
        }
        model.addAttribute("toegewezen", (g.rol() == Rol.CASEMANAGER && g.gebruikersnaam().equals(c.casemanager()))
                || (g.rol() == Rol.ADMINISTRATIEF && g.gebruikersnaam().equals(c.administratief())));
        if (VerhuisboxToegang.magGeldZien(g, toegang.scope(id))) {
            int jaar = LocalDate.now(klok).getYear();
            model.addAttribute("verstrekkingen", geld.vanCasus(id));
            model.addAttribute("geldRegels", geld.regels(g.team(), jaar));
            model.addAttribute("geldJaar", jaar);
        } else {
            model.addAttribute("verstrekkingen", null);
        }
        // aftercare and the survey: for the assigned casemanager and the coordinator, as in the API
        boolean volgt = (g.rol() == Rol.CASEMANAGER && g.gebruikersnaam().equals(c.casemanager()))
                || g.rol() == Rol.COORDINATOR;
        model.addAttribute("volgt", volgt);
        if (volgt) {
            model.addAttribute("nazorgcontacten", nazorg.contacten(id));
            model.addAttribute("enquete", enquete.van(id).orElse(null));
            model.addAttribute("enqueteMogelijk", Enquete.magEnquete(c.status()));
            model.addAttribute("vragen", Enquete.VRAGEN);
        }
        if (c.status() == Status.ICP_TOETS) {
            model.addAttribute("criteria", casussen.criteria(casussen.criteriaJaar(LocalDate.now(klok).getYear())));
        }
        if (!model.containsAttribute("fouten")) {
            model.addAttribute("fouten", Map.of());
        }
    }

    /** One form handler for the actions on the case page; errors come back as a list on the page. */
    @PostMapping("/verhuisbox/casussen/{id}/{actie}")
    String actie(@PathVariable long id, @PathVariable String actie, @RequestParam Map<String, String> p,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Gebruiker g = toegang.lezen(id, "casuspagina: " + actie);
        String client = Client.van(request);
        String melding;
        try {
            List<InvalidParam> f = new ArrayList<>();
            switch (actie) {
                case "behandelen" -> {
                    overgang(id, g, Status.ICP_TOETS, p.get("reden"), null, client);
                    melding = "De melding is in behandeling genomen.";
                }
                case "toets" -> {
                    toegang.bewerken(id, "ICP-toets", Rol.ICP);
                    List<Casussen.Toetsregel> regels = new ArrayList<>();
                    for (Criterium k : casussen.criteria(casussen.criteriaJaar(LocalDate.now(klok).getYear()))) {
                        String u = p.get("crit_" + k.code());
                        regels.add(new Casussen.Toetsregel(k.code(), u == null ? Criterium.Uitslag.ONBEKEND
                                : VerhuisboxController.enumWaarde(Criterium.Uitslag.class, u, k.code()),
                                p.get("notitie_" + k.code())));
                    }
                    Casussen.ToetsAntwoord a = casussen.toets(id, regels, g, client);
                    melding = switch (a.besluit()) {
                        case GEWEIGERD -> "Niet voldaan aan " + String.join(", ", a.afwijzingsgronden())
                                + ": de melding is geweigerd; de brief voor de aanmelder staat hieronder.";
                        case WACHTLIJST -> "Voldaan: de cliënt staat op de wachtlijst.";
                        case ONVOLLEDIG -> "Vastgelegd. Nog onbekend: " + String.join(", ", a.onbekend()) + ".";
                    };
                }
                case "toewijzen" -> {
                    toegang.bewerken(id, "toewijzing", Rol.COORDINATOR);
                    casussen.wijsToe(id, Casussen.leeg(p.get("casemanager")), Casussen.leeg(p.get("administratief")),
                            g, client);
                    melding = "Toegewezen.";
                }
                case "toelaten" -> {
                    overgang(id, g, Status.INTAKE, p.get("reden"), null, client);
                    melding = "Toegelaten tot de intake.";
                }
                case "intake" -> {
                    toegang.bewerken(id, "intake", Rol.CASEMANAGER);
                    List<Casussen.Zoekregio> regios = new ArrayList<>();
                    for (int i = 1; i <= 3; i++) {
                        String r = Casussen.leeg(p.get("regio" + i));
                        if (r != null) {
                            regios.add(new Casussen.Zoekregio(r, "ja".equals(p.get("kansrijk" + i))));
                        }
                    }
                    String v = p.get("variant");
                    casussen.intake(id, v == null || v.isBlank() ? null
                            : VerhuisboxController.enumWaarde(Variant.class, v, "variant"), regios, g, client);
                    melding = "Dienstverlening en zoekregio's vastgelegd.";
                }
                case "checklist" -> {
                    toegang.bewerken(id, "checklist", Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT);
                    String lijst = p.get("lijst");
                    for (Casussen.Checkitem item : casussen.checklist(id)) {
                        String stand = p.get("item_" + item.code());
                        if (item.lijst().equals(lijst) && stand != null && !stand.equals(item.stand())) {
                            casussen.vink(id, lijst, item.code(), stand, item.notitie(), g, client);
                        }
                    }
                    melding = "De checklist is opgeslagen.";
                }
                case "zoeken" -> {
                    overgang(id, g, Status.ZOEKEN, p.get("reden"), null, client);
                    melding = "De zoekfase is begonnen.";
                }
                case "inschrijven" -> {
                    toegang.bewerken(id, "inschrijving", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
                    Zoeken.NieuweInschrijving n = new Zoeken.NieuweInschrijving(keuze(p.get("website"), "website", f),
                            datum(p.get("datum"), "datum", f), p.get("nummer"), bedrag(p.get("kosten"), "kosten", f),
                            datum(p.get("verlengdatum"), "verlengdatum", f), p.get("gebruikersnaam"),
                            p.get("wachtwoord"));
                    controleer(f);
                    zoeken.schrijfIn(id, n, g, client);
                    melding = "De inschrijving is vastgelegd.";
                }
                case "onthullen" -> {
                    toegang.bewerken(id, "kluis", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
                    Long ins = verplicht(keuze(p.get("inschrijving"), "inschrijving", f), "inschrijving", f);
                    controleer(f);
                    // shown in this very answer, never through the session (no redirect, no flash)
                    model.addAttribute("inloggegevens", zoeken.onthul(id, ins, g, client));
                    model.addAttribute("inloggegevensVan", ins);
                    vul(id, g, model);
                    return "verhuisbox/casus";
                }
                case "reageren" -> {
                    toegang.bewerken(id, "reactie", Rol.ADMINISTRATIEF, Rol.CASEMANAGER);
                    String pos = Casussen.leeg(p.get("positie"));
                    Zoeken.NieuweReactie r = new Zoeken.NieuweReactie(keuze(p.get("inschrijving"),
                            "inschrijving", f), datum(p.get("datum"), "datum", f), p.get("woning"), p.get("soort"),
                            pos == null ? null : geheel(pos, "positie", f));
                    controleer(f);
                    zoeken.reageer(id, r, g, client);
                    melding = "De reactie is vastgelegd.";
                }
                case "aanbod" -> {
                    toegang.bewerken(id, "aanbod", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
                    Zoeken.NieuwAanbod a = new Zoeken.NieuwAanbod(p.get("gemeente"), p.get("corporatie"),
                            p.get("adres"), bedrag(p.get("huur"), "huur", f), datum(p.get("bezichtiging"),
                            "bezichtiging", f), datum(p.get("deadline"), "deadline", f));
                    controleer(f);
                    zoeken.bied(id, a, g, client);
                    melding = "Het aanbod is vastgelegd.";
                }
                case "besluit" -> {
                    toegang.bewerken(id, "besluit aanbod", Rol.CASEMANAGER);
                    Long aanbod = verplicht(keuze(p.get("aanbod"), "aanbod", f), "aanbod", f);
                    controleer(f);
                    if (zoeken.casusVanAanbod(aanbod) != id) {
                        throw ApiException.notFound("Aanbod " + aanbod + " hoort niet bij deze casus.");
                    }
                    zoeken.besluit(aanbod, new Zoeken.Besluit(p.get("besluit"), p.get("toelichting"), p.get("grond"),
                            p.get("website"), p.get("provincie")), g, client);
                    melding = "Het besluit over het aanbod is vastgelegd.";
                }
                case "afsluiten" -> {
                    String u = p.get("uitkomst");
                    String s = Casussen.leeg(p.get("stopreden"));
                    Traject.Afsluiting a = new Traject.Afsluiting(u == null || u.isBlank() ? null
                            : VerhuisboxController.enumWaarde(Uitkomst.class, u, "uitkomst"),
                            s == null ? null : VerhuisboxController.enumWaarde(Stopreden.class, s, "stopreden"),
                            p.get("bestemming"), p.get("bestemmingCode"));
                    LocalDate verhuisdatum = datum(p.get("verhuisdatum"), "verhuisdatum", f);
                    controleer(f);
                    VerhuisboxController.magOvergang(g, Status.AFGESLOTEN, a);
                    casussen.overgang(id, Status.AFGESLOTEN, p.get("reden"), a, verhuisdatum, g, client);
                    melding = "Het traject is afgesloten.";
                }
                case "uitkering" -> {
                    toegang.bewerken(id, "uitkering", Rol.CASEMANAGER, Rol.ADMINISTRATIEF);
                    String b = p.get("beeindigd");
                    casussen.uitkering(id, b == null || b.isBlank() ? null : "ja".equals(b),
                            datum(p.get("op"), "op", f), g, client);
                    melding = "Het einde van de uitkering is vastgelegd.";
                }
                default -> throw ApiException.notFound("Onbekende actie " + actie + ".");
            }
        } catch (ApiException e) {
            if (e.status().value() == 403 || e.status().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("fouten", fouten(e));
            redirect.addFlashAttribute("foutmelding", e.getMessage());
            return "redirect:/verhuisbox/casussen/" + id;
        }
        redirect.addFlashAttribute("melding", melding);
        // after a step the case may have left this role's view (e.g. ICP after admission)
        boolean zichtbaar = VerhuisboxToegang.magLezen(g, toegang.scope(id));
        return zichtbaar ? "redirect:/verhuisbox/casussen/" + id : "redirect:/verhuisbox";
    }

    private void overgang(long id, Gebruiker g, Status naar, String reden, Traject.Afsluiting a, String client) {
        VerhuisboxController.magOvergang(g, naar, a);
        casussen.overgang(id, naar, reden, a, g, client);
    }

    private static List<String> regels(String s) {
        if (s == null) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
