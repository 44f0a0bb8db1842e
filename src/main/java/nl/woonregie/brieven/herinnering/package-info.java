/**
 * Which reminder is due on a day (issue 19 §7, ADR 0059) as plain Java: for the lease window of a period
 * ({@code toezicht.regels.Huurcontracttermijn}) the reminder that it is open, and the one a few working days before its
 * deadline when the municipality passed on nothing yet ({@code Huurcontractherinnering}); for an open action of a plan
 * van aanpak the reminder a week before its deadline and the one after it passed ({@code Actieherinnering}); an
 * upcoming peildatum a province's number of days before ({@code Peildatumherinnering}); a begunstigingstermijn of a
 * besluit tot indeplaatsstelling two weeks before its end and after it passed unmet
 * ({@code Begunstigingstermijnherinnering}). No Spring, no database, no web or JSON types ({@code ArchitectuurTest} guards the package); {@code brieven.Herinneringen} reads the register and the figures,
 * places the messages in the outbox and records each once per kind, subject and contact.
 */
package nl.woonregie.brieven.herinnering;
