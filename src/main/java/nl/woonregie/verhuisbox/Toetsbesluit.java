package nl.woonregie.verhuisbox;

/** What an ICP-toets leads to: refusal, the waiting list, or no decision yet (a hard criterion still unknown). */
public enum Toetsbesluit {
    GEWEIGERD, WACHTLIJST, ONVOLLEDIG
}
