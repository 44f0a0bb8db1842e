package nl.woonregie.brieven;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The facts of one version of a contact in the register (schema version 1, stored as JSON). An official's name, e-mail
 * and telephone are personal data: scoped to the province and the municipality, every change audited.
 *
 * @param elektronischBereikbaar whether the contact has said to be reachable electronically for decisions (Awb 2:14);
 *                               otherwise a decision goes by post
 * @param elektronischSinds      when they said so (optional)
 * @param actief                 false once the contact no longer holds the role (kept, with its history)
 * @param herinneringenUit       the kinds of reminder the contact does not want (issue 19 §7); null or empty: all
 *                               on (a version stored before the reminders has none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contactgegevens(Contactsoort soort, Contactrol rol, String naam, String functie, String email,
        String telefoon, String postadres, boolean elektronischBereikbaar, LocalDate elektronischSinds,
        String toelichting, boolean actief, java.util.List<Herinneringsoort> herinneringenUit) {

    /** Whether the contact receives reminders of this kind (default on). */
    public boolean wilHerinnering(Herinneringsoort soort) {
        return herinneringenUit == null || !herinneringenUit.contains(soort);
    }

    /** How a decision reaches this contact: by e-mail when accepted and known, else by post, else not at all. */
    public Verzendwijze verzendwijze() {
        if (elektronischBereikbaar && email != null) {
            return Verzendwijze.ELEKTRONISCH;
        }
        return postadres != null ? Verzendwijze.POST : Verzendwijze.ONBEKEND;
    }
}
