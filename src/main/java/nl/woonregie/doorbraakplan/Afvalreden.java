package nl.woonregie.doorbraakplan;

/** A reason for dropping a lead, from the municipality's list (kept by its programme team). */
public record Afvalreden(String code, String omschrijving, boolean actief) {
}
