package nl.woonregie.toezicht;

/**
 * The state of a stored version of a beleidskader: a concept until it is published (then rounds may use it); a
 * published version no round used may be withdrawn (then rounds no longer use it).
 */
public enum BeleidskaderStatus {
    CONCEPT, GEPUBLICEERD, INGETROKKEN
}
