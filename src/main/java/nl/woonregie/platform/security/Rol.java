package nl.woonregie.platform.security;

/**
 * The roles an account can be assigned, each with its own scope ({@link Toewijzing}); an account holds one or more
 * assignments. What a role is, is said by its properties — the kind of scope it needs, whether it is a Verhuisbox
 * role, whether it is a system account — never by its place in this list: nothing may depend on the order.
 */
public enum Rol {
    /** Manages accounts and sees the supervision data of every province. */
    BEHEERDER(Scopesoort.GEEN, false, false),
    /** Supervisor of one province. */
    TOEZICHTHOUDER(Scopesoort.PROVINCIE, false, false),
    /** Policy officer of one municipality: reads its own supervision data, submits its leases. */
    GEMEENTE(Scopesoort.GEMEENTE, false, false),
    /** Supplies realisation figures: a system account, without personal data (see {@link #systeemaccount()}). */
    COA(Scopesoort.GEEN, false, true),
    /** Verhuisbox: a referring professional; sees only the status of own referrals. */
    AANMELDER(Scopesoort.TEAM, true, false),
    /** Verhuisbox: Intermediairen Contact Punt, screens referrals (ICP-toets). */
    ICP(Scopesoort.TEAM, true, false),
    /** Verhuisbox: casemanager of the cases assigned to him or her. */
    CASEMANAGER(Scopesoort.TEAM, true, false),
    /** Verhuisbox: administrative support, registrations on housing sites and reactions. */
    ADMINISTRATIEF(Scopesoort.TEAM, true, false),
    /** Verhuisbox: consulent income and grants. */
    CONSULENT(Scopesoort.TEAM, true, false),
    /** Verhuisbox: coordinator of the team (waiting list, capacity, reports, account requests). */
    COORDINATOR(Scopesoort.TEAM, true, false),
    /** The State (e.g. the ministry): reads the national view of every province. */
    RIJK(Scopesoort.GEEN, false, false),
    /** Policy staff of one province: authors and publishes the province's beleidskader. */
    BELEIDSMEDEWERKER(Scopesoort.PROVINCIE, false, false),
    /** The programme team of one municipality (leads, tranches, communication of a doorbraakplan). */
    PROGRAMMATEAM(Scopesoort.GEMEENTE, false, false),
    /** One department of a municipality (e.g. SZW, OCW): its support lines and their cover. */
    DIENST(Scopesoort.AFDELING, false, false),
    /** Leads a feasibility study and its project: scoped to one project. */
    PROJECTLEIDER(Scopesoort.PROJECT, false, false),
    /** Owns a programme of a municipality. */
    PROGRAMMAMANAGER(Scopesoort.PROGRAMMA, false, false),
    /** Budget and spending of a programme. */
    CONTROLLER(Scopesoort.PROGRAMMA, false, false),
    /** The municipality's executive (wethouders, college): reads, never changes. */
    BESTUUR(Scopesoort.GEMEENTE, false, false),
    /**
     * Case manager of a municipality's integration caseload (module programma): reads and keeps the statushouders
     * assigned to him or her, every read logged. Not a Verhuisbox role: scoped to the municipality, granted by the
     * administrator.
     */
    CASEMANAGER_INTEGRATIE(Scopesoort.GEMEENTE, false, false);

    private final Scopesoort scopesoort;
    private final boolean verhuisbox;
    private final boolean systeemaccount;

    Rol(Scopesoort scopesoort, boolean verhuisbox, boolean systeemaccount) {
        this.scopesoort = scopesoort;
        this.verhuisbox = verhuisbox;
        this.systeemaccount = systeemaccount;
    }

    /** The kind of scope an assignment of this role names. */
    public Scopesoort scopesoort() {
        return scopesoort;
    }

    /**
     * A role of systems rather than people, which reads no personal data: an administrator may make its API tokens.
     * Every other account's tokens are made by the account itself, so that nobody can act as someone else.
     */
    public boolean systeemaccount() {
        return systeemaccount;
    }

    /**
     * A Verhuisbox role: it reads clients' files. Such an assignment is scoped by a team, given only with the team
     * coordinator's approval ({@link Accountverzoeken}), and its account needs a second factor when so configured.
     */
    public boolean verhuisbox() {
        return verhuisbox;
    }

    /**
     * The role with the fewest rights, which the administrator's forms propose: BESTUUR reads the decisions of one
     * municipality and changes nothing (chosen by name, not by place in the list).
     */
    public static Rol minsteRechten() {
        return BESTUUR;
    }
}
