package nl.woonregie.doorbraakplan.ondersteuning;

/** How the residents of a group location live: with their own facilities or sharing them. */
public enum Wonen {
    /** Own kitchen and bathroom. */
    ZELFSTANDIG,
    /** Shared facilities: more intensive woonbegeleiding. */
    ONZELFSTANDIG
}
