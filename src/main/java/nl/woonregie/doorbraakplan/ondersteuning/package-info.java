/**
 * The support computation of a doorbraakplan (plain Java, no Spring, no database, no web or JSON types;
 * {@code ArchitectuurTest} guards it): a pure function from an {@link nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsvraag}
 * (support lines, the dated tariffs, the cover per year) to an
 * {@link nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsberekening} (costs per year, department, project and
 * line, covered and uncovered per year), exact to the cent, as {@code docs/doorbraakplan.md} describes it.
 */
package nl.woonregie.doorbraakplan.ondersteuning;
