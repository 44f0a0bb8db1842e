package nl.woonregie.doorbraakplan;

/**
 * A milestone as typed: {@code van} (and {@code tot} for a range) as JJJJ-MM-DD, {@code wat}, {@code wie}, a
 * {@code toelichting}, {@code gedaanOp} when done; {@code versie} the version a change names (empty for a new one).
 */
public record Mijlpaalverzoek(String versie, String van, String tot, String wat, String wie, String toelichting,
        String gedaanOp) {
}
