/**
 * PDF/A-2a rendering of self-contained XHTML with embedded fonts; knows no domain.
 */
@ApplicationModule(displayName = "PDF/A", allowedDependencies = {})
package nl.woonregie.pdf;

import org.springframework.modulith.ApplicationModule;
