package nl.woonregie.doorbraakplan.pijplijn;

/** The outcome of one aspect of the analysis. */
public enum Uitkomst {
    POSITIEF, ONDER_VOORWAARDEN, NEGATIEF
}
