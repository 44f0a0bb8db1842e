package nl.woonregie.verhuisbox;

/**
 * How a case is closed (only for the transition to AFGESLOTEN). {@code bestemmingCode} is the CBS code of the
 * destination gemeente (checked against the gebied register); {@code bestemming} the text shown (the gemeente's name
 * when only the code is given).
 */
public record Afsluiting(Uitkomst uitkomst, Stopreden stopreden, String bestemming, String bestemmingCode) {

    public Afsluiting(Uitkomst uitkomst, Stopreden stopreden, String bestemming) {
        this(uitkomst, stopreden, bestemming, null);
    }
}
