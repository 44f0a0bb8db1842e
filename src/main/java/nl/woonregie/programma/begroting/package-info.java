/**
 * The budget arithmetic of a programme (plain Java, no Spring, no database, no web or JSON types;
 * {@code ArchitectuurTest} guards it): a pure function from a {@link nl.woonregie.programma.begroting.Begrotingsplan}
 * (the plan's window, its goals and projects, its budget lines) to a
 * {@link nl.woonregie.programma.begroting.Begroting} — totals per theme, goal, project(s), single year and funding
 * source, multi-year lines as they stand (from a year until a year, never split), each total with the lines that
 * make it, and the findings — exact to the cent.
 */
@NamedInterface("begroting")
package nl.woonregie.programma.begroting;

import org.springframework.modulith.NamedInterface;
