package nl.woonregie.verhuisbox.evaluatie;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How the evaluator's dataset generalises what would single a person out (issue 20 §6; plain Java): a date to its
 * month, a year to its five-year band, a count above a limit to "n of meer", and a case to its pseudonym — an
 * HMAC-SHA-256 of the case's id under the team's own secret key, so the same case has the same pseudonym in every
 * export of the team and nobody without the key can find the case behind it.
 */
public final class Generalisatie {

    /** Counts from this number on are shown as "4 of meer" (children) or "3 of meer" (adults). */
    static final int KINDEREN_VANAF = 4;
    static final int VOLWASSENEN_VANAF = 3;

    private Generalisatie() {
    }

    /** The month of a date, {@code 2022-03}; empty without a date. */
    public static String maand(LocalDate datum) {
        return datum == null ? "" : YearMonth.from(datum).toString();
    }

    /** The five-year band of a year, {@code 1985–1989} (bands start at a multiple of five); "onbekend" without one. */
    public static String jaarklasse(Integer jaar) {
        if (jaar == null) {
            return "onbekend";
        }
        int begin = jaar - Math.floorMod(jaar, 5);
        return begin + "–" + (begin + 4);
    }

    /** A count, with the counts from {@code vanaf} on as "vanaf of meer"; "onbekend" without one. */
    public static String aantal(Integer n, int vanaf) {
        if (n == null) {
            return "onbekend";
        }
        return n >= vanaf ? vanaf + " of meer" : String.valueOf(n);
    }

    /**
     * The pseudonym of a case under a team's key: {@code E-} and the first 12 hexadecimal digits (48 bits) of
     * HMAC-SHA-256(key, "vhb-casus:" + id), in groups of four.
     */
    public static String pseudoniem(byte[] sleutel, long casus) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel, "HmacSHA256"));
            String hex = HexFormat.of().withUpperCase()
                    .formatHex(mac.doFinal(("vhb-casus:" + casus).getBytes(StandardCharsets.US_ASCII)));
            return "E-" + hex.substring(0, 4) + "-" + hex.substring(4, 8) + "-" + hex.substring(8, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is er niet", e);
        }
    }
}
