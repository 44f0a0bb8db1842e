/**
 * The progress report of a programme over a period (issue 18 §5; plain Java, no Spring, no database, no web or JSON
 * types; {@code ArchitectuurTest} guards it): a pure function from a
 * {@link nl.woonregie.programma.voortgang.Voortgangsplan} (the period, the plan's versions with their projects, the
 * indicators with their measurements, the evaluation moments) to a
 * {@link nl.woonregie.programma.voortgang.Programmavoortgang} — per project its status and what changed in the period
 * (who, when, why, which field from what to what), per goal its projects by status, per indicator the measurements in
 * the period and the latest value against the target, the evaluation moments, and the findings.
 */
@NamedInterface("voortgang")
package nl.woonregie.programma.voortgang;

import org.springframework.modulith.NamedInterface;
