/**
 * The report's plain-Java rules (issue 20 §5, ADR 0064): the age band a case counts in ({@link Leeftijdsklasse}) and
 * the estimated saving on benefits per household whose benefit ended ({@link Besparingsraming}, its norms dated data
 * with their source). No Spring, no database, no web or JSON types ({@code ArchitectuurTest} guards it); tested as
 * tables of cases.
 */
package nl.woonregie.verhuisbox.rapportage.regels;
