package nl.woonregie.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's own version and public address, checked at start. {@code woonregie.api.versie} is the full semantic
 * version of the API (not the build's version): a new field or endpoint raises the minor version, a fix the patch
 * version, a change that breaks a client the major version — and with it the {@code /v1} in every path. Every API
 * response carries it as {@value #KOP} ({@link ApiVersieFilter}, {@link TomcatFoutValve}); the OpenAPI document
 * states it as {@code info.version} ({@link ApiDocument}). {@code woonregie.api.basis-url} is the address at which
 * integrators reach the API, ending in {@code /v<major>} (default: {@code woonregie.basis-url} + {@code /api/v1}):
 * the document's only server, to which its paths are relative.
 */
@Component
class ApiVersie {

    /** The response header with the API's full version (NL API Design Rules, /core/version-header). */
    public static final String KOP = "API-Version";
    /** Where the API's paths begin in the application; the document's paths are relative to it. */
    public static final String PAD = "/api/v1";

    private static final Pattern SEMVER = Pattern.compile("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$");

    private final String versie;
    private final String basisUrl;

    ApiVersie(@Value("${woonregie.api.versie}") String versie, @Value("${woonregie.api.basis-url:}") String basisUrl,
            @Value("${woonregie.basis-url:http://localhost:8080}") String woonregie) {
        Matcher m = SEMVER.matcher(versie == null ? "" : versie.strip());
        if (!m.matches()) {
            throw new IllegalStateException("woonregie.api.versie moet een semantische versie zijn (bijvoorbeeld "
                    + "1.0.0); nu: '" + versie + "'");
        }
        this.versie = versie.strip();
        String major = m.group(1);
        this.basisUrl = basisUrl(basisUrl == null || basisUrl.isBlank()
                ? woonregie.strip().replaceAll("/+$", "") + "/api/v" + major : basisUrl, major);
    }

    /** The full semantic version, e.g. {@code 1.0.0}. */
    public String versie() {
        return versie;
    }

    /** The public address of the API, e.g. {@code https://woonregie.provincie.nl/api/v1}, without a trailing slash. */
    public String basisUrl() {
        return basisUrl;
    }

    static String basisUrl(String waarde, String major) {
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
                || u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null
                || u.getRawPath() == null || !u.getRawPath().endsWith("/v" + major)) {
            throw new IllegalStateException("woonregie.api.basis-url (WOONREGIE_API_BASIS_URL) moet het volledige "
                    + "adres van de API zijn, eindigend op /v" + major + ", bijvoorbeeld "
                    + "https://woonregie.provincie.nl/api/v" + major + "; nu: '" + waarde + "'");
        }
        return b;
    }
}
