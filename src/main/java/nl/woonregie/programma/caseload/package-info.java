/**
 * The rules of the integration caseload in plain Java (no Spring, no database, no JSON; {@code ArchitectuurTest}):
 * a statushouder's age band on a day ({@link Leeftijdsband}), the participatieverklaring due within one year of
 * arrival, the extra track beside inburgering, AMV before and after 18 ({@link Caseloadregels}), the counts of the
 * caseload overview without names ({@link Caseloadoverzicht}), and the check of the yearly taakstelling and
 * realisation figures as a source states them ({@link Jaarcijfercontrole}). Sources: seed 004 (Wassenaar's
 * integraal plan van aanpak 2017), lines cited where a rule comes from.
 */
@NamedInterface("caseload")
package nl.woonregie.programma.caseload;

import org.springframework.modulith.NamedInterface;
