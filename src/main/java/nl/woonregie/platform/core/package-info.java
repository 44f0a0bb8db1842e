/**
 * Platform core: the application clock and SHA-256; the module detection of Spring Modulith.
 */
@ApplicationModule(displayName = "Platform: kern", allowedDependencies = {})
package nl.woonregie.platform.core;

import org.springframework.modulith.ApplicationModule;
