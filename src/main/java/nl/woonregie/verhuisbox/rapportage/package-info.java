/**
 * Verhuisbox: the figures and the annual report — every figure one set of cases (from the read models of the
 * trajectory, aftercare and money) and one aggregate; drill-down to the cases behind a number; reconciliation checks;
 * page, JSON and XLSX. Owns no tables.
 */
@ApplicationModule(displayName = "Verhuisbox: rapportage", allowedDependencies = {"verhuisbox", "verhuisbox.traject",
    "verhuisbox.geld", "verhuisbox.nazorg", "verhuisbox.zoeken", "gebied", "platform.web", "platform.security", "platform.export"})
package nl.woonregie.verhuisbox.rapportage;

import org.springframework.modulith.ApplicationModule;
