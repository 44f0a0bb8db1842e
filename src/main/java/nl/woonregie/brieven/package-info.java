/**
 * The toezichtbrieven of a round: composed from the stored outcome, kenmerk per province, frozen as PDF/A, ZIP of all letters.
 * Reads verdeling's agreements (herverdelingen, art. 29 lid 2) to mention them in the letter; read-only.
 */
@ApplicationModule(displayName = "Brieven", allowedDependencies = {"toezicht", "toezicht::regels", "toezicht::ronde", "toezicht::cijfers", "toezicht::opvolging", "gebied", "pdf", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export", "platform.achtergrond", "platform.post", "verdeling"})
package nl.woonregie.brieven;

import org.springframework.modulith.ApplicationModule;
