/**
 * Background work that survives restarts and runs once across instances: persistent jobs in PostgreSQL (db-scheduler),
 * one-time jobs planned in the caller's transaction and recurring jobs, with progress, attempts and errors visible
 * from every instance, and the administrator's page of the jobs.
 */
@ApplicationModule(displayName = "Platform: achtergrondtaken", allowedDependencies = {"platform.core", "platform.web", "platform.security", "platform.audit"})
package nl.woonregie.platform.achtergrond;

import org.springframework.modulith.ApplicationModule;
