package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-year period of the taakstelling: {@code 2022-I} (1 January to 30 June) or {@code 2022-II} (1 July to
 * 31 December).
 */
public record Periode(int jaar, boolean tweedeHelft) implements Comparable<Periode> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(I|II)");

    public Periode {
        if (jaar < 1900 || jaar > 2999) {
            throw new IllegalArgumentException("jaar buiten bereik: " + jaar);
        }
    }

    /** Parses {@code YYYY-I} or {@code YYYY-II}; empty when the text is not a period. */
    public static Optional<Periode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int jaar = Integer.parseInt(m.group(1));
        if (jaar < 1900 || jaar > 2999) {
            return Optional.empty();
        }
        return Optional.of(new Periode(jaar, m.group(2).equals("II")));
    }

    public static Periode of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("geen periode: " + text));
    }

    /** The period that contains the given date. */
    public static Periode van(LocalDate datum) {
        return new Periode(datum.getYear(), datum.getMonthValue() > 6);
    }

    /** Whether the date is a peildatum: 1 January, 1 April, 1 July or 1 October. */
    public static boolean isPeildatum(LocalDate d) {
        return d.getDayOfMonth() == 1 && (d.getMonthValue() - 1) % 3 == 0;
    }

    /** The latest peildatum on or before the date. */
    public static LocalDate laatstePeildatum(LocalDate dag) {
        return LocalDate.of(dag.getYear(), ((dag.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    public Periode volgende() {
        return tweedeHelft ? new Periode(jaar + 1, false) : new Periode(jaar, true);
    }

    public Periode vorige() {
        return tweedeHelft ? new Periode(jaar, false) : new Periode(jaar - 1, true);
    }

    public LocalDate eersteDag() {
        return LocalDate.of(jaar, tweedeHelft ? 7 : 1, 1);
    }

    public LocalDate laatsteDag() {
        return tweedeHelft ? LocalDate.of(jaar, 12, 31) : LocalDate.of(jaar, 6, 30);
    }

    /** Peildatum of the tussentijdse toets: 1 April or 1 October. */
    public LocalDate peildatumTussentijds() {
        return LocalDate.of(jaar, tweedeHelft ? 10 : 4, 1);
    }

    /** Peildatum of the eindoordeel: 1 July, or 1 January of the next year. */
    public LocalDate peildatumEindoordeel() {
        return laatsteDag().plusDays(1);
    }

    public String code() {
        return jaar + (tweedeHelft ? "-II" : "-I");
    }

    /** Dutch description, e.g. "tweede helft 2022". */
    public String omschrijving() {
        return (tweedeHelft ? "tweede helft " : "eerste helft ") + jaar;
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
