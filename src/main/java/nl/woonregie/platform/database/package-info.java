/**
 * Embedded PostgreSQL when no {@code SPRING_DATASOURCE_URL} is set, and recovery from a killed earlier run.
 */
@ApplicationModule(displayName = "Platform: database", allowedDependencies = {"platform.core"})
package nl.woonregie.platform.database;

import org.springframework.modulith.ApplicationModule;
