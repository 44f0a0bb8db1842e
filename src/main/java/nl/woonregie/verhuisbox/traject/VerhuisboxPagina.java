package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verhuisbox in the browser, with the same service calls as the API (which authorise and validate): the worklist and
 * cases of the team (and the waiting list with its order explained), the referrals of an aanmelder (status only) and
 * the referral form, and the case page ({@link Casuspagina}) with the trajectory's steps. Each step's form is a form
 * record bound with a {@link BindingResult}; the pipeline is {@link Bindingfouten#stap}: the service judges, its
 * invalid fields are put at the form's fields, and a refused step shows the same page again with every entered value.
 * This class only translates forms to service calls and results to pages.
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
    private final Casuspagina casuspagina;
    private final List<Werklijstlink> werklijstlinks;
    private final Clock klok;
    private final Verwijzers verwijzers;
    private final Overdrachten overdrachten;

    VerhuisboxPagina(VerhuisboxToegang toegang, CasusDienst casussen, Overgangen overgangen, Toetsing toetsing,
            Checklisten checklisten, Wachtlijsten wachtlijsten, Taken taken, Casuspagina casuspagina,
            List<Werklijstlink> werklijstlinks, Clock klok, Verwijzers verwijzers, Overdrachten overdrachten) {
        this.verwijzers = verwijzers;
        this.overdrachten = overdrachten;
        this.toegang = toegang;
        this.casussen = casussen;
        this.overgangen = overgangen;
        this.toetsing = toetsing;
        this.checklisten = checklisten;
        this.wachtlijsten = wachtlijsten;
        this.taken = taken;
        this.casuspagina = casuspagina;
        this.werklijstlinks = werklijstlinks;
        this.klok = klok;
    }

    // ---------------------------------------------------------------- the form records

    /**
     * The referral form; the regions and documents one per line, consent given today when ticked ("ja"); the route
     * chosen (REGULIER or ALLEEN_GELD).
     */
    public record MeldingFormulier(String organisatie, String naam, String geboortedatum, String bsn,
            String telefoon, String email, String volwassenen, String kinderen, String inkomen, String slaapplek,
            String reden, String voorkeursregios, String urgentie, String documenten, String toestemmingOp,
            String route, String remigrant, String dakloosSinds, String soortSlaapplaats, String soortInkomen,
            String opvang, String werkperspectief) {

        static MeldingFormulier leeg() {
            return new MeldingFormulier(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, Route.REGULIER.name(), null, null, null, null, null, null);
        }

        /** "ja" true, "nee" false, else not given. */
        private static Boolean jaNee(String s) {
            return "ja".equals(s) ? Boolean.TRUE : "nee".equals(s) ? Boolean.FALSE : null;
        }

        Casussen.Melding melding(BindingResult fouten, LocalDate vandaag) {
            return new Casussen.Melding(organisatie, naam, Bindingfouten.datum(fouten, "geboortedatum", geboortedatum),
                    bsn, telefoon, email, Bindingfouten.geheel(fouten, "volwassenen", volwassenen),
                    Bindingfouten.geheel(fouten, "kinderen", kinderen), inkomen, slaapplek, reden,
                    regels(voorkeursregios), urgentie, regels(documenten), "ja".equals(toestemmingOp) ? vandaag : null,
                    route, null, jaNee(remigrant), Bindingfouten.geheel(fouten, "dakloosSinds", dakloosSinds),
                    soortSlaapplaats, soortInkomen, opvang, jaNee(werkperspectief));
        }
    }

    /** A step of the trajectory with its reason (taking up, admitting, to searching). */
    public record OvergangFormulier(String reden) {
    }

    /** The ICP-toets: per criterion code its outcome (VOLDAAN, NIET_VOLDAAN, ONBEKEND) and a note. */
    public record ToetsFormulier(Map<String, String> uitkomst, Map<String, String> notitie) {

        static ToetsFormulier leeg() {
            return new ToetsFormulier(new LinkedHashMap<>(), new LinkedHashMap<>());
        }
    }

    /** The account names of the casemanager and the administratief. */
    public record ToewijzingFormulier(String casemanager, String administratief) {
    }

    /** The service variant and up to three search regions (a row without a region is left out). */
    public record IntakeFormulier(String variant, List<Regio> zoekregios) {

        static final int REGIOS = 3;

        /**
         * A search region: typed, {@code zeerKansrijk} "ja" when ticked; or {@code gebied}, the id of an area of the
         * register of search areas (its name and zeer kansrijk are the register's, ADR 0061).
         */
        public record Regio(String regio, String zeerKansrijk, String gebied) {
        }

        CasusDienst.IntakeVerzoek verzoek() {
            List<Casussen.Zoekregio> regios = new ArrayList<>();
            for (Regio r : zoekregios == null ? List.<Regio>of() : zoekregios) {
                if (r != null && Invoer.leeg(r.gebied()) != null) {
                    long id;
                    try {
                        id = Long.parseLong(r.gebied().strip());
                    } catch (NumberFormatException e) {
                        id = -1; // not an area of the register: the service names it
                    }
                    regios.add(new Casussen.Zoekregio(null, null, id));
                } else if (r != null && Invoer.leeg(r.regio()) != null) {
                    regios.add(new Casussen.Zoekregio(r.regio().strip(), "ja".equals(r.zeerKansrijk())));
                }
            }
            return new CasusDienst.IntakeVerzoek(Invoer.leeg(variant), regios);
        }
    }

    /** One checklist: per item code its stand (OPEN, GEDAAN, NVT). */
    public record ChecklistFormulier(String lijst, Map<String, String> stand) {
    }

    /** Closing after the move or the housing in Den Haag. */
    public record AfsluitingFormulier(String uitkomst, String bestemmingCode, String bestemming, String verhuisdatum,
            String reden) {

        Overgangen.OvergangVerzoek verzoek(BindingResult fouten) {
            return new Overgangen.OvergangVerzoek(Status.AFGESLOTEN.name(), reden, Invoer.leeg(uitkomst), null,
                    bestemming, bestemmingCode, Bindingfouten.datum(fouten, "verhuisdatum", verhuisdatum));
        }
    }

    /** Stopping the trajectory, with a reason from the fixed list. */
    public record StopFormulier(String stopreden, String reden) {
    }

    /** A hand-over to the receiving municipality: to whom, when, what. */
    public record OverdrachtFormulier(String organisatie, String contactpersoon, String email, String datum,
            String wat) {

        Overdrachten.OverdrachtVerzoek verzoek(BindingResult fouten) {
            return new Overdrachten.OverdrachtVerzoek(Invoer.leeg(organisatie), Invoer.leeg(contactpersoon),
                    Invoer.leeg(email), Bindingfouten.datum(fouten, "datum", datum), Invoer.leeg(wat));
        }
    }

    /** Housing in the own network ({@code briefadres}, {@code kostendelersnormUit}: ja or nee). */
    public record NetwerkFormulier(String bij, String datum, String briefadres, String kostendelersnormUit) {

        CasusDienst.NetwerkVerzoek verzoek(BindingResult fouten) {
            String b = Invoer.leeg(briefadres);
            String k = Invoer.leeg(kostendelersnormUit);
            return new CasusDienst.NetwerkVerzoek(Invoer.leeg(bij), Bindingfouten.datum(fouten, "datum", datum),
                    b == null ? null : "ja".equals(b), k == null ? null : "ja".equals(k));
        }
    }

    /** Closing as housed in the own network: the day and the reason. */
    public record NetwerkAfsluitingFormulier(String verhuisdatum, String reden) {

        Overgangen.OvergangVerzoek verzoek(BindingResult fouten) {
            return new Overgangen.OvergangVerzoek(Status.AFGESLOTEN.name(), reden, "GEHUISVEST_NETWERK", null, null,
                    null, Bindingfouten.datum(fouten, "verhuisdatum", verhuisdatum));
        }
    }

    /** The family talk of the CJG rule: its day and the CJG gezinscoach. */
    public record GezinsgesprekFormulier(String datum, String gezinscoach) {

        CasusDienst.GezinsgesprekVerzoek verzoek(BindingResult fouten) {
            return new CasusDienst.GezinsgesprekVerzoek(Bindingfouten.datum(fouten, "datum", datum),
                    Invoer.leeg(gezinscoach));
        }
    }

    /** The end of the Den Haag benefit ({@code beeindigd}: ja or nee). */
    public record UitkeringFormulier(String beeindigd, String op) {

        CasusDienst.UitkeringVerzoek verzoek(BindingResult fouten) {
            String b = Invoer.leeg(beeindigd);
            return new CasusDienst.UitkeringVerzoek(b == null ? null : "ja".equals(b),
                    Bindingfouten.datum(fouten, "op", op));
        }
    }

    // ---------------------------------------------------------------- worklist and referrals

    /**
     * The search of a list page, in its URL query: a name or case number, the case's state, a kind of task, only
     * overdue ("ja"), the page.
     */
    public record LijstFormulier(String zoek, String status, String taak, String teLaat, String pagina) {

        Lijstvraag vraag() {
            return new Lijstvraag(zoek, status, taak, teLaat, pagina, null);
        }
    }

    /** Rows per page of the worklist and the list of cases. */
    static final int PER_PAGINA = 25;

    @GetMapping("/verhuisbox")
    String werklijst(@ModelAttribute("filter") LijstFormulier f, BindingResult fouten, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("taken", lijst(model, fouten, f, v -> taken.werklijst(g, v, PER_PAGINA, "werklijst")));
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("links", links(g));
        if (g.heeft(Rol.COORDINATOR, Rol.ICP)) {
            Map<String, Object> lijsten = new LinkedHashMap<>();
            wachtlijsten.lijsten(g).forEach((c, l) -> lijsten.put(c.name(), Map.of("plaatsen", l.plaatsen(),
                    "capaciteit", l.capaciteit(), "gestart", l.gestart())));
            model.addAttribute("wachtlijsten", lijsten);
            model.addAttribute("kinderenEerst", wachtlijsten.kinderenEerst(g.team()));
            model.addAttribute("jaar", LocalDate.now(klok).getYear());
        }
        return "verhuisbox/werklijst";
    }

    /** The pages besides the lists this account may open, in the Verhuisbox navigation (each part's Werklijstlink). */
    private List<Werklijstlink.Link> links(Gebruiker g) {
        return werklijstlinks.stream().flatMap(l -> l.voor(g).stream())
                .sorted(java.util.Comparator.comparingInt(Werklijstlink.Link::volgorde)).toList();
    }

    @GetMapping("/verhuisbox/casussen")
    String casussen(@ModelAttribute("filter") LijstFormulier f, BindingResult fouten, Model model) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("casussen", lijst(model, fouten, f,
                v -> casussen.lijst(g, v, PER_PAGINA, "casussenlijst")));
        model.addAttribute("links", links(g));
        return "verhuisbox/casussen";
    }

    /**
     * A page of a list for the search of the form; a search the service refuses (400) puts its messages at the
     * form's fields and shows the list without a search. The search's choices, the links to the previous and next
     * page (the search kept in the query) go into the model.
     */
    private <T> Bladzijde<T> lijst(Model model, BindingResult fouten, LijstFormulier f,
            Function<Lijstvraag, Bladzijde<T>> zoek) {
        Bladzijde<T> b;
        try {
            b = zoek.apply(f.vraag());
        } catch (ApiException e) {
            if (e.status().value() != 400) {
                throw e;
            }
            Bindingfouten.voegToe(fouten, e);
            model.addAttribute(Bindingfouten.FOUTFORMULIER, "filter");
            b = zoek.apply(Lijstvraag.leeg());
        }
        model.addAttribute("statussen", Status.values());
        model.addAttribute("taaksoorten", Taaksoort.values());
        model.addAttribute("gefilterd", !fouten.hasErrors() && (Invoer.leeg(f.zoek()) != null
                || Invoer.leeg(f.status()) != null || Invoer.leeg(f.taak()) != null
                || "ja".equals(f.teLaat())));
        model.addAttribute("vorige", b.heeftVorige() ? adres(f, b.pagina() - 1) : null);
        model.addAttribute("volgende", b.heeftVolgende() ? adres(f, b.pagina() + 1) : null);
        return b;
    }

    /** The query of the same search on another page (the parts given, in the form's order). */
    static String adres(LijstFormulier f, int pagina) {
        UriComponentsBuilder u = UriComponentsBuilder.newInstance();
        String[][] delen = {{"zoek", f.zoek()}, {"status", f.status()}, {"taak", f.taak()}, {"teLaat", f.teLaat()}};
        for (String[] d : delen) {
            if (d[1] != null && !d[1].isBlank()) {
                u.queryParam(d[0], d[1].strip());
            }
        }
        return u.queryParam("pagina", pagina).encode().build().toUriString();
    }

    @GetMapping("/verhuisbox/meldingen")
    String meldingen(Model model) {
        model.addAttribute("meldingen", casussen.eigenMeldingen(toegang.huidige()));
        return meldingformulier(model);
    }

    private String meldingformulier(Model model) {
        Casuspaginadeel.formulier(model, "aanmelding", MeldingFormulier.leeg());
        model.addAttribute("vandaag", LocalDate.now(klok));
        model.addAttribute("verwijzer", verwijzers.vanAanmelder(toegang.huidige()).map(v -> v.naam()).orElse(null));
        model.addAttribute("slaapplaatsen", Slaapplaats.values());
        model.addAttribute("inkomens", Historie.Inkomen.values());
        return "verhuisbox/meldingen";
    }

    @PostMapping("/verhuisbox/meldingen")
    String meld(@ModelAttribute("aanmelding") MeldingFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Casussen.Melding m = f.melding(fouten, LocalDate.now(klok));
        return Bindingfouten.stap(model, fouten, () -> casussen.controleer(m, g), () -> {
            long id = casussen.meld(m, g, Client.van(request));
            redirect.addFlashAttribute("melding", "De melding is ontvangen (kenmerk VHB-" + id + ").");
            return g.heeft(Rol.AANMELDER) ? "redirect:/verhuisbox/meldingen" : "redirect:/verhuisbox";
        }, () -> {
            // the list of own referrals is the aanmelder's; an ICP (who may refer through the API) sees the form only
            if (g.heeft(Rol.AANMELDER)) {
                model.addAttribute("meldingen", casussen.eigenMeldingen(g));
            }
            return meldingformulier(model);
        });
    }

    // ---------------------------------------------------------------- the case page and the trajectory's steps

    @GetMapping("/verhuisbox/casussen/{id}")
    String casus(@PathVariable long id, Model model) {
        return casuspagina.toon(id, toegang.huidige(), model);
    }

    @PostMapping("/verhuisbox/casussen/{id}/behandelen")
    String behandelen(@PathVariable long id, @ModelAttribute("behandelen") OvergangFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return overgang(id, Status.ICP_TOETS, f, fouten, model, request, redirect,
                "De melding is in behandeling genomen.");
    }

    @PostMapping("/verhuisbox/casussen/{id}/toelaten")
    String toelaten(@PathVariable long id, @ModelAttribute("toelaten") OvergangFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return overgang(id, Status.INTAKE, f, fouten, model, request, redirect, "Toegelaten tot de intake.");
    }

    @PostMapping("/verhuisbox/casussen/{id}/zoeken")
    String naarZoeken(@PathVariable long id, @ModelAttribute("naarZoeken") OvergangFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        return overgang(id, Status.ZOEKEN, f, fouten, model, request, redirect, "De zoekfase is begonnen.");
    }

    private String overgang(long id, Status naar, OvergangFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect, String melding) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            overgangen.overgang(id, new Overgangen.OvergangVerzoek(naar.name(), f.reden(), null, null, null, null,
                    null), g, Client.van(request));
            return gelukt(id, g, redirect, melding);
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/toets")
    String toets(@PathVariable long id, @ModelAttribute("toets") ToetsFormulier f, BindingResult fouten, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        List<Criterium> criteria = toetsing.criteria(toetsing.criteriaJaar(LocalDate.now(klok).getYear()));
        return Bindingfouten.stap(model, fouten, () -> {
            List<Casussen.Toetsregel> regels = new ArrayList<>();
            for (Criterium k : criteria) {
                regels.add(new Casussen.Toetsregel(k.code(), uitslag(waarde(f.uitkomst(), k.code())),
                        waarde(f.notitie(), k.code())));
            }
            Casussen.ToetsAntwoord t;
            try {
                t = toetsing.toets(id, regels, g, Client.van(request));
            } catch (ApiException e) {
                throw perCriterium(e, criteria);
            }
            return gelukt(id, g, redirect, switch (t.besluit()) {
                case GEWEIGERD -> "Niet voldaan aan " + String.join(", ", t.afwijzingsgronden())
                        + ": de melding is geweigerd; de brief voor de aanmelder staat hieronder.";
                case WACHTLIJST -> "Voldaan: de cliënt staat op de wachtlijst.";
                case ALLEEN_GELD -> "Voldaan: de cliënt gaat verder op de route alleen geld (geen wachtlijst); "
                        + "de coördinator wijst een casemanager toe.";
                case ONVOLLEDIG -> "Vastgelegd. Nog onbekend: " + String.join(", ", t.onbekend()) + ".";
            });
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/toewijzen")
    String toewijzen(@PathVariable long id, @ModelAttribute("toewijzing") ToewijzingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            casussen.wijsToe(id, f.casemanager(), f.administratief(), g, Client.van(request));
            return gelukt(id, g, redirect, "Toegewezen.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/intake")
    String intake(@PathVariable long id, @ModelAttribute("intake") IntakeFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        CasusDienst.IntakeVerzoek v = f.verzoek();
        return Bindingfouten.stap(model, fouten, () -> {
            casussen.intake(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "Dienstverlening en zoekregio's vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/checklist")
    String checklist(@PathVariable long id, @ModelAttribute("vinklijst") ChecklistFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            checklisten.vinkLijst(id, f.lijst(), f.stand() == null ? Map.of() : f.stand(), g, Client.van(request));
            return gelukt(id, g, redirect, "De checklist is opgeslagen.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/afsluiten")
    String afsluiten(@PathVariable long id, @ModelAttribute("afsluiting") AfsluitingFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Overgangen.OvergangVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> overgangen.controleer(id, v, g), () -> {
            overgangen.overgang(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "Het traject is afgesloten.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/stoppen")
    String stoppen(@PathVariable long id, @ModelAttribute("stoppen") StopFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        return Bindingfouten.stap(model, fouten, () -> {
            overgangen.overgang(id, new Overgangen.OvergangVerzoek(Status.AFGESLOTEN.name(), f.reden(), "GESTOPT",
                    Invoer.leeg(f.stopreden()), null, null, null), g, Client.van(request));
            return gelukt(id, g, redirect, "Het traject is afgesloten.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/overdracht")
    String overdracht(@PathVariable long id, @ModelAttribute("overdracht") OverdrachtFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Overdrachten.OverdrachtVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> overdrachten.controleer(id, v, g), () -> {
            overdrachten.leg(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "De overdracht is vastgelegd en de e-mail staat in de uitgaande post.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/netwerk")
    String netwerk(@PathVariable long id, @ModelAttribute("netwerk") NetwerkFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        CasusDienst.NetwerkVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> casussen.controleerNetwerk(id, v, g), () -> {
            casussen.netwerk(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "De huisvesting in het eigen netwerk is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/netwerk/afsluiten")
    String netwerkAfsluiten(@PathVariable long id, @ModelAttribute("netwerkAfsluiting") NetwerkAfsluitingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Overgangen.OvergangVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> overgangen.controleer(id, v, g), () -> {
            overgangen.overgang(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "Het traject is afgesloten: gehuisvest in het eigen netwerk.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/gezinsgesprek")
    String gezinsgesprek(@PathVariable long id, @ModelAttribute("gezinsgesprek") GezinsgesprekFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        CasusDienst.GezinsgesprekVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> casussen.controleerGezinsgesprek(id, v, g), () -> {
            casussen.gezinsgesprek(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "Het gezinsgesprek is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/uitkering")
    String uitkering(@PathVariable long id, @ModelAttribute("uitkering") UitkeringFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        CasusDienst.UitkeringVerzoek v = f.verzoek(fouten);
        return Bindingfouten.stap(model, fouten, () -> casussen.controleerUitkering(id, v, g), () -> {
            casussen.uitkering(id, v, g, Client.van(request));
            return gelukt(id, g, redirect, "Het einde van de uitkering is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    // ---------------------------------------------------------------- helpers

    private String gelukt(long id, Gebruiker g, RedirectAttributes redirect, String melding) {
        redirect.addFlashAttribute("melding", melding);
        return casuspagina.naStap(id, g);
    }

    private static String waarde(Map<String, String> m, String code) {
        return m == null ? null : m.get(code);
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

    /**
     * The toets names a criterion by its place in the list ({@code criteria[3].notitie}); the form by its code
     * ({@code notitie[GEEN_DETENTIE]}).
     */
    private static ApiException perCriterium(ApiException e, List<Criterium> criteria) {
        List<InvalidParam> velden = new ArrayList<>();
        for (InvalidParam p : e.invalidParams()) {
            String naam = p.name();
            if (naam.startsWith("criteria[") && naam.contains("].")) {
                int i = Integer.parseInt(naam.substring("criteria[".length(), naam.indexOf(']')));
                String veld = naam.substring(naam.indexOf("].") + 2);
                naam = (veld.equals("notitie") ? "notitie" : "uitkomst") + "[" + criteria.get(i).code() + "]";
            }
            velden.add(new InvalidParam(naam, p.reason()));
        }
        return new ApiException(e.status(), e.title(), e.getMessage(), velden);
    }

    private static List<String> regels(String s) {
        if (s == null) {
            return List.of();
        }
        return s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
