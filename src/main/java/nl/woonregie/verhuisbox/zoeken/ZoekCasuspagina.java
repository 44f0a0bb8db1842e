package nl.woonregie.verhuisbox.zoeken;

import static nl.woonregie.verhuisbox.traject.Casuspaginadeel.formulier;

import java.time.Clock;
import java.time.LocalDate;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.Rechten;
import nl.woonregie.verhuisbox.zoeken.ZoekPagina.AanbodFormulier;
import nl.woonregie.verhuisbox.zoeken.ZoekPagina.BesluitFormulier;
import nl.woonregie.verhuisbox.zoeken.ZoekPagina.InschrijvingFormulier;
import nl.woonregie.verhuisbox.zoeken.ZoekPagina.ReactieFormulier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Searching on the case page: registrations (and the vault), reactions and offers, with the form records of their
 * forms ({@link ZoekPagina}).
 */
@Component
class ZoekCasuspagina implements Casuspaginadeel {

    private final ZoekDienst zoeken;
    private final Clock klok;

    ZoekCasuspagina(ZoekDienst zoeken, Clock klok) {
        this.zoeken = zoeken;
        this.klok = klok;
    }

    @Override
    public void vul(Casus casus, Gebruiker g, Rechten rechten, Model model) {
        LocalDate vandaag = LocalDate.now(klok);
        model.addAttribute("inschrijvingen", zoeken.inschrijvingen(casus.id()));
        model.addAttribute("reacties", zoeken.reacties(casus.id()));
        model.addAttribute("aanbiedingen", zoeken.aanbiedingen(casus.id()));
        model.addAttribute("websites", zoeken.websites(g.team()));
        formulier(model, "inschrijving", new InschrijvingFormulier(null, vandaag.toString(), null, null, null, null,
                null));
        formulier(model, "reactie", new ReactieFormulier(null, vandaag.toString(), null, "REGULIER", null));
        formulier(model, "nieuwAanbod", new AanbodFormulier(null, null, null, null, null, null));
        formulier(model, "besluit", new BesluitFormulier(null, "AANVAARD", null, null));
    }
}
