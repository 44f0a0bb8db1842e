/**
 * XLSX and CSV with Dutch formats and formula-injection neutralisation; reading CSV (Commons CSV with strict UTF-8,
 * separator sniffing and line numbers).
 */
@ApplicationModule(displayName = "Platform: export", allowedDependencies = {})
package nl.woonregie.platform.export;

import org.springframework.modulith.ApplicationModule;
