package nl.woonregie.verhuisbox;

import java.util.List;

/**
 * The beschikkingen (decision letters, PDF/A) of approved grants, for other modules. Implemented by the nested module
 * {@code verhuisbox.geld}. A beschikking is made by a background job planned when its grant is approved (or, for
 * grants written in bulk, by {@link #planOntbrekende} or {@link #maakOntbrekende}); reading one never makes it.
 */
public interface Beschikkingen {

    record Beschikking(long verstrekking, String kenmerk, byte[] pdf, String sha256) {
    }

    /**
     * Makes and stores the letter of an approved or paid grant when it has none yet; returns the stored one. Called by
     * the approval and by {@link #maakOntbrekende}, never by a read.
     */
    Beschikking zorgVoorBrief(long verstrekking);

    /** The stored letter, or null. */
    Beschikking opgeslagen(long verstrekking);

    /** The team's approved and paid grants without a stored letter (e.g. grants imported in bulk). */
    List<Long> zonderBrief(long team);

    /** Makes the missing letters of a team, each in its own transaction; returns how many were made. */
    int maakOntbrekende(long team);

    /**
     * Plans a background job that makes the missing letters of a team (each in its own transaction, continuing after
     * a restart); false when there are none or such a job is already waiting or running.
     */
    boolean planOntbrekende(long team, String door);
}
