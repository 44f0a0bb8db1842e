package nl.woonregie.platform.post;

/** The state of a message in the outbox. */
public enum Poststatus {
    /** Stored and not sent (yet): waiting for its (next) attempt, or for a mail server to be configured. */
    NIET_VERZONDEN,
    /** Accepted by the mail server. */
    VERZONDEN,
    /** Every attempt failed; the administrator can offer it again. */
    MISLUKT
}
