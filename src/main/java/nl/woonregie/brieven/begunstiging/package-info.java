/**
 * Following the begunstigingstermijnen of a besluit tot indeplaatsstelling (step 5 of the interventieladder, issue 19
 * §3) as plain Java: how many vergunninghouders the municipality housed from the decision's date to a term's date
 * (COA's figures plus the leases sent in, as R7 counts them) and whether the term is met, still running, or passed
 * without the required number. No Spring, no database, no web or JSON types ({@code ArchitectuurTest} guards the
 * package); {@code brieven.Indeplaatsstellingen} reads the stored figures, stores the findings and shows them.
 */
package nl.woonregie.brieven.begunstiging;
