/**
 * Embedded PostgreSQL when no {@code SPRING_DATASOURCE_URL} is set, and recovery from a killed earlier run; its
 * backups ({@link nl.woonregie.platform.database.Backups}) and their restore, and the upgrade of a data directory made
 * by an earlier PostgreSQL major version.
 */
@ApplicationModule(displayName = "Platform: database", allowedDependencies = {"platform.core", "platform.audit", "platform.achtergrond"})
package nl.woonregie.platform.database;

import org.springframework.modulith.ApplicationModule;
