/**
 * Verhuisbox: the trajectory of a case — referral, ICP screening against the yearly criteria, the state machine,
 * waiting list and capacity, intake, checklists, tasks and worklists; access per role, team and assignment with
 * the verwerkingenlogging; retention and the AVG export; the hand-over to the receiving municipality (sent through
 * platform.post's outbox). Owns the teams and the case tables; the other parts plug in
 * through ports ({@link nl.woonregie.verhuisbox.traject.AanbodStand},
 * {@link nl.woonregie.verhuisbox.traject.AvgOnderdeel}, {@link nl.woonregie.verhuisbox.traject.Casuspaginadeel}) and
 * listen to its events.
 */
@ApplicationModule(displayName = "Verhuisbox: traject", allowedDependencies = {"verhuisbox", "gebied", "document", "platform.core",
    "platform.web", "platform.security", "platform.audit", "platform.achtergrond", "platform.importbestand",
    "platform.post"})
package nl.woonregie.verhuisbox.traject;

import org.springframework.modulith.ApplicationModule;
