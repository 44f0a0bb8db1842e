package nl.woonregie.doorbraakplan.pijplijn;

/** The four aspects of the analysis (inventory A.2 step 3, a–d). */
public enum Aspect {
    UITGANGSPUNTEN, RUIMTELIJKE_MOGELIJKHEDEN, FINANCIEN, LEEFBAARHEID_EN_VEILIGHEID
}
