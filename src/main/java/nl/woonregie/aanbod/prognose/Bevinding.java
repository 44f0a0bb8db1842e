package nl.woonregie.aanbod.prognose;

/** A finding of the forecast on its inputs, with a Dutch text for the reader. */
public record Bevinding(Type type, String bron, String tekst) {

    public enum Type {
        /** A corporation source plans more dwellings than the agreed share of the expected lettings. */
        BOVEN_AFGESPROKEN_AANDEEL,
        /**
         * The sources other than the corporations' regular lettings bring more than the agreed share of a period's
         * expected supply (the memo's 30 %). Judged by the stored forecast over all its sources, not by the model.
         */
        NIET_REGULIER_BOVEN_AANDEEL
    }
}
