package nl.woonregie.verhuisbox;

/**
 * One eligibility criterion of a year. UITSLUITEND: not met means refusal (the hard exclusions); DOCUMENT: not met
 * means a "basis op orde" task, never a refusal; UITZONDERING: met means the light (advice-only) variant.
 */
public record Criterium(int jaar, String code, int volgorde, String omschrijving, Soort soort, String verwijzing) {

    public enum Soort {
        UITSLUITEND, DOCUMENT, UITZONDERING
    }

    public enum Uitslag {
        VOLDAAN, NIET_VOLDAAN, ONBEKEND
    }
}
