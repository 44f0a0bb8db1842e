package nl.woonregie.toezicht.ronde;

/**
 * One finding of the consistency check of a round. {@code FOUT} blocks vaststellen (a BEHEERDER can override with a
 * reason); {@code WAARSCHUWING} is shown but does not block.
 *
 * @param gemeente the municipality concerned, or null for the round as a whole
 */
public record Controlebevinding(Niveau niveau, Code code, String gemeente, String tekst) {

    public enum Niveau {
        FOUT, WAARSCHUWING
    }

    public enum Code {
        /** Figures needed for the judgment are missing. */
        ONTBREKENDE_CIJFERS,
        /** The step before differs from the step after in the previous round (or the beginstand). */
        TREDE_VOOR_WIJKT_AF,
        /** The saldo carried in differs from the previous round's saldo out without a recorded correction. */
        SALDO_ZONDER_CORRECTIE,
        /** The saldo differs from the previous round's, explained by a recorded correction. */
        SALDO_GECORRIGEERD,
        /** A stored percentage does not match its base (gehuisvest / opgave). */
        PERCENTAGE_BASIS,
        /** A total does not equal the sum of its parts. */
        TOTAAL_KLOPT_NIET,
        /** A date lies outside its period (COA standing, lease). */
        DATUM_BUITEN_PERIODE,
        /** A kenmerk (letter reference) is used twice. */
        KENMERK_DUBBEL,
        /** Figures that cannot be true (engine finding). */
        ONMOGELIJK_CIJFER,
        /** A proposed step 4–6 still waits for a decision of Gedeputeerde Staten. */
        BESLUIT_OPEN,
        /** Other findings of the engine (corrections, a final step that the current figures would not give). */
        BEVINDING
    }
}
