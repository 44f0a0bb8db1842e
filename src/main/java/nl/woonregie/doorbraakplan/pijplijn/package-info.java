/**
 * The lead pipeline ("Stappenplan nieuwe leads", inventory A.2) as a plain-Java state machine: the states of a lead,
 * the steps between them and each step's entry conditions. No Spring, no database, no web or JSON types
 * ({@code ArchitectuurTest} guards the package); {@code doorbraakplan.Leads} stores what it allows.
 */
package nl.woonregie.doorbraakplan.pijplijn;
