package nl.woonregie.doorbraakplan.ondersteuning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A tariff in euros, valid from a date until the next tariff of its kind.
 *
 * @param bron where the value comes from (the memo, the municipality's decision); null when a request gives it
 */
public record Tarief(Tariefsoort soort, BigDecimal bedrag, LocalDate geldigVanaf, String bron) {
}
