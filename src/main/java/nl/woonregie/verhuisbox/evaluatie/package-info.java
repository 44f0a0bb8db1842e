/**
 * Verhuisbox: the pseudonymised case-level dataset for an external evaluator (issue 20 §6, ADR 0060) — a request
 * (period, purpose, recipient) approved or refused by the team's coordinator, the dataset of an approved request as
 * XLSX (a stable pseudonym per case, no direct identifier, dates to the month, birth years in five-year bands), and
 * every download recorded. Reads the cases through the trajectory's read model and the money through the money's;
 * owns the requests, their downloads and the team's pseudonym key.
 */
@ApplicationModule(displayName = "Verhuisbox: evaluatie", allowedDependencies = {"verhuisbox", "verhuisbox.traject",
    "verhuisbox.geld", "gebied", "platform.core", "platform.web", "platform.security", "platform.audit",
    "platform.export"})
package nl.woonregie.verhuisbox.evaluatie;

import org.springframework.modulith.ApplicationModule;
