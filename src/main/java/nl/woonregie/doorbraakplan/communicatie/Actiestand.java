package nl.woonregie.doorbraakplan.communicatie;

/** Where an action stands: planned, done (on a date) or lapsed (with a reason). */
public enum Actiestand {
    GEPLAND, GEDAAN, VERVALLEN
}
