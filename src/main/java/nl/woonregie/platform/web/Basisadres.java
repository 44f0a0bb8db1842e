package nl.woonregie.platform.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address at which people reach Woonregie ({@code woonregie.basis-url}, e.g. https://woonregie.gemeente.nl; in
 * templates {@code @basisadres}). A link handed to someone outside the session — a client's survey link, a one-time
 * password link — is written with it, never with the request's {@code Host} header, which whoever sends the request
 * chooses (a link pointing elsewhere would hand the token to that site). Checked at start: an absolute http(s)
 * address without query, fragment or user info; a trailing slash is dropped.
 */
@Component("basisadres")
public class Basisadres {

    private final String basis;

    Basisadres(@Value("${woonregie.basis-url:}") String waarde) {
        this.basis = geldig(waarde);
    }

    /** The base address itself, without a trailing slash. */
    public String basis() {
        return basis;
    }

    /** The full address of a path of the application ({@code /wachtwoord/…} → https://…/wachtwoord/…). */
    public String van(String pad) {
        return basis + (pad.startsWith("/") ? pad : "/" + pad);
    }

    static String geldig(String waarde) {
        String b = waarde == null ? "" : waarde.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        URI u;
        try {
            u = new URI(b);
        } catch (URISyntaxException e) {
            u = null;
        }
        if (u == null || !("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null
                || u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
            throw new IllegalStateException("woonregie.basis-url (WOONREGIE_BASIS_URL) moet het volledige adres zijn "
                    + "waarop Woonregie bereikbaar is, bijvoorbeeld https://woonregie.gemeente.nl; nu: '" + waarde
                    + "'");
        }
        return b;
    }
}
