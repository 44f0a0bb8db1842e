package nl.woonregie.platform.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date as the API, its parameters and the forms take it: {@code JJJJ-MM-DD} with a four-digit year.
 * {@link LocalDate#parse} also takes {@code +999999999-12-31}, which no one means and PostgreSQL cannot store (a
 * 500 where a 400 belongs); every date a request brings is read here.
 */
public final class IsoDatum {

    private static final Pattern VORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoDatum() {
    }

    /**
     * The date, as {@link LocalDate#parse} reads it but only in the form {@code JJJJ-MM-DD}.
     *
     * @throws DateTimeParseException for anything else, as {@link LocalDate#parse} does
     */
    public static LocalDate parse(CharSequence tekst) {
        if (tekst == null || !VORM.matcher(tekst).matches()) {
            throw new DateTimeParseException("geen datum JJJJ-MM-DD", tekst == null ? "" : tekst, 0);
        }
        return LocalDate.parse(tekst);
    }
}
