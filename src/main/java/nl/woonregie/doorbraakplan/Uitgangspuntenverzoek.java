package nl.woonregie.doorbraakplan;

import java.util.List;

/**
 * A new list of uitgangspunten as typed: the list's {@code versie} it replaces (0 when none is stored), every
 * uitgangspunt in order, the {@code reden}. A form's rows have a fixed number; its empty rows are skipped.
 */
public record Uitgangspuntenverzoek(String versie, List<Regel> uitgangspunten, String reden) {

    /** One uitgangspunt as typed; {@code maximum} a whole number or empty. */
    public record Regel(String code, String naam, String omschrijving, String maximum, String bron) {

        boolean leeg() {
            return isLeeg(code) && isLeeg(naam) && isLeeg(omschrijving) && isLeeg(maximum) && isLeeg(bron);
        }

        private static boolean isLeeg(String s) {
            return s == null || s.isBlank();
        }
    }
}
