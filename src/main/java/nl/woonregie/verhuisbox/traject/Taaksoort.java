package nl.woonregie.verhuisbox.traject;

/** The kinds of task on the worklist, each made by one step of the trajectory (or of the money and aftercare). */
public enum Taaksoort {
    /** A referral to take up and screen (ICP). */
    MELDING_BEOORDELEN,
    /** A document criterion not in order after the ICP-toets (consulent). */
    BASIS_OP_ORDE,
    /** The intake talk (casemanager). */
    INTAKE,
    /** Registrations on the agreed housing sites (administratief). */
    INSCHRIJVEN,
    /** The warm hand-over to the new municipality (casemanager). */
    OVERDRACHT,
    /** Special assistance for first rent and furnishing (consulent). */
    BIJZONDERE_BIJSTAND,
    /** Renewing a registration before it lapses (administratief). */
    VERLENGEN,
    /** A lottery dwelling or a good position: react and prepare the papers the same day (administratief). */
    REACTIE_DEADLINE,
    /** The documents for an offer (casemanager). */
    AANBOD_DOCUMENTEN,
    /** A proposed grant to approve or reject (consulent). */
    GOEDKEURING_VERSTREKKING,
    /** An approved grant to pay (administratief). */
    BETALING_VERSTREKKING,
    /** An aftercare contact after the move (casemanager). */
    NAZORG,
    /**
     * An account request of the team (a new account or a new password, asked by an administrator) to approve or
     * refuse (coordinator); a task of the team without a case, completed when the request is decided.
     */
    ACCOUNTVERZOEK
}
