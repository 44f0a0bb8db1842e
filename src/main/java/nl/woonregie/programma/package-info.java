/**
 * Programma's: a municipality's plan (for instance Haarlem's brede aanpak dak- en thuisloosheid 2020–2021) as a
 * living record — themes, goals, projects, budget lines and indicators with their measurements — whose money adds up
 * by computation ({@code begroting.Begrotingsrekening}, plain Java), never by typed totals. A programme is versioned:
 * every change is a new version with who, when and why, and a {@link nl.woonregie.programma.ProgrammaGebeurtenis}
 * in the audit trail. See {@code docs/programma.md}.
 */
@ApplicationModule(displayName = "Programma", allowedDependencies = {"gebied", "pdf", "toezicht::cijfers", "toezicht::regels", "platform.core", "platform.achtergrond", "platform.web",
    "platform.security", "platform.audit", "platform.export"})
package nl.woonregie.programma;

import org.springframework.modulith.ApplicationModule;
