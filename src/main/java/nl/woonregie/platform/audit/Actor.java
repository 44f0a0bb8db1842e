package nl.woonregie.platform.audit;

/**
 * Who caused an event, as the audit trail records it: the account (with the API token when one was used, or
 * {@code systeem}/{@code demo}) and where the request came from (address, token name), which may be null.
 */
public record Actor(String naam, String client) {

    public static final Actor SYSTEEM = new Actor("systeem", null);
}
