package nl.woonregie.verhuisbox.traject;

import java.math.BigDecimal;

/** One row of a set of cases behind a figure: the case, an optional key (reason, gemeente, …) and value. */
public record Cijferrij(long casus, String sleutel, BigDecimal waarde) {
}
