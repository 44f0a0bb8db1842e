package nl.woonregie.toezicht.ronde;

/**
 * What an account may do with one round, decided once by {@link RondeService#rechten} from its role, scope and the
 * round's status; the round pages show their buttons by it and the service refuses what it does not allow.
 *
 * @param toezien               see every municipality, the consistency check and the letters (BEHEERDER, the
 *                              province's TOEZICHTHOUDER)
 * @param wijzigen              record judgments, share a municipality's draft with it, recompute and make final:
 *                              toezien and the round is CONCEPT
 * @param controleOverschrijven make final despite errors of the consistency check, with a reason (BEHEERDER)
 * @param heropenen             reopen a final round, with a reason (BEHEERDER)
 */
public record RondeRechten(boolean toezien, boolean wijzigen, boolean controleOverschrijven, boolean heropenen) {
}
