package nl.woonregie.brieven;

/** The kind of organisation a contact works for: a municipality, or a province's COA region or corporation. */
public enum Organisatiesoort {
    GEMEENTE, COA_REGIO, CORPORATIE
}
