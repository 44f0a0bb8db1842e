/**
 * The pro-rata guideline (naar rato) of a grant rule as plain Java: "Woning boven 80 m2? Dan naar rato berekenen
 * stoffering" (source L10024, ADR 0065). No framework, no storage: numbers in, a number out (ArchitectuurTest).
 */
package nl.woonregie.verhuisbox.geld.naarrato;
