package nl.woonregie.toezicht;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frozen letters about a municipality's supervision and of a round, for their pages. Implemented by the module that makes the
 * letters ({@code brieven}), so that toezicht lists them without depending on it.
 */
public interface VastgelegdeBrieven {

    /**
     * One frozen letter: the round it belongs to, its reference and date, the SHA-256 of its PDF, and when it was first
     * sent to the municipality's addressees (by e-mail through the outbox or on the post list; null while not sent).
     */
    record Vermelding(long ronde, LocalDate peildatum, String kenmerk, LocalDate datum, String sha256,
            OffsetDateTime verzondenOp) {

        public Vermelding(long ronde, LocalDate peildatum, String kenmerk, LocalDate datum, String sha256) {
            this(ronde, peildatum, kenmerk, datum, sha256, null);
        }
    }

    /** The frozen letters of a municipality, newest round first (the latest version per round). */
    List<Vermelding> vanGemeente(String gemeente);

    /** The frozen letters of a round at this version of the round, by municipality code. */
    Map<String, Vermelding> vanRonde(long ronde, int versie);

    /**
     * The making of a vastgestelde round's letters, which a background job does after the vaststelling: how far it
     * is, and the error of the last failed attempt (with the moment of the next one, or none when it failed for good).
     */
    record Aanmaak(boolean mislukt, int klaar, int totaal, String fout, OffsetDateTime volgendePoging) {
    }

    /** The making of the round's letters at this version while it is not done (empty when done or never started). */
    default Optional<Aanmaak> aanmaak(long ronde, int versie) {
        return Optional.empty();
    }
}
