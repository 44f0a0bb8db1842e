package nl.woonregie.doorbraakplan.toetsing;

/** The outcome of a location against one uitgangspunt, scored by the programme team or computed from a limit. */
public enum Toetsuitkomst {
    VOLDOET, VOLDOET_DEELS, VOLDOET_NIET, ONBEKEND
}
