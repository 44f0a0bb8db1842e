package nl.woonregie.doorbraakplan;

/** An audience of the municipality's list (Raad, Bewonersorganisaties, Omwonenden …); a withdrawn one stays used. */
public record Doelgroep(String code, String omschrijving, boolean actief) {
}
