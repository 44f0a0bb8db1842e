/**
 * The checks and findings of a project's facts (issue 17 §5), computed when read: the share of places for statushouders
 * of all units, the project's own requirements as checks (voldaan / niet voldaan with the numbers), and the findings
 * the sources leave open — a temporary term that differs from the exploitation term, funding that lapsed or lapses
 * before the start of habitation. Plain Java: records in, records out; no Spring, no JSON, no database
 * ({@code ArchitectuurTest}).
 */
@org.springframework.modulith.NamedInterface("projecttoets")
package nl.woonregie.aanbod.projecttoets;
