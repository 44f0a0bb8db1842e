package nl.woonregie.toezicht;

/** The state of a stored version of a beleidskader: a concept until it is published (then rounds may use it). */
public enum BeleidskaderStatus {
    CONCEPT, GEPUBLICEERD
}
