package nl.woonregie.aanbod.prognose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A supply source of the forecast: it adds expected persons per day. Numbers are never negative; the what-if API's
 * reader (and the stored sources' service) have checked them and filled in the dated defaults (occupancy, share).
 */
public sealed interface Bron {

    String naam();

    Bronsoort soort();

    /**
     * Corporation agreements for a calendar year: {@code personen}, or {@code woningen × bezetting} (not rounded), per
     * year, each day of {@code jaar} adding a {@code daysInYear}-th. With {@code verwachteVerhuringen} the number of
     * dwellings is checked against {@code maxAandeel} of them.
     */
    record Corporatie(String naam, int jaar, Long personen, Long woningen, BigDecimal bezetting,
            Long verwachteVerhuringen, BigDecimal maxAandeel) implements Bron {

        public Corporatie {
            Objects.requireNonNull(naam);
            Objects.requireNonNull(bezetting);
            Objects.requireNonNull(maxAandeel);
            if ((personen == null) == (woningen == null)) {
                throw new IllegalArgumentException("personen of woningen, precies een van beide");
            }
            nietNegatief(personen);
            nietNegatief(woningen);
            nietNegatief(verwachteVerhuringen);
            if (bezetting.signum() <= 0 || maxAandeel.signum() <= 0) {
                throw new IllegalArgumentException("bezetting en maxAandeel moeten positief zijn");
            }
        }

        /** Persons per year: {@code personen}, or {@code woningen × bezetting}. */
        public Breuk personenPerJaar() {
            return personen != null ? Breuk.van(personen) : Breuk.van(woningen).maal(Breuk.van(bezetting));
        }

        /** Dwellings: {@code woningen}, or {@code personen / bezetting}. */
        public Breuk aantalWoningen() {
            return woningen != null ? Breuk.van(woningen) : Breuk.van(personen).gedeeldDoor(Breuk.van(bezetting));
        }

        @Override
        public Bronsoort soort() {
            return Bronsoort.CORPORATIE;
        }
    }

    /**
     * A project: from {@code startInhuizing} (inclusive) each day adds {@code perWeek / 7} until the project's total
     * reaches {@code plaatsen}; without {@code perWeek} all places arrive on {@code startInhuizing}.
     */
    record Project(String naam, long plaatsen, LocalDate startInhuizing, BigDecimal perWeek) implements Bron {

        public Project {
            Objects.requireNonNull(naam);
            Objects.requireNonNull(startInhuizing);
            nietNegatief(plaatsen);
            nietNegatief(perWeek);
        }

        @Override
        public Bronsoort soort() {
            return Bronsoort.PROJECT;
        }
    }

    /** {@code personen} on one day. */
    record Eenmalig(String naam, LocalDate datum, long personen) implements Bron {

        public Eenmalig {
            Objects.requireNonNull(naam);
            Objects.requireNonNull(datum);
            nietNegatief(personen);
        }

        @Override
        public Bronsoort soort() {
            return Bronsoort.EENMALIG;
        }
    }

    /**
     * {@code perWeek / 7} on each day from {@code vanaf} (default: the day after the peildatum) to {@code tot}
     * (default: the end of the period), both inclusive.
     */
    record Tempo(String naam, BigDecimal perWeek, LocalDate vanaf, LocalDate tot) implements Bron {

        public Tempo {
            Objects.requireNonNull(naam);
            Objects.requireNonNull(perWeek);
            nietNegatief(perWeek);
            if (vanaf != null && tot != null && tot.isBefore(vanaf)) {
                throw new IllegalArgumentException("tot ligt voor vanaf");
            }
        }

        @Override
        public Bronsoort soort() {
            return Bronsoort.TEMPO;
        }
    }

    private static void nietNegatief(Long n) {
        if (n != null && n < 0) {
            throw new IllegalArgumentException("negatief aantal: " + n);
        }
    }

    private static void nietNegatief(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("negatief aantal: " + n);
        }
    }

    private static void nietNegatief(BigDecimal n) {
        if (n != null && n.signum() < 0) {
            throw new IllegalArgumentException("negatief aantal: " + n);
        }
    }
}
