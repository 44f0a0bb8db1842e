/**
 * Verhuisbox: the figures and the annual report — every figure one set of cases (from the read models of the
 * trajectory, aftercare and money) and one aggregate; drill-down to the cases behind a number; reconciliation checks;
 * page, JSON and XLSX; the spend of a year as the team stated it, with its findings. Owns {@code vhb_uitgavenopgave}
 * and {@code vhb_uitgavenopgave_post}.
 */
@ApplicationModule(displayName = "Verhuisbox: rapportage", allowedDependencies = {"verhuisbox", "verhuisbox.traject",
    "verhuisbox.geld", "verhuisbox.nazorg", "verhuisbox.zoeken", "gebied", "platform.web", "platform.security", "platform.export",
    "platform.audit", "platform.core"})
package nl.woonregie.verhuisbox.rapportage;

import org.springframework.modulith.ApplicationModule;
