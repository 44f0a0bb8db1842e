package nl.woonregie.doorbraakplan.ondersteuning;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2022-Q4}. */
public record Kwartaal(int jaar, int nummer) implements Comparable<Kwartaal> {

    private static final Pattern VORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Kwartaal {
        if (nummer < 1 || nummer > 4) {
            throw new IllegalArgumentException("kwartaal " + nummer + " bestaat niet");
        }
    }

    /** The quarter of a text {@code JJJJ-Qn} (n from 1 to 4); empty for anything else. */
    public static Optional<Kwartaal> parse(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        Matcher m = VORM.matcher(tekst);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Kwartaal(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** The first day of the quarter. */
    public LocalDate eersteDag() {
        return LocalDate.of(jaar, (nummer - 1) * 3 + 1, 1);
    }

    /** The first day of each of the quarter's three months. */
    public java.util.List<LocalDate> maanden() {
        LocalDate eerste = eersteDag();
        return java.util.List.of(eerste, eerste.plusMonths(1), eerste.plusMonths(2));
    }

    /** The quarter after this one. */
    public Kwartaal volgende() {
        return nummer == 4 ? new Kwartaal(jaar + 1, 1) : new Kwartaal(jaar, nummer + 1);
    }

    @Override
    public int compareTo(Kwartaal o) {
        return jaar != o.jaar ? Integer.compare(jaar, o.jaar) : Integer.compare(nummer, o.nummer);
    }

    /** {@code 2022-Q4}. */
    @Override
    public String toString() {
        return jaar + "-Q" + nummer;
    }
}
