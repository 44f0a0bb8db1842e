package nl.woonregie.verhuisbox.traject;

/** The state of a checklist item: still to do, done, or not applicable. A step needs its list without open items. */
public enum Checkstand {
    OPEN, GEDAAN, NVT
}
