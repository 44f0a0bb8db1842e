package nl.woonregie.programma.voortgang;

/**
 * How a measurement is judged against its target: at least the target (5 matches, 1 extra doorstroomvoorziening), or
 * at most the target (young people out of the shelter within 3 months).
 */
public enum Streefrichting {
    TEN_MINSTE, TEN_HOOGSTE
}
