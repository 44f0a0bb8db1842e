package nl.woonregie.doorbraakplan.pijplijn;

/** A step of the pipeline: from one state to the next, or out (dropped). */
public enum Stap {
    /** The lead is registered (its first step, by the programme team). */
    INDIENEN(null, Leadstatus.INGEDIEND, false),
    /** The programme team asks the owner about availability. */
    BESCHIKBAARHEID_VRAGEN(Leadstatus.INGEDIEND, Leadstatus.BESCHIKBAARHEID, false),
    /** The owner confirmed that the location is available: the analysis starts. */
    BESCHIKBAAR(Leadstatus.BESCHIKBAARHEID, Leadstatus.ANALYSE, false),
    /** The wethouders decide that a feasibility study starts (all four aspects analysed). */
    HAALBAARHEIDSONDERZOEK_STARTEN(Leadstatus.ANALYSE, Leadstatus.HAALBAARHEIDSONDERZOEK, true),
    /** The wethouders decide to put the location to the college (the study has its conclusion). */
    NAAR_COLLEGE(Leadstatus.HAALBAARHEIDSONDERZOEK, Leadstatus.COLLEGEVOORSTEL, true),
    /** The college designates the location a Doorbraakplanlocatie, oranje or groen. */
    AANWIJZEN(Leadstatus.COLLEGEVOORSTEL, Leadstatus.AANGEWEZEN, true),
    /** Dropped at any state before the end, with a reason and a note. */
    AFVALLEN(null, Leadstatus.AFGEVALLEN, true);

    private final Leadstatus van;
    private final Leadstatus naar;
    private final boolean besluit;

    Stap(Leadstatus van, Leadstatus naar, boolean besluit) {
        this.van = van;
        this.naar = naar;
        this.besluit = besluit;
    }

    /** The state the step starts from (null: any state that is not final). */
    public Leadstatus van() {
        return van;
    }

    public Leadstatus naar() {
        return naar;
    }

    /**
     * Whether the step is a decision or a drop: the submitter must then be informed (a task with a deadline).
     */
    public boolean informeren() {
        return besluit;
    }
}
