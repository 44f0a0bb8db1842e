/**
 * Verhuisbox: searching and finding — the housing sites, registrations with the credential vault
 * ({@code internal.Kluis}), reactions, offers and the client's free decision, the obstacle log. Uses the trajectory's
 * API (access, tasks, transitions) and implements its ports (offers for the entry conditions, the case page section,
 * the AVG export); owns the search tables.
 */
@ApplicationModule(displayName = "Verhuisbox: zoeken", allowedDependencies = {"verhuisbox", "verhuisbox.traject", "gebied",
    "platform.core", "platform.web", "platform.security", "platform.audit"})
package nl.woonregie.verhuisbox.zoeken;

import org.springframework.modulith.ApplicationModule;
