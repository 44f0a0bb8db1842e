package nl.woonregie.gebied;

/** A region of gemeenten, e.g. veiligheidsregio {@code VR15} Haaglanden ({@code soort} VEILIGHEIDSREGIO). */
public record Regio(String code, String naam, String soort) {

    /** The soort of the 25 veiligheidsregio's. */
    public static final String VEILIGHEIDSREGIO = "VEILIGHEIDSREGIO";
}
