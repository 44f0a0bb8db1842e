package nl.woonregie.programma.caseload;

/**
 * A figure of a year before toezicht's records begin, as a source states it: the taakstelling or the number housed
 * of the whole year ({@link Deel#JAAR}), a half-year's part where the source itself states one, or the backlog
 * carried into the year ({@link Deel#ACHTERSTAND}, of the taakstelling). Never a half-year split that no source
 * states. A year can have more than one stated value (each with its source line); {@link Jaarcijfercontrole} names
 * the differences.
 */
public record Jaarcijfer(long id, int jaar, Grootheid grootheid, Deel deel, int waarde, String bron,
        String toelichting) {

    public enum Grootheid {
        TAAKSTELLING, GEHUISVEST
    }

    public enum Deel {
        JAAR, EERSTE_HALFJAAR, TWEEDE_HALFJAAR, ACHTERSTAND
    }
}
