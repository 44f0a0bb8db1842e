package nl.woonregie.verhuisbox;

/** Capacity categories: households and young people (under 27). */
public enum Categorie {
    HUISHOUDEN,
    JONGERE
}
