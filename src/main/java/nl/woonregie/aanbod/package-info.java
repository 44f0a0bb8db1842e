/**
 * Aanbod en prognose: a municipality's supply of housing for vergunninghouders (corporation agreements, projects,
 * other routes) and the forecast of when it meets its opgave. The forecast model is plain Java
 * ({@code prognose.Prognosemodel}), its parameters dated data ({@code aanbod/parameters.yaml}); the what-if API
 * {@code POST /api/v1/aanbod/prognoses} computes it for anyone and stores nothing.
 */
@ApplicationModule(displayName = "Aanbod", allowedDependencies = {"toezicht", "toezicht::regels", "toezicht::cijfers", "toezicht::ronde", "verdeling",
    "gebied", "document", "pdf", "platform.core", "platform.web", "platform.security", "platform.audit",
    "platform.export"})
package nl.woonregie.aanbod;

import org.springframework.modulith.ApplicationModule;
