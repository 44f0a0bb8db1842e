package nl.woonregie.verhuisbox;

/**
 * What an ICP-toets leads to: refusal, the waiting list (route REGULIER) or the self-finder's money-only route (route
 * ALLEEN_GELD), or no decision yet (a hard criterion still unknown).
 */
public enum Toetsbesluit {
    GEWEIGERD, WACHTLIJST, ALLEEN_GELD, ONVOLLEDIG
}
