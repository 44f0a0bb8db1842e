/**
 * Supervision of the taakstelling: the stored figures, the rules engine and beleidskaders, assessment rounds with decisions and the consistency check, follow-up (talks, plans of action), overviews and exports, and their pages. Other modules use the root, {@code toezicht::regels} and {@code toezicht::ronde}.
 */
@ApplicationModule(displayName = "Toezicht", allowedDependencies = {"gebied", "document", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export", "platform.importbestand", "platform.achtergrond"})
package nl.woonregie.toezicht;

import org.springframework.modulith.ApplicationModule;
