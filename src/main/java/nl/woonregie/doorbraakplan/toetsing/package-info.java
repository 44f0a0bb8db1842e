/**
 * The programme's checks as plain Java: a location against an uitgangspunt with a limit ("at most 30 of the target
 * group per location", memo of 28 January 2022, 000:L342-346) and whether a milestone of a tranche's planning is late.
 * No Spring, no database, no web or JSON types ({@code ArchitectuurTest} guards the package);
 * {@code doorbraakplan.Uitgangspunten} and {@code doorbraakplan.Planning} store and show what they compute.
 */
package nl.woonregie.doorbraakplan.toetsing;
