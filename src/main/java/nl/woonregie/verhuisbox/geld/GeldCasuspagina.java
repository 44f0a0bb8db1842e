package nl.woonregie.verhuisbox.geld;

import java.time.Clock;
import java.time.LocalDate;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.Rechten;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The section "Geld" of the case page, for whoever may see the case's money; its forms post to {@link GeldPagina}. */
@Component
class GeldCasuspagina implements Casuspaginadeel {

    private final Verstrekkingen verstrekkingen;
    private final Potten potten;
    private final Clock klok;

    GeldCasuspagina(Verstrekkingen verstrekkingen, Potten potten, Clock klok) {
        this.verstrekkingen = verstrekkingen;
        this.potten = potten;
        this.klok = klok;
    }

    @Override
    public void vul(Casus casus, Gebruiker g, Rechten rechten, Model model) {
        if (rechten.geld()) {
            int jaar = LocalDate.now(klok).getYear();
            model.addAttribute("verstrekkingen", verstrekkingen.vanCasus(casus.id()));
            model.addAttribute("geldRegels", potten.regels(g.team(), jaar));
            model.addAttribute("geldJaar", jaar);
        } else {
            model.addAttribute("verstrekkingen", null);
        }
    }
}
