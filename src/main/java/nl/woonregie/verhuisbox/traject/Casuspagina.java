package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The case page ({@code /verhuisbox/casussen/{id}}) for one account: the case, its timeline and exactly the forms the
 * account's {@link Rechten} allow, the trajectory's and those of the parts that plug in ({@link Casuspaginadeel}).
 * Every form of the page is a form record in the model: as the part fills it in (empty, or the case's current
 * values), or — when a step was refused — as it was posted, with its errors in its {@code BindingResult}, so the page
 * shows each message at its field with every entered value kept. The page controllers of the parts show it again
 * through here after a refused step.
 */
@Component
public class Casuspagina {

    private final VerhuisboxToegang toegang;
    private final CasusDienst casussen;
    private final List<Casuspaginadeel> delen;
    private final Clock klok;

    Casuspagina(VerhuisboxToegang toegang, CasusDienst casussen, List<Casuspaginadeel> delen, Clock klok) {
        this.toegang = toegang;
        this.casussen = casussen;
        this.delen = delen;
        this.klok = klok;
    }

    /** The case page; the read is checked and logged (verwerkingenlogging). Returns the view. */
    public String toon(long id, Gebruiker g, Model model) {
        return vul(id, g, toegang.vereis(g, id, Handeling.CASUSPAGINA), model);
    }

    /**
     * The case page in the answer of a step that was checked and logged already (the vault's credentials, shown in
     * this very answer and never through the session).
     */
    public String toonNaStap(long id, Gebruiker g, Model model) {
        return vul(id, g, toegang.rechten(g, id), model);
    }

    /** Where a step goes on: the case page, or the worklist when the step took the case out of the account's view. */
    public String naStap(long id, Gebruiker g) {
        return toegang.rechten(g, id).lezen() ? "redirect:/verhuisbox/casussen/" + id : "redirect:/verhuisbox";
    }

    private String vul(long id, Gebruiker g, Rechten rechten, Model model) {
        Casussen.Casus c = casussen.lees(id);
        model.addAttribute("casus", c);
        model.addAttribute("rechten", rechten);
        model.addAttribute("tijdlijn", casussen.tijdlijn(id));
        model.addAttribute("vandaag", LocalDate.now(klok));
        for (Casuspaginadeel d : delen) {
            d.vul(c, g, rechten, model);
        }
        return "verhuisbox/casus";
    }
}
