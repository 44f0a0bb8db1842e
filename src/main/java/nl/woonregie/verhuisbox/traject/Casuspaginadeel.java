package nl.woonregie.verhuisbox.traject;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import org.springframework.ui.Model;

/**
 * A part of Verhuisbox that shows a section on the case page ({@link Casuspagina}): the trajectory itself, searching
 * (registrations, vault, reactions, offers), money, aftercare. The page is the trajectory's; the parts plug in here,
 * so the trajectory does not depend on them. Each part's forms post to its own page controller, which shows the case
 * page again through {@link Casuspagina} when the step is refused.
 */
public interface Casuspaginadeel {

    /**
     * Adds this part's model attributes for the case page (the account's rights on the case are given), and the form
     * record of each of its forms that is not in the model yet (a refused form is there already, as posted).
     */
    void vul(Casus casus, Gebruiker g, Rechten rechten, Model model);

    /** Adds a form's record unless the model has it (as posted, with its errors). */
    static void formulier(Model model, String naam, Object leeg) {
        if (!model.containsAttribute(naam)) {
            model.addAttribute(naam, leeg);
        }
    }
}
