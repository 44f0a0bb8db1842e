package nl.woonregie.verhuisbox.rapportage;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;

/**
 * A period [van, tot] of the report, both days included, Dutch time (a change belongs to day d when it happened on or
 * after d 00:00 and before d+1 00:00 in Europe/Amsterdam); at most {@value #MAX_JAREN} years.
 */
public record Periode(LocalDate van, LocalDate tot) {

    /** The longest period a report may cover. */
    static final int MAX_JAREN = 10;

    public static Periode jaar(int jaar) {
        if (jaar < 2000 || jaar > 2100) {
            throw ApiException.invalid("Ongeldig jaar.", List.of(new InvalidParam("jaar", "2000 tot en met 2100")));
        }
        return new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
    }

    /** Is this period exactly one calendar year (1 January to 31 December)? */
    public boolean heelJaar() {
        return van.getDayOfYear() == 1 && tot.equals(LocalDate.of(van.getYear(), 12, 31));
    }

    /** Parses and checks the period input, naming every invalid field. */
    public static Periode van(String van, String tot) {
        List<InvalidParam> f = new ArrayList<>();
        LocalDate v = datum(van, "van", f);
        LocalDate t = datum(tot, "tot", f);
        if (v != null && t != null) {
            if (t.isBefore(v)) {
                f.add(new InvalidParam("tot", "niet vóór van (" + v + ")"));
            } else if (t.isAfter(v.plusYears(MAX_JAREN))) {
                f.add(new InvalidParam("tot", "een periode van hoogstens " + MAX_JAREN + " jaar"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De periode is niet geldig.", f);
        }
        return new Periode(v, t);
    }

    private static LocalDate datum(String s, String veld, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht: een datum (JJJJ-MM-DD)"));
            return null;
        }
        try {
            LocalDate d = IsoDatum.parse(s.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                f.add(new InvalidParam(veld, "een datum tussen 2000 en 2100"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            f.add(new InvalidParam(veld, "een datum (JJJJ-MM-DD)"));
            return null;
        }
    }
}
