package nl.woonregie.toezicht.regels;

import java.math.BigDecimal;

/**
 * A period threshold "niet stijgen" (R8): when the municipality housed at least
 * {@code opgaveFactor × opgave + taakstellingFactor × taakstelling + achterstandFactor × achterstand carried in}, it
 * does not rise on the ladder even though the opgave was not realised. It never changes the taakstelling or saldo.
 *
 * @param omkoppelingenTellenMee false when omkoppelingen are not counted in this period (R8, 2021-II)
 * @param omschrijving           the rule in words, for the motivering (e.g. "70% van de opgave")
 */
public record DrempelNietStijgen(BigDecimal opgaveFactor, BigDecimal taakstellingFactor,
        BigDecimal achterstandFactor, boolean omkoppelingenTellenMee, String omschrijving) {

    public DrempelNietStijgen {
        opgaveFactor = opgaveFactor == null ? BigDecimal.ZERO : opgaveFactor;
        taakstellingFactor = taakstellingFactor == null ? BigDecimal.ZERO : taakstellingFactor;
        achterstandFactor = achterstandFactor == null ? BigDecimal.ZERO : achterstandFactor;
    }

    /** The exact threshold (not rounded: 146.3 needs 147). */
    public BigDecimal bereken(long opgave, long taakstelling, long saldoIn) {
        long achterstand = Math.max(0, saldoIn);
        return opgaveFactor.multiply(BigDecimal.valueOf(opgave))
                .add(taakstellingFactor.multiply(BigDecimal.valueOf(taakstelling)))
                .add(achterstandFactor.multiply(BigDecimal.valueOf(achterstand)));
    }
}
