/**
 * Verhuisbox Plus: case management for homeless households moving to another region. The package root is the API of
 * the whole module for other modules (the demo, a team migrating from its old system): the states and kinds of a
 * case, and the services {@link nl.woonregie.verhuisbox.Casussen}, {@link nl.woonregie.verhuisbox.Zoeken},
 * {@link nl.woonregie.verhuisbox.Geld}, {@link nl.woonregie.verhuisbox.Beschikkingen} and
 * {@link nl.woonregie.verhuisbox.HistorischeImport} as interfaces. They are implemented by the nested modules
 * {@code traject}, {@code zoeken}, {@code geld}, {@code nazorg} and {@code rapportage}, which own the tables; the root
 * itself owns none and depends on none of them (see docs/verhuisbox.md, "Module layout").
 */
@ApplicationModule(displayName = "Verhuisbox Plus", allowedDependencies = {"platform.security", "platform.web", "platform.audit"})
package nl.woonregie.verhuisbox;

import org.springframework.modulith.ApplicationModule;
