package nl.woonregie.verhuisbox.nazorg;

import static nl.woonregie.verhuisbox.traject.Casuspaginadeel.formulier;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.nazorg.NazorgPagina.ContactFormulier;
import nl.woonregie.verhuisbox.nazorg.NazorgPagina.EnqueteFormulier;
import nl.woonregie.verhuisbox.nazorg.NazorgPagina.LinkFormulier;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.Rechten;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The section "Nazorg en klantenquête" of the case page, for the assigned casemanager and the coordinator, with the
 * form records of its forms ({@link NazorgPagina}).
 */
@Component
class NazorgCasuspagina implements Casuspaginadeel {

    private final Nazorg nazorg;
    private final Enquete enquete;

    NazorgCasuspagina(Nazorg nazorg, Enquete enquete) {
        this.nazorg = nazorg;
        this.enquete = enquete;
    }

    @Override
    public void vul(Casus casus, Gebruiker g, Rechten rechten, Model model) {
        if (rechten.nazorg()) {
            model.addAttribute("nazorgcontacten", nazorg.contacten(casus.id()));
            model.addAttribute("enquete", enquete.van(casus.id()).orElse(null));
            model.addAttribute("enqueteMogelijk", Enquete.magEnquete(casus.status()));
            model.addAttribute("vragen", Enquete.VRAGEN);
            formulier(model, "contact", new ContactFormulier(null, null, null, null, null, null));
            formulier(model, "enqueteformulier", new EnqueteFormulier(null, null, null, null, null, null, null,
                    "CASEMANAGER"));
            formulier(model, "enquetelink", new LinkFormulier());
        }
    }
}
