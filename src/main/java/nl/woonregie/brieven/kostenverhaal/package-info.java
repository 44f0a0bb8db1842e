/**
 * The costs of an indeplaatsstelling (step 6 of the interventieladder, issue 19 §3, ADR 0054) as plain Java: the total
 * of the cost lines (computed, never typed), the amount recovered from the municipality (the total, unless the
 * supervisor recorded a reasoned other amount) and the state of the recovery on a given day (not invoiced, open, paid,
 * or overdue once a configurable number of days after the invoice date passed unpaid). No Spring, no database, no web
 * or JSON types ({@code ArchitectuurTest} guards the package); {@code brieven.Indeplaatsstellingsverslagen} stores and
 * shows them.
 */
package nl.woonregie.brieven.kostenverhaal;
