/**
 * Verhuisbox: aftercare and the client survey — contacts at 1, 3, 6 and 12 months after a move (planned when the
 * trajectory closes a case as VERHUISD), the survey with its one-time links for the client, the overview and the
 * yearly results. Uses the trajectory's API (access, tasks) and listens to its events; owns the aftercare tables.
 */
@ApplicationModule(displayName = "Verhuisbox: nazorg", allowedDependencies = {"verhuisbox", "verhuisbox.traject",
    "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export"})
package nl.woonregie.verhuisbox.nazorg;

import org.springframework.modulith.ApplicationModule;
