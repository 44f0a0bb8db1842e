package nl.woonregie.brieven;

/** The kinds of reminder sent through the outbox (issue 19 §7, ADR 0059); stored, never renamed. */
public enum Herinneringsoort {
    /** The lease window of a period has opened (R14). */
    TERMIJN_HUURCONTRACTEN_OPEN,
    /** The lease deadline is a few working days away and nothing was passed on. */
    TERMIJN_HUURCONTRACTEN_SLUIT
}
