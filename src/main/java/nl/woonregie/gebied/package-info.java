/**
 * Reference data: municipalities (with herindelingen), provinces, regions, population by date.
 */
@ApplicationModule(displayName = "Gebied", allowedDependencies = {"platform.core", "platform.web", "platform.security", "platform.audit", "platform.export"})
package nl.woonregie.gebied;

import org.springframework.modulith.ApplicationModule;
