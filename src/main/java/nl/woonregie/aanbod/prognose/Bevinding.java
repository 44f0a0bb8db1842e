package nl.woonregie.aanbod.prognose;

/** A finding of the forecast on its inputs, with a Dutch text for the reader. */
public record Bevinding(Type type, String bron, String tekst) {

    public enum Type {
        /** A corporation source plans more dwellings than the agreed share of the expected lettings. */
        BOVEN_AFGESPROKEN_AANDEEL
    }
}
