package nl.woonregie.doorbraakplan.pijplijn;

/** Who submitted a lead (step 1: "ingebracht", e.g. by a wijkvereniging). */
public enum Inbrenger {
    BEWONERSORGANISATIE, WIJKVERENIGING, EIGENAAR, COLLEGA, ANDERS
}
