package nl.woonregie.verhuisbox.traject;

import java.util.Map;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import org.springframework.ui.Model;

/**
 * A part of Verhuisbox that shows a section on the case page ({@code /verhuisbox/casussen/{id}}) and may handle
 * some of its form actions: searching (registrations, vault, reactions, offers), money, aftercare. The page is the
 * trajectory's; the parts plug in here, so the trajectory does not depend on them.
 */
public interface Casuspaginadeel {

    /** Adds this part's model attributes for the case page (the account's rights on the case are given). */
    void vul(Casus casus, Gebruiker g, Rechten rechten, Model model);

    /** The form actions of the case page this part handles, by their name in the URL. */
    default Map<String, Actie> acties() {
        return Map.of();
    }

    /** One form action: it authorises and validates through its service, like the API. */
    @FunctionalInterface
    interface Actie {

        /** Does it; returns the message for the page, or null to show the case page at once (with the model). */
        String voerUit(long casus, Map<String, String> formulier, Gebruiker g, String client, Model model);
    }
}
