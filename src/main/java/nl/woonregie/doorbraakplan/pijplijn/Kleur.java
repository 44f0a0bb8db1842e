package nl.woonregie.doorbraakplan.pijplijn;

/** How the college designates a location: ORANJE (an onderzoekslocatie) or GROEN (a definite location). */
public enum Kleur {
    ORANJE, GROEN
}
