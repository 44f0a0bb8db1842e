package nl.woonregie.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request came from, as written in the audit trail. */
public final class Client {

    private Client() {
    }

    public static String van(HttpServletRequest request) {
        if (request == null) {
            return null;
        }
        String agent = request.getHeader("User-Agent");
        String adres = request.getRemoteAddr();
        if (agent == null || agent.isBlank()) {
            return adres;
        }
        return adres + " " + (agent.length() > 120 ? agent.substring(0, 120) : agent);
    }
}
