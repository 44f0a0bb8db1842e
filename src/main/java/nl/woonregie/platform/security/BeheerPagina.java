package nl.woonregie.platform.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account management for BEHEERDER: accounts with their role assignments (a Verhuisbox role as a request to the
 * team's coordinator), an account's page to add and take assignments, deactivate and activate it, new passwords
 * through one-time links, the open account requests, and API tokens (shown once, revocable). The services
 * ({@link Gebruikers}, {@link ApiTokens}) check the role and judge the input, as for the API; this page binds the forms
 * and shows their invalid fields at the fields.
 */
@Controller
class BeheerPagina {

    private final Toegang toegang;
    private final Gebruikers gebruikers;
    private final ApiTokens tokens;
    private final Accountverzoeken verzoeken;
    private final Toewijzingen toewijzingen;
    private final TweedeStap tweedeStap;

    private final Identiteitsproviders identiteitsproviders;

    BeheerPagina(Toegang toegang, Gebruikers gebruikers, ApiTokens tokens, Accountverzoeken verzoeken,
            Toewijzingen toewijzingen, TweedeStap tweedeStap, Identiteitsproviders identiteitsproviders) {
        this.identiteitsproviders = identiteitsproviders;
        this.tweedeStap = tweedeStap;
        this.verzoeken = verzoeken;
        this.toegang = toegang;
        this.gebruikers = gebruikers;
        this.tokens = tokens;
        this.toewijzingen = toewijzingen;
    }

    /** One assignment as the form sends it, every field as typed (the role and team as the selects send them). */
    public record ToewijzingFormulier(String rol, String provincie, String gemeente, String team, String programma,
            String afdeling, String project) {

        /** An empty form proposes the least-privileged role. */
        static ToewijzingFormulier leeg() {
            return new ToewijzingFormulier(Rol.minsteRechten().name(), null, null, null, null, null, null);
        }

        static ToewijzingFormulier van(Toewijzing t) {
            return new ToewijzingFormulier(t.rol().name(), t.provincie(), t.gemeente(),
                    t.team() == null ? null : t.team().toString(),
                    t.programma() == null ? null : t.programma().toString(), t.afdeling(),
                    t.project() == null ? null : t.project().toString());
        }

        /** The assignment for the service: an unknown role is none, an id that is no number an unknown one. */
        Toewijzing alsToewijzing() {
            Rol r;
            try {
                r = rol == null ? null : Rol.valueOf(rol);
            } catch (IllegalArgumentException e) {
                r = null;
            }
            return new Toewijzing(r, BeheerPagina.leeg(provincie), BeheerPagina.leeg(gemeente), id(team),
                    id(programma), BeheerPagina.leeg(afdeling), id(project));
        }
    }

    /** The new-account form: name, first password and the first assignment (more on the account's page). */
    public record AccountFormulier(String gebruikersnaam, String wachtwoord, String rol, String provincie,
            String gemeente, String team, String programma, String afdeling, String project) {

        static AccountFormulier leeg() {
            return new AccountFormulier(null, null, Rol.minsteRechten().name(), null, null, null, null, null, null);
        }

        /** The request for the service (one assignment beside the name, as in the API). */
        NieuweGebruiker alsNieuweGebruiker() {
            Toewijzing t = new ToewijzingFormulier(rol, provincie, gemeente, team, programma, afdeling, project)
                    .alsToewijzing();
            // an empty password field is none (a Verhuisbox role has none); spaces are a password, and refused
            return new NieuweGebruiker(gebruikersnaam == null ? null : gebruikersnaam.strip(),
                    wachtwoord == null || wachtwoord.isEmpty() ? null : wachtwoord, t.rol(), t.provincie(),
                    t.gemeente(), t.team(), t.programma(), t.afdeling(), t.project(), null);
        }
    }

    /** The new-token form: its name and the account it acts as. */
    public record TokenFormulier(String naam, String gebruikersnaam) {

        static TokenFormulier leeg() {
            return new TokenFormulier(null, null);
        }
    }

    @GetMapping("/beheer/gebruikers")
    String pagina(Model model) {
        toegang.rol(Rol.BEHEERDER);
        model.addAttribute("account", AccountFormulier.leeg());
        model.addAttribute("token", TokenFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    @PostMapping("/beheer/gebruikers")
    String maak(@ModelAttribute("account") AccountFormulier f, BindingResult fouten, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        try {
            Beheerresultaat r = gebruikers.maak(f.alsNieuweGebruiker(), toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", r instanceof Accountverzoeken.Verzoek v
                    ? "Het verzoek voor account " + v.gebruikersnaam() + " is ingediend. " + wieBeslist(v)
                            + " Na goedkeuring kiest de medewerker zelf het wachtwoord."
                    : "Account " + ((GebruikerDto) r).gebruikersnaam() + " is aangemaakt.");
            return "redirect:/beheer/gebruikers";
        } catch (ApiException e) {
            alsInvoerfout(e);
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("token", TokenFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    /**
     * Makes a token and shows it in this very answer (no redirect): the secret must not pass through the session
     * store, where a flash attribute would put it.
     */
    @PostMapping("/beheer/api-tokens")
    String token(@ModelAttribute("token") TokenFormulier f, BindingResult fouten, HttpServletRequest request,
            Model model) {
        try {
            model.addAttribute("nieuwToken", tokens.maak(f.naam() == null ? null : f.naam().strip(),
                    f.gebruikersnaam(), toegang.huidige(), Client.van(request)));
            model.addAttribute("token", TokenFormulier.leeg());
        } catch (ApiException e) {
            alsInvoerfout(e);
            Bindingfouten.voegToe(fouten, e);
        }
        model.addAttribute("account", AccountFormulier.leeg());
        vul(model);
        return "beheer/gebruikers";
    }

    /**
     * A new password for an account: for a Verhuisbox role a request to the team's coordinator (back to the page with
     * a message); for any other account the one-time link for its user, shown in this very answer (no redirect).
     */
    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/wachtwoordherstel")
    String herstel(@PathVariable String gebruikersnaam, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Beheerresultaat r = gebruikers.herstelWachtwoord(gebruikersnaam, toegang.huidige(), Client.van(request));
        if (r instanceof Accountverzoeken.Verzoek v) {
            redirect.addFlashAttribute("melding", "Het verzoek om een nieuw wachtwoord voor " + v.gebruikersnaam()
                    + " is ingediend. " + wieBeslist(v) + " U krijgt het nieuwe wachtwoord niet te zien.");
            return "redirect:/beheer/gebruikers/" + gebruikersnaam;
        }
        model.addAttribute("herstellink", r);
        return toonAccount(gebruikersnaam, ToewijzingFormulier.leeg(), model);
    }

    // ---------------------------------------------------------------- one account

    @GetMapping("/beheer/gebruikers/{gebruikersnaam}")
    String account(@PathVariable String gebruikersnaam, Model model) {
        return toonAccount(gebruikersnaam, ToewijzingFormulier.leeg(), model);
    }

    /** Adds an assignment (a Verhuisbox role: a request to the team's coordinator). */
    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/toewijzingen")
    String voegToe(@PathVariable String gebruikersnaam, @ModelAttribute("toewijzing") ToewijzingFormulier f,
            BindingResult fouten, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        toegang.rol(Rol.BEHEERDER);
        GebruikerDto account = gebruikers.lees(gebruikersnaam, toegang.huidige());
        List<Toewijzing> nieuw = new ArrayList<>(account.toewijzingen());
        int plek = nieuw.size();
        nieuw.add(f.alsToewijzing());
        try {
            Beheerresultaat r = gebruikers.wijzig(gebruikersnaam, new Gebruikers.Wijziging(nieuw, null),
                    toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", r instanceof Accountverzoeken.Verzoek v
                    ? "Het verzoek om de rol is ingediend. " + wieBeslist(v)
                    : "De rol is toegekend. Het account meldt zich opnieuw aan.");
            return "redirect:/beheer/gebruikers/" + gebruikersnaam;
        } catch (ApiException e) {
            alsInvoerfout(e);
            Bindingfouten.voegToe(fouten, alsVeldenVanDeNieuwe(e.invalidParams(), plek, e));
        }
        return toonAccount(gebruikersnaam, f, model);
    }

    /** Takes an assignment (at once; the account's sessions end). */
    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/toewijzingen/intrekken")
    String neemWeg(@PathVariable String gebruikersnaam, @ModelAttribute ToewijzingFormulier f,
            HttpServletRequest request, RedirectAttributes redirect) {
        toegang.rol(Rol.BEHEERDER);
        GebruikerDto account = gebruikers.lees(gebruikersnaam, toegang.huidige());
        Toewijzing weg = f.alsToewijzing();
        List<Toewijzing> nieuw = account.toewijzingen().stream().filter(t -> !t.zelfde(weg)).toList();
        if (nieuw.size() == account.toewijzingen().size()) {
            redirect.addFlashAttribute("fout", "Het account heeft deze rol niet (meer).");
            return "redirect:/beheer/gebruikers/" + gebruikersnaam;
        }
        return wijzig(gebruikersnaam, new Gebruikers.Wijziging(nieuw, null), "De rol is ingetrokken.", request,
                redirect);
    }

    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/deactiveren")
    String deactiveer(@PathVariable String gebruikersnaam, HttpServletRequest request, RedirectAttributes redirect) {
        return wijzig(gebruikersnaam, new Gebruikers.Wijziging(null, false),
                "Het account is gedeactiveerd: aanmelden en de API-tokens werken niet meer.", request, redirect);
    }

    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/activeren")
    String activeer(@PathVariable String gebruikersnaam, HttpServletRequest request, RedirectAttributes redirect) {
        return wijzig(gebruikersnaam, new Gebruikers.Wijziging(null, true), "Het account is weer actief.", request,
                redirect);
    }

    /** A new second factor: taken away at once, or for a Verhuisbox role a request to the team's coordinator. */
    @PostMapping("/beheer/gebruikers/{gebruikersnaam}/totpherstel")
    String totpHerstel(@PathVariable String gebruikersnaam, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            Beheerresultaat r = tweedeStap.herstel(gebruikersnaam, toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", r instanceof Accountverzoeken.Verzoek v
                    ? "Het verzoek om een nieuwe tweede stap is ingediend. " + wieBeslist(v)
                    : "De tweede stap is verwijderd. De gebruiker stelt bij de volgende aanmelding een nieuwe in.");
        } catch (ApiException e) {
            if (e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:/beheer/gebruikers/" + gebruikersnaam;
    }

    private String wijzig(String gebruikersnaam, Gebruikers.Wijziging w, String gedaan, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            Beheerresultaat r = gebruikers.wijzig(gebruikersnaam, w, toegang.huidige(), Client.van(request));
            redirect.addFlashAttribute("melding", r instanceof Accountverzoeken.Verzoek v
                    ? "Het verzoek is ingediend. " + wieBeslist(v) : gedaan);
        } catch (ApiException e) {
            if (e.status().value() != 400 && e.status().value() != 409) {
                throw e;
            }
            redirect.addFlashAttribute("fout", e.invalidParams().isEmpty() ? e.getMessage()
                    : e.invalidParams().get(0).reason());
        }
        return "redirect:/beheer/gebruikers/" + gebruikersnaam;
    }

    /** The service names the fields of the whole list; the form has only the new assignment's. */
    private static List<InvalidParam> alsVeldenVanDeNieuwe(List<InvalidParam> fouten, int plek, ApiException e) {
        if (fouten.isEmpty()) {
            return List.of(new InvalidParam("rol", e.getMessage()));
        }
        String voorvoegsel = "toewijzingen[" + plek + "].";
        return fouten.stream().map(f -> f.name().startsWith(voorvoegsel)
                ? new InvalidParam(f.name().substring(voorvoegsel.length()), f.reason())
                : new InvalidParam("rol", f.reason())).toList();
    }

    private String toonAccount(String gebruikersnaam, ToewijzingFormulier f, Model model) {
        GebruikerDto account = gebruikers.lees(gebruikersnaam, toegang.huidige());
        model.addAttribute("account", account);
        model.addAttribute("idp", gebruikers.identiteitsprovider(account.id()).map(identiteitsproviders::naam)
                .orElse(null));
        var omschrijver = toewijzingen.omschrijver();
        List<Toewijzing> uitGroepen = toewijzingen.van(account.id(), Toewijzingen.Bron.IDP);
        model.addAttribute("rijen", account.toewijzingen().stream()
                .map(t -> new Rij(ToewijzingFormulier.van(t), omschrijver.apply(t),
                        uitGroepen.stream().anyMatch(t::zelfde))).toList());
        if (!model.containsAttribute("toewijzing")) {
            model.addAttribute("toewijzing", f);
        }
        model.addAttribute("verzoeken", verzoeken.lijst(toegang.huidige()).stream()
                .filter(v -> v.status() == Accountverzoeken.Status.INGEDIEND
                        && v.gebruikersnaam().equals(gebruikersnaam)).toList());
        keuzes(model);
        return "beheer/gebruiker";
    }

    /**
     * An assignment of the account: the form to take it (its fields, hidden), its description, and whether the
     * group mapping of an identity provider gave it.
     */
    public record Rij(ToewijzingFormulier velden, String omschrijving, boolean uitGroep) {
    }

    private static String wieBeslist(Accountverzoeken.Verzoek v) {
        return v.beslisser() == Accountverzoeken.Beslisser.COORDINATOR
                ? "De coördinator van team " + v.teamnaam() + " beslist."
                : "Team " + v.teamnaam() + " heeft nog geen coördinator: een andere beheerder beslist.";
    }

    @PostMapping("/beheer/api-tokens/{id}/intrekken")
    String intrekken(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
        tokens.trekIn(id, toegang.huidige(), Client.van(request));
        redirect.addFlashAttribute("melding", "Het API-token is ingetrokken.");
        return "redirect:/beheer/gebruikers#tokens";
    }

    /** Invalid input (400) or an existing name (409) is shown at the form; anything else (403) is not. */
    private static void alsInvoerfout(ApiException e) {
        if (e.status().value() != 400 && e.status().value() != 409) {
            throw e;
        }
    }

    private void vul(Model model) {
        List<GebruikerDto> lijst = gebruikers.lijst();
        var omschrijver = toewijzingen.omschrijver();
        model.addAttribute("gebruikers", lijst);
        java.util.Map<String, String> viaIdp = new java.util.HashMap<>();
        gebruikers.viaIdentiteitsprovider().forEach((naam, registratie) -> viaIdp.put(naam,
                identiteitsproviders.naam(registratie)));
        model.addAttribute("viaIdp", viaIdp);
        model.addAttribute("omschrijvingen", lijst.stream().collect(java.util.stream.Collectors.toMap(
                GebruikerDto::gebruikersnaam, g -> g.toewijzingen().stream().map(omschrijver).toList())));
        model.addAttribute("systeemaccounts", lijst.stream().filter(g -> !g.toewijzingen().isEmpty()
                && g.toewijzingen().stream().allMatch(t -> t.rol().systeemaccount())).map(GebruikerDto::gebruikersnaam)
                .toList());
        model.addAttribute("verzoeken", verzoeken.lijst(toegang.huidige()).stream()
                .filter(v -> v.status() == Accountverzoeken.Status.INGEDIEND).toList());
        model.addAttribute("tokens", tokens.lijst(toegang.huidige()));
        keuzes(model);
    }

    /** The roles that can be assigned now (the least-privileged first) and the scopes to choose from. */
    private void keuzes(Model model) {
        model.addAttribute("rollen", toewijzingen.toewijsbareRollen());
        model.addAttribute("teams", gebruikers.teams());
        model.addAttribute("metProgramma", toewijzingen.kanToewijzen(Scopesoort.PROGRAMMA));
        model.addAttribute("metAfdeling", toewijzingen.kanToewijzen(Scopesoort.AFDELING));
        model.addAttribute("metProject", toewijzingen.kanToewijzen(Scopesoort.PROJECT));
    }

    /** An id from the form; anything that is not a number is an unknown one (the scope check names it). */
    private static Long id(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
