package nl.woonregie.brieven;

/** What goes to the contacts about a toezichtgesprek (issue 19 §4). */
public enum Gespreksstuk {
    UITNODIGING, CONCEPTVERSLAG, VERSLAG
}
