package nl.woonregie.platform.achtergrond;

/**
 * Where a running job reports its progress (e.g. 17 of 50 letters). Stored in the database, so every instance shows
 * it; written at most a few times per second, and always when the work is done.
 */
public interface Melder {

    /** A reporter that reports nowhere, for the same work done outside a job. */
    Melder GEEN = (klaar, totaal) -> { };

    /** {@code klaar} of {@code totaal} steps are done (totaal null when unknown). */
    void voortgang(int klaar, Integer totaal);
}
