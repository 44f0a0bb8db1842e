package nl.woonregie.verhuisbox.zoeken;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.Zoeken;
import nl.woonregie.verhuisbox.traject.Casuspagina;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search forms of the case page: a registration (credentials into the vault), revealing credentials, a reaction,
 * an offer and the decision on it. Each form is a record bound with a {@link BindingResult} and judged by
 * {@link ZoekDienst}, as the API; a refused step shows the case page again ({@link Casuspagina}) with the messages at
 * the fields and the values as entered (never the password). Only translates: it reads the dates, amounts and choices
 * of a form ({@link Bindingfouten#datum} …).
 */
@Controller
class ZoekPagina {

    private final VerhuisboxToegang toegang;
    private final ZoekDienst zoeken;
    private final Casuspagina casuspagina;

    ZoekPagina(VerhuisboxToegang toegang, ZoekDienst zoeken, Casuspagina casuspagina) {
        this.toegang = toegang;
        this.zoeken = zoeken;
        this.casuspagina = casuspagina;
    }

    public record InschrijvingFormulier(String website, String datum, String nummer, String kosten,
            String verlengdatum, String gebruikersnaam, String wachtwoord) {

        Zoeken.NieuweInschrijving inschrijving(BindingResult fouten) {
            return new Zoeken.NieuweInschrijving(Bindingfouten.keuze(fouten, "website", website),
                    Bindingfouten.datum(fouten, "datum", datum), nummer, Bindingfouten.bedrag(fouten, "kosten", kosten),
                    Bindingfouten.datum(fouten, "verlengdatum", verlengdatum), gebruikersnaam, wachtwoord);
        }
    }

    public record ReactieFormulier(String inschrijving, String datum, String woning, String soort, String positie) {

        Zoeken.NieuweReactie reactie(BindingResult fouten) {
            return new Zoeken.NieuweReactie(Bindingfouten.keuze(fouten, "inschrijving", inschrijving),
                    Bindingfouten.datum(fouten, "datum", datum), woning, soort,
                    Bindingfouten.geheel(fouten, "positie", positie));
        }
    }

    public record AanbodFormulier(String gemeente, String corporatie, String adres, String huur, String bezichtiging,
            String deadline) {

        Zoeken.NieuwAanbod aanbod(BindingResult fouten) {
            return new Zoeken.NieuwAanbod(gemeente, corporatie, adres, Bindingfouten.bedrag(fouten, "huur", huur),
                    Bindingfouten.datum(fouten, "bezichtiging", bezichtiging),
                    Bindingfouten.datum(fouten, "deadline", deadline));
        }
    }

    /** The decision on one of the case's offers ({@code aanbod}: its id). */
    public record BesluitFormulier(String aanbod, String besluit, String grond, String toelichting) {

        Zoeken.Besluit besluitOver() {
            return new Zoeken.Besluit(besluit, toelichting, grond, null, null);
        }
    }

    @PostMapping("/verhuisbox/casussen/{id}/inschrijven")
    String inschrijven(@PathVariable long id, @ModelAttribute("inschrijving") InschrijvingFormulier f,
            BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Zoeken.NieuweInschrijving n = f.inschrijving(fouten);
        return Bindingfouten.stap(model, fouten, () -> zoeken.controleerInschrijving(id, n, g), () -> {
            zoeken.schrijfIn(id, n, g, Client.van(request));
            return gelukt(id, g, redirect, "De inschrijving is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    /** Credentials from the vault: shown in this very answer, never through the session (no redirect, no flash). */
    @PostMapping("/verhuisbox/casussen/{id}/onthullen")
    String onthullen(@PathVariable long id, @RequestParam long inschrijving, Model model,
            HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        model.addAttribute("inloggegevens", zoeken.onthul(id, inschrijving, g, Client.van(request)));
        model.addAttribute("inloggegevensVan", inschrijving);
        return casuspagina.toonNaStap(id, g, model);
    }

    @PostMapping("/verhuisbox/casussen/{id}/reageren")
    String reageren(@PathVariable long id, @ModelAttribute("reactie") ReactieFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Zoeken.NieuweReactie r = f.reactie(fouten);
        return Bindingfouten.stap(model, fouten, () -> zoeken.controleerReactie(id, r, g), () -> {
            zoeken.reageer(id, r, g, Client.van(request));
            return gelukt(id, g, redirect, "De reactie is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/aanbod")
    String aanbod(@PathVariable long id, @ModelAttribute("nieuwAanbod") AanbodFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Zoeken.NieuwAanbod a = f.aanbod(fouten);
        return Bindingfouten.stap(model, fouten, () -> zoeken.controleerAanbod(id, a, g), () -> {
            zoeken.bied(id, a, g, Client.van(request));
            return gelukt(id, g, redirect, "Het aanbod is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    @PostMapping("/verhuisbox/casussen/{id}/besluit")
    String besluit(@PathVariable long id, @ModelAttribute("besluit") BesluitFormulier f, BindingResult fouten,
            Model model, HttpServletRequest request, RedirectAttributes redirect) {
        Gebruiker g = toegang.huidige();
        Long aanbod = Bindingfouten.keuze(fouten, "aanbod", f.aanbod());
        return Bindingfouten.stap(model, fouten, () -> zoeken.controleerBesluit(id, aanbod, f.besluitOver(), g), () -> {
            zoeken.besluit(id, aanbod, f.besluitOver(), g, Client.van(request));
            return gelukt(id, g, redirect, "Het besluit over het aanbod is vastgelegd.");
        }, () -> casuspagina.toon(id, g, model));
    }

    private String gelukt(long id, Gebruiker g, RedirectAttributes redirect, String melding) {
        redirect.addFlashAttribute("melding", melding);
        return casuspagina.naStap(id, g);
    }
}
