package nl.woonregie.platform.web;

import java.util.List;

/**
 * The version of a resource in HTTP headers: {@code ETag: "3"} on a read, {@code If-Match: "3"} (or the weak
 * {@code W/"3"}) on a change that must be made to that version.
 */
public final class Versiekop {

    private Versiekop() {
    }

    /** The version an {@code If-Match} header names; null without the header; 400 naming it when malformed. */
    public static Integer uitIfMatch(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalid("Ongeldige header.", List.of(new InvalidParam("If-Match",
                    "de versie, bijvoorbeeld \"2\"")));
        }
    }

    /** The {@code ETag} of a version. */
    public static String etag(int versie) {
        return "\"" + versie + "\"";
    }
}
