/**
 * Verhuisbox Plus: case management for homeless households moving to another region.
 */
@ApplicationModule(displayName = "Verhuisbox Plus", allowedDependencies = {"gebied", "pdf", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export"})
package nl.woonregie.verhuisbox;

import org.springframework.modulith.ApplicationModule;
