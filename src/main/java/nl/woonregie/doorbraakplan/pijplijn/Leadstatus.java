package nl.woonregie.doorbraakplan.pijplijn;

/** Where a lead stands in the pipeline. {@link #AANGEWEZEN} and {@link #AFGEVALLEN} are final. */
public enum Leadstatus {
    /** Submitted (by a resident's organisation, an owner, a colleague …): step 1. */
    INGEDIEND,
    /** The programme team asks the owner whether the location is available (the first filter): step 2. */
    BESCHIKBAARHEID,
    /** Available: analysed on the four aspects: step 3. */
    ANALYSE,
    /** The wethouders decided that a feasibility study starts, led by a projectleider: steps 4–6. */
    HAALBAARHEIDSONDERZOEK,
    /** The wethouders decided to put the location to the college: step 7. */
    COLLEGEVOORSTEL,
    /** The college designated it a Doorbraakplanlocatie (in a tranche, oranje or groen): steps 8–10. */
    AANGEWEZEN,
    /** Dropped, with a reason from the municipality's list and a note. */
    AFGEVALLEN;

    /** Whether nothing follows. */
    public boolean eind() {
        return this == AANGEWEZEN || this == AFGEVALLEN;
    }
}
