package nl.woonregie.doorbraakplan;

import java.util.List;

/**
 * A lead's scores as typed: the score {@code versie} they change (0 when none is stored) and per uitgangspunt (its
 * code) an {@code uitkomst} (VOLDOET, VOLDOET_DEELS, VOLDOET_NIET, ONBEKEND) with a {@code toelichting}. Uitgangspunten
 * not named keep their score; a score equal to the current one is not recorded again.
 */
public record Scoreverzoek(String versie, List<Regel> scores) {

    /** One uitgangspunt's score as typed. */
    public record Regel(String uitgangspunt, String uitkomst, String toelichting) {
    }
}
