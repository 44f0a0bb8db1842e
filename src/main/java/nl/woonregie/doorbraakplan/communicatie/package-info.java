/**
 * The communication plan's rules (issue 17 §6, inventory A.7) in plain Java: the moment of an action (a day, or only
 * its month), the channels and who carries an action out, and the check that the raad, the bewonersorganisaties and
 * the omwonenden are informed at the same moment after a tranche's college decision, with a letter to the omwonenden
 * of every new project (000:L386-391, 894-897). No Spring, no database, no web or JSON types ({@code ArchitectuurTest}
 * guards the package); {@code doorbraakplan.Communicatieplannen} stores and shows what it finds.
 */
package nl.woonregie.doorbraakplan.communicatie;
