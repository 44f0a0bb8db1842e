package nl.woonregie.doorbraakplan.communicatie;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When something happens: a day, or only a month (then {@code datum} is the month's first day). Two moments are
 * certainly the same only as the same day; a month and a day (or month) in it may or may not be the same moment.
 */
public record Moment(LocalDate datum, Precisie precisie) implements Comparable<Moment> {

    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy",
            Locale.forLanguageTag("nl"));

    public Moment {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(precisie, "precisie");
        if (precisie == Precisie.MAAND) {
            datum = datum.withDayOfMonth(1);
        }
    }

    public static Moment dag(LocalDate d) {
        return new Moment(d, Precisie.DAG);
    }

    public static Moment maand(YearMonth m) {
        return new Moment(m.atDay(1), Precisie.MAAND);
    }

    /** The first day this moment may be. */
    public LocalDate van() {
        return datum;
    }

    /** The last day this moment may be. */
    public LocalDate tot() {
        return precisie == Precisie.DAG ? datum : YearMonth.from(datum).atEndOfMonth();
    }

    /** Certainly the same moment: the same day, both known to the day. */
    public boolean zekerGelijk(Moment ander) {
        return precisie == Precisie.DAG && ander.precisie == Precisie.DAG && datum.equals(ander.datum);
    }

    /** Certainly different moments: their possible days do not overlap. */
    public boolean zekerVerschillend(Moment ander) {
        return tot().isBefore(ander.van()) || ander.tot().isBefore(van());
    }

    /** "29 maart 2022", or "april 2022" when only the month is known. */
    public String tekst() {
        return precisie == Precisie.DAG ? DAG.format(datum) : MAAND.format(datum);
    }

    /** Earlier first; at the same first day, a known day before a whole month. */
    @Override
    public int compareTo(Moment o) {
        int c = van().compareTo(o.van());
        return c != 0 ? c : tot().compareTo(o.tot());
    }
}
