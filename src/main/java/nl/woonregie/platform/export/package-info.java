/**
 * XLSX and CSV with Dutch formats and formula-injection neutralisation.
 */
@ApplicationModule(displayName = "Platform: export", allowedDependencies = {})
package nl.woonregie.platform.export;

import org.springframework.modulith.ApplicationModule;
