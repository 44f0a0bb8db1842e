package nl.woonregie.verhuisbox.zoeken;

/**
 * The housing-market pressure of a search area on five levels, after the "spanningsindicator" the team used (weinig /
 * minder / gemiddelde / meer / veel spanning; inventory §6.2, 002:L8649-L8656). Not set is {@code null} ("nog niet
 * vastgesteld"). ADR 0061: only the lowest level makes a search region "zeer kansrijk" — the reports' word for the
 * krimp and anticipeer areas, which are shipped at that level.
 */
public enum Marktdruk {
    ZEER_LAAG, LAAG, GEMIDDELD, HOOG, ZEER_HOOG;

    /** Does this level make a search region zeer kansrijk (the condition of Intake → Zoeken)? */
    public boolean zeerKansrijk() {
        return this == ZEER_LAAG;
    }
}
