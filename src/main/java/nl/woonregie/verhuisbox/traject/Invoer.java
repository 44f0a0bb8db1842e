package nl.woonregie.verhuisbox.traject;

import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;

/** Reading values of a request: an enum by name (400 naming the field and the allowed values) and optional text. */
public final class Invoer {

    private Invoer() {
    }

    public static <E extends Enum<E>> E enumWaarde(Class<E> soort, String waarde, String veld) {
        try {
            return Enum.valueOf(soort, waarde.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            StringBuilder sb = new StringBuilder("een van");
            for (E x : soort.getEnumConstants()) {
                sb.append(' ').append(x.name());
            }
            throw ApiException.invalid("Ongeldige waarde.", List.of(new InvalidParam(veld, sb.toString())));
        }
    }

    /** The stripped text, or null when empty. */
    public static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
