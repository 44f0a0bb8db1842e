package nl.woonregie.programma.caseload;

/**
 * The inburgering and language route of a statushouder: the routes of the Wet inburgering (B1, onderwijs, Z) or not
 * (yet) obliged — a child, or an adult exempted. Under the law of 2017 (004:L319-377) the municipality had no say in
 * the route; it records which route the person follows to align its own tracks with it.
 */
public enum Inburgeringsroute {
    B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE, NIET_INBURGERINGSPLICHTIG
}
