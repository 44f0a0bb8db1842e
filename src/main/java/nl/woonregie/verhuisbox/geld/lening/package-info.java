/**
 * The arithmetic of a loan (lening) as plain Java: the repayment schedule (aflossingsschema) from amount, term and
 * first due date, and the arrears (achterstand) on a day from the schedule and the repayments. No framework, no
 * storage: records in, records out (ArchitectuurTest).
 */
package nl.woonregie.verhuisbox.geld.lening;
