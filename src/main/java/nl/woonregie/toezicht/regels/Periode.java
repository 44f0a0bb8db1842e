package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the taakstelling that ends in an eindoordeel. Most beleidskaders (Zuid-Holland 2020) judge by the
 * half year: {@code 2022-I} (1 January to 30 June) or {@code 2022-II} (1 July to 31 December). A beleidskader may
 * also judge by the quarter ({@code 2022-K1} … {@code 2022-K4}) or by the calendar year ({@code 2022}); its
 * {@link Kalender} says which and on which dates.
 *
 * @param deel the half year (1–2), the quarter (1–4), or 1 for a year
 */
public record Periode(int jaar, int deel, Lengte lengte) implements Comparable<Periode> {

    /** How long a period is. */
    public enum Lengte {
        KWARTAAL(3), HALFJAAR(6), JAAR(12);

        private final int maanden;

        Lengte(int maanden) {
            this.maanden = maanden;
        }

        public int maanden() {
            return maanden;
        }

        /** Periods in one year. */
        public int delen() {
            return 12 / maanden;
        }
    }

    private static final Pattern HALFJAAR = Pattern.compile("(\\d{4})-(I|II)");
    private static final Pattern KWARTAAL = Pattern.compile("(\\d{4})-K([1-4])");
    private static final Pattern JAAR = Pattern.compile("(\\d{4})");

    public Periode {
        if (jaar < 1900 || jaar > 2999) {
            throw new IllegalArgumentException("jaar buiten bereik: " + jaar);
        }
        if (lengte == null || deel < 1 || deel > lengte.delen()) {
            throw new IllegalArgumentException("geen periode: deel " + deel + " van " + lengte);
        }
    }

    /** A half year, the period of Zuid-Holland 2020. */
    public Periode(int jaar, boolean tweedeHelft) {
        this(jaar, tweedeHelft ? 2 : 1, Lengte.HALFJAAR);
    }

    /** Parses a half year, {@code YYYY-I} or {@code YYYY-II}; empty when the text is not one. */
    public static Optional<Periode> parse(String text) {
        return parse(text, Lengte.HALFJAAR);
    }

    /**
     * Parses a period of the given length: {@code YYYY-I}/{@code YYYY-II} (half year), {@code YYYY-K1} …
     * {@code YYYY-K4} (quarter) or {@code YYYY} (year); empty when the text is not one.
     */
    public static Optional<Periode> parse(String text, Lengte lengte) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m;
        Periode p = null;
        if (lengte == Lengte.HALFJAAR && (m = HALFJAAR.matcher(text)).matches()) {
            p = maak(m.group(1), m.group(2).equals("II") ? 2 : 1, Lengte.HALFJAAR);
        } else if (lengte == Lengte.KWARTAAL && (m = KWARTAAL.matcher(text)).matches()) {
            p = maak(m.group(1), Integer.parseInt(m.group(2)), Lengte.KWARTAAL);
        } else if (lengte == Lengte.JAAR && (m = JAAR.matcher(text)).matches()) {
            p = maak(m.group(1), 1, Lengte.JAAR);
        }
        return Optional.ofNullable(p);
    }

    private static Periode maak(String jaar, int deel, Lengte lengte) {
        int j = Integer.parseInt(jaar);
        return j < 1900 || j > 2999 ? null : new Periode(j, deel, lengte);
    }

    /**
     * A period from its code in any length ({@code 2022-II}, {@code 2025-K3}, {@code 2025}): the codes do not
     * overlap, so a stored code says its own length.
     */
    public static Periode vanCode(String code) {
        for (Lengte lengte : Lengte.values()) {
            Optional<Periode> p = parse(code, lengte);
            if (p.isPresent()) {
                return p.get();
            }
        }
        throw new IllegalArgumentException("geen periode: " + code);
    }

    public static Periode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("geen periode: " + text));
    }

    /** The half year that contains the given date. */
    public static Periode van(LocalDate datum) {
        return van(datum, Lengte.HALFJAAR);
    }

    /** The period of this length that contains the given date. */
    public static Periode van(LocalDate datum, Lengte lengte) {
        return new Periode(datum.getYear(), (datum.getMonthValue() - 1) / lengte.maanden() + 1, lengte);
    }

    /** Whether the date is a peildatum of Zuid-Holland's calendar: 1 January, 1 April, 1 July or 1 October. */
    public static boolean isPeildatum(LocalDate d) {
        return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0;
    }

    /** The latest peildatum of Zuid-Holland's calendar on or before the date. */
    public static LocalDate laatstePeildatum(LocalDate dag) {
        return LocalDate.of(dag.getYear(), ((dag.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    /** Whether this is the second half of a year (only for half years). */
    public boolean tweedeHelft() {
        return lengte == Lengte.HALFJAAR && deel == 2;
    }

    public Periode volgende() {
        return deel < lengte.delen() ? new Periode(jaar, deel + 1, lengte) : new Periode(jaar + 1, 1, lengte);
    }

    public Periode vorige() {
        return deel > 1 ? new Periode(jaar, deel - 1, lengte) : new Periode(jaar - 1, lengte.delen(), lengte);
    }

    public LocalDate eersteDag() {
        return LocalDate.of(jaar, (deel - 1) * lengte.maanden() + 1, 1);
    }

    public LocalDate laatsteDag() {
        return eersteDag().plusMonths(lengte.maanden()).minusDays(1);
    }

    /** Zuid-Holland's tussentijdse toets: the first day of the period's middle month (1 April or 1 October). */
    public LocalDate peildatumTussentijds() {
        return eersteDag().plusMonths(lengte.maanden() / 2);
    }

    /** Zuid-Holland's eindoordeel: the day after the period (1 July, or 1 January of the next year). */
    public LocalDate peildatumEindoordeel() {
        return laatsteDag().plusDays(1);
    }

    public String code() {
        return switch (lengte) {
            case HALFJAAR -> jaar + (deel == 2 ? "-II" : "-I");
            case KWARTAAL -> jaar + "-K" + deel;
            case JAAR -> String.valueOf(jaar);
        };
    }

    /**
     * Dutch description that follows "de", e.g. "tweede helft 2022", "periode april–juni 2022", "periode 2022".
     */
    public String omschrijving() {
        return switch (lengte) {
            case HALFJAAR -> (deel == 2 ? "tweede helft " : "eerste helft ") + jaar;
            case KWARTAAL -> "periode " + maand(eersteDag().getMonth()) + "–" + maand(laatsteDag().getMonth()) + " "
                    + jaar;
            case JAAR -> "periode " + jaar;
        };
    }

    private static String maand(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl-NL"));
    }

    @Override
    public int compareTo(Periode other) {
        return eersteDag().compareTo(other.eersteDag());
    }

    @Override
    public String toString() {
        return code();
    }
}
