/**
 * The lead pipeline ("Stappenplan nieuwe leads", inventory A.2) as a plain-Java state machine: the states of a lead,
 * the steps between them and each step's entry conditions. No Spring, no database, no web or JSON types
 * ({@code ArchitectuurTest} guards the package); {@code doorbraakplan.Leads} stores what it allows. A named
 * interface: a lead's states and steps are part of the module's API (the demo reads a task's step).
 */
@NamedInterface("pijplijn")
package nl.woonregie.doorbraakplan.pijplijn;

import org.springframework.modulith.NamedInterface;
