/**
 * Verhuisbox: money — pots per team, year and code, the grant rules of a year as data, grants per case with four
 * eyes (proposal, approval or rejection, payment; guarded steps), coordinator overrides, beschikkingen (PDF/A),
 * budget overview and exports. Uses the trajectory (access, tasks, the case) and searching (the accepted offer);
 * owns the money tables; the confirmation of the agreements after the intake (its e-mail through platform.post).
 */
@ApplicationModule(displayName = "Verhuisbox: geld", allowedDependencies = {"verhuisbox", "verhuisbox.traject",
    "gebied", "pdf", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export", "platform.achtergrond", "platform.post"})
package nl.woonregie.verhuisbox.geld;

import org.springframework.modulith.ApplicationModule;
