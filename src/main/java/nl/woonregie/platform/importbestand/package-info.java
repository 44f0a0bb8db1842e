/**
 * Import files as a person uploads them (docs/cijfers-import.md): the transport (the request body as text/csv or
 * XLSX, or the form field {@code bestand}; at most 10 MiB), reading CSV and bounded XLSX, matching the header and
 * naming every error as {@code regel N, kolom X} (all or nothing). Used by the imports of supervision's figures and
 * of Verhuisbox's historical cases.
 */
@ApplicationModule(displayName = "Platform: importbestand", allowedDependencies = {"platform.core", "platform.web",
    "platform.export"})
package nl.woonregie.platform.importbestand;

import org.springframework.modulith.ApplicationModule;
