package nl.woonregie.brieven;

/**
 * Where the sending of a letter to one addressee stands: not sent yet; by e-mail in the outbox's queue, accepted by the
 * mail server or failed after the outbox's last attempt (the next sending places it again); by post (the addressee
 * has not accepted electronic decisions, Awb 2:14: the province prints and posts it); or not to send (no address).
 * LINK_VERLOPEN: sent with a download link that expired without a download (the next sending makes a new link).
 * LINK_INGETROKKEN: sent with a download link the province withdrew before its last day (the next sending makes a new
 * link).
 */
public enum Verzendstatus {
    NIET_VERZONDEN, IN_WACHTRIJ, VERZONDEN, MISLUKT, PER_POST, GEEN_ADRES, LINK_VERLOPEN, LINK_INGETROKKEN
}
