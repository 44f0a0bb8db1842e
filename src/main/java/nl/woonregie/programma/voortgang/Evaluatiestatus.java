package nl.woonregie.programma.voortgang;

/** Whether an evaluation moment is still planned or has been held. */
public enum Evaluatiestatus {
    GEPLAND, GEHOUDEN
}
