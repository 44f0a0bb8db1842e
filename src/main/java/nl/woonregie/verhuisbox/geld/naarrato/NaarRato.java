package nl.woonregie.verhuisbox.geld.naarrato;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The guideline (richtbedrag) of a rule for a home of a floor area (ADR 0065, source L10024 "Woning boven 80 m2? Dan
 * naar rato berekenen stoffering"): the rule's guideline holds for a home up to {@code grens} m²; above it the
 * guideline is scaled by m² / {@code grens}, rounded half up to the cent. A rule without a limit, a rule without a
 * guideline and a home of at most the limit keep the rule's guideline unchanged. The result is a guideline, not a
 * maximum: above it the proposal needs a motivation, as with every guideline.
 */
public final class NaarRato {

    /** The smallest and largest floor area accepted (m², whole numbers). */
    public static final int MIN_M2 = 1;
    public static final int MAX_M2 = 1000;

    private NaarRato() {
    }

    /**
     * The guideline for this home.
     *
     * @param richtbedrag     the rule's guideline, null when the rule has none (then null)
     * @param grens           the rule's limit in m² (naar_rato_boven_m2), null when the rule is not pro rata
     * @param woonoppervlakte the home's floor area in m², null when not known (then the rule's guideline)
     */
    public static BigDecimal richtbedrag(BigDecimal richtbedrag, Integer grens, Integer woonoppervlakte) {
        if (richtbedrag == null || grens == null || woonoppervlakte == null || woonoppervlakte <= grens) {
            return richtbedrag;
        }
        if (grens < MIN_M2 || woonoppervlakte > MAX_M2) {
            throw new IllegalArgumentException("woonoppervlakte " + woonoppervlakte + " of grens " + grens
                    + " buiten " + MIN_M2 + "–" + MAX_M2 + " m²");
        }
        return richtbedrag.multiply(BigDecimal.valueOf(woonoppervlakte))
                .divide(BigDecimal.valueOf(grens), 2, RoundingMode.HALF_UP);
    }
}
