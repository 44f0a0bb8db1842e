package nl.woonregie.doorbraakplan;

/** How the submitter was informed of a decision. */
public enum Informeerwijze {
    BRIEF, EMAIL, TELEFOON, GESPREK
}
