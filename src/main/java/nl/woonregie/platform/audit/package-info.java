/**
 * The append-only audit trail ({@code audit_log}): written in the transaction of every change, read by the administrator and by case timelines.
 */
@ApplicationModule(displayName = "Platform: audittrail", allowedDependencies = {"platform.core"})
package nl.woonregie.platform.audit;

import org.springframework.modulith.ApplicationModule;
