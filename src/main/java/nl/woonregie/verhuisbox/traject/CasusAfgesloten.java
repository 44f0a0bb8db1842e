package nl.woonregie.verhuisbox.traject;

import java.time.LocalDate;

import nl.woonregie.verhuisbox.Uitkomst;

/**
 * A case was closed (published in the closing transaction, after its open tasks were completed). The aftercare
 * listens: a case closed as VERHUISD gets its aftercare contacts from {@code verhuisdatum} on.
 */
public record CasusAfgesloten(long casus, Uitkomst uitkomst, LocalDate verhuisdatum) {
}
