package nl.woonregie.doorbraakplan.ondersteuning;

import java.math.BigDecimal;

/** Money available in a year for the whole plan, with where it comes from ("Retraiteclaim 2022"). */
public record Dekking(int jaar, String bron, BigDecimal bedrag) {
}
