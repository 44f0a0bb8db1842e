package nl.woonregie.verhuisbox;

/** The three service variants of Verhuisbox Plus (inventory §2.3). */
public enum Variant {
    /** Intensive help finding and moving into a home. */
    INTENSIEF,
    /** Intake and light support: the client reacts, money and guidance once a home is found. */
    LICHT,
    /** Advice talk (for a professional guide, e.g. an MWA provider or a jongerenregisseur) and money only. */
    ADVIES
}
