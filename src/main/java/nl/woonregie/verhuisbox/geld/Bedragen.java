package nl.woonregie.verhuisbox.geld;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.Geld.Vorm;
import org.springframework.http.HttpStatus;

/** Reading the money fields of a request: amounts (scale 2), codes, texts and the vorm; every problem named. */
final class Bedragen {

    /** numeric(10,2) of a grant, numeric(12,2) of a pot */
    static final BigDecimal MAX_VERSTREKKING = new BigDecimal("99999999.99");
    static final BigDecimal MAX_POT = new BigDecimal("9999999999.99");

    private Bedragen() {
    }

    /** A positive amount of at most two decimals and at most {@code max}; null after adding the problem to f. */
    static BigDecimal bedrag(BigDecimal b, String veld, BigDecimal max, boolean verplicht, List<InvalidParam> f) {
        if (b == null) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht: een bedrag in euro, bijvoorbeeld 1750.00"));
            }
            return null;
        }
        if (b.stripTrailingZeros().scale() > 2) {
            f.add(new InvalidParam(veld, "hoogstens 2 decimalen (eurocenten)"));
            return null;
        }
        if (b.signum() < 0) {
            f.add(new InvalidParam(veld, "mag niet negatief zijn"));
            return null;
        }
        if (b.signum() == 0) {
            f.add(new InvalidParam(veld, "moet groter zijn dan 0"));
            return null;
        }
        if (b.compareTo(max) > 0) {
            f.add(new InvalidParam(veld, "hoogstens " + Weergave.euro(max)));
            return null;
        }
        return b.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String tekst(String s, String veld, int max, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        if (s.strip().length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
            return null;
        }
        return s.strip();
    }

    static String code(String s, String veld, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        String c = s.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{0,39}")) {
            f.add(new InvalidParam(veld, "hoofdletters, cijfers en _ (hoogstens 40 tekens)"));
            return null;
        }
        return c;
    }

    static Vorm vorm(String s, String veld, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht: GIFT of LENING"));
            return null;
        }
        try {
            return Vorm.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            f.add(new InvalidParam(veld, "GIFT of LENING"));
            return null;
        }
    }

    static void gooi(String detail, List<InvalidParam> f) {
        if (!f.isEmpty()) {
            throw ApiException.invalid(detail, f);
        }
    }

    static ApiException conflict(String titel, String detail) {
        return new ApiException(HttpStatus.CONFLICT, titel, detail, null);
    }
}
