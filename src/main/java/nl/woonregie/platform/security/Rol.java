package nl.woonregie.platform.security;

/** The roles of Woonregie accounts; scope (province, municipality) is stored beside the role. */
public enum Rol {
    /** Manages accounts and sees everything. */
    BEHEERDER,
    /** Supervisor of one province. */
    TOEZICHTHOUDER,
    /** Policy officer of one municipality. */
    GEMEENTE,
    /** Supplies realisation figures: a system account, without personal data (see {@link #systeemaccount()}). */
    COA,
    /** Verhuisbox: a referring professional; sees only the status of own referrals. Needs a team. */
    AANMELDER,
    /** Verhuisbox: Intermediairen Contact Punt, screens referrals (ICP-toets). Needs a team. */
    ICP,
    /** Verhuisbox: casemanager of the cases assigned to him or her. Needs a team. */
    CASEMANAGER,
    /** Verhuisbox: administrative support, registrations on housing sites and reactions. Needs a team. */
    ADMINISTRATIEF,
    /** Verhuisbox: consulent income and grants. Needs a team. */
    CONSULENT,
    /** Verhuisbox: coordinator of the team (waiting list, capacity, reports). Needs a team. */
    COORDINATOR;

    /**
     * A role of systems rather than people, which reads no personal data: an administrator may make its API tokens.
     * Every other account's tokens are made by the account itself, so that nobody can act as someone else.
     */
    public boolean systeemaccount() {
        return this == COA;
    }

    /** The Verhuisbox roles: scoped by a team (of one municipality) instead of a province or municipality. */
    public boolean verhuisbox() {
        return ordinal() >= AANMELDER.ordinal();
    }
}
