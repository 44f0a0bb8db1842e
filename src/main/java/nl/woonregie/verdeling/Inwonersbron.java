package nl.woonregie.verdeling;

/** Where a gemeente's population iG in a distribution comes from (art. 29 lid 1 onder b, art. 30). */
public enum Inwonersbron {
    /** The CBS figure of the gemeente on the peildatum. */
    CBS,
    /**
     * The gemeente changed by a herindeling after the peildatum: the sum of the CBS figures of its constituent parts
     * (art. 30 lid 2), as long as the province has not fixed a figure.
     */
    SOM_VAN_DELEN,
    /** The figure Gedeputeerde Staten fixed for the gemeente after a herindeling (art. 30 lid 1), with its decision. */
    PROVINCIE
}
