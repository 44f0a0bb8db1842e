package nl.woonregie.platform.achtergrond;

/** The state of a background job as a person sees it. */
public enum Taakstatus {
    /** Waiting for an instance to pick it up (the first time, or again after a failed attempt). */
    GEPLAND,
    /** Being run by an instance. */
    BEZIG,
    /** Done. */
    KLAAR,
    /** Failed on every attempt; can be started again from the administrator's page. */
    MISLUKT
}
