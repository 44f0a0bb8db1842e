/**
 * The area of a destination (issue 20 §5, ADR 0061): krimpgebied, anticipeergebied, Zuid-Holland or the rest of the
 * Netherlands, as the reports break the moves down (002:L7170-L7180, L8744-L8765). Plain Java (no Spring, no
 * database, no web or JSON types; {@code ArchitectuurTest} guards it): records in, a key out, tested as a table of
 * cases ({@code BestemmingsgebiedTest}).
 */
package nl.woonregie.verhuisbox.rapportage.bestemming;
