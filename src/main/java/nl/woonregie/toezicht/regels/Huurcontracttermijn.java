package nl.woonregie.toezicht.regels;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * R14's window for the leases (huurcontracten) of one period: a lease counts when it starts in the last
 * {@code dagenVoorEinde} days of the period, and the municipality may pass such leases on from the first of those days
 * (a signed lease is known before it starts; COA's figures are two weeks behind) until {@code indientermijnDagen} days
 * after the period's end, both inclusive (Zuid-Holland 2020: 14 and 4, so for period I from 17 June up to and
 * including 4 July). Plain dates in, plain dates out; "today" is the caller's.
 *
 * @param periode          the judged period the leases are for
 * @param ingangVanaf      the first start date that counts (and the first day the window is open)
 * @param ingangTotEnMet   the last start date that counts: the period's last day
 * @param uiterlijk        the deadline: the last day leases may be passed on
 */
public record Huurcontracttermijn(Periode periode, LocalDate ingangVanaf, LocalDate ingangTotEnMet,
        LocalDate uiterlijk) {

    /** Where a day lies relative to the window. */
    public enum Stand {
        /** Before the last {@code dagenVoorEinde} days of the period. */
        NOG_NIET_OPEN,
        /** In the last days of the period or after it up to and including the deadline. */
        OPEN,
        /** After the deadline. */
        VERSTREKEN
    }

    public Huurcontracttermijn {
        if (ingangVanaf.isAfter(ingangTotEnMet) || uiterlijk.isBefore(ingangTotEnMet)) {
            throw new IllegalArgumentException("geen geldige termijn: " + ingangVanaf + " t/m " + ingangTotEnMet
                    + ", uiterlijk " + uiterlijk);
        }
    }

    /** The window of a period by the beleidskader's two numbers (each at least 1, resp. 0). */
    public static Huurcontracttermijn van(Periode periode, int dagenVoorEinde, int indientermijnDagen) {
        if (dagenVoorEinde < 1 || indientermijnDagen < 0) {
            throw new IllegalArgumentException("dagenVoorEinde moet minstens 1 zijn en indientermijnDagen minstens 0");
        }
        LocalDate einde = periode.laatsteDag();
        return new Huurcontracttermijn(periode, einde.minusDays(dagenVoorEinde - 1L), einde,
                einde.plusDays(indientermijnDagen));
    }

    /** The window of a period by the beleidskader in force at the period's end. */
    public static Huurcontracttermijn van(Periode periode, Beleidskader kader) {
        return van(periode, kader.huurcontractenDagenVoorEinde(), kader.huurcontractenIndientermijnDagen());
    }

    /** The first day leases may be passed on: the first start date that counts. */
    public LocalDate opentOp() {
        return ingangVanaf;
    }

    public Stand stand(LocalDate vandaag) {
        if (vandaag.isBefore(ingangVanaf)) {
            return Stand.NOG_NIET_OPEN;
        }
        return vandaag.isAfter(uiterlijk) ? Stand.VERSTREKEN : Stand.OPEN;
    }

    public boolean open(LocalDate vandaag) {
        return stand(vandaag) == Stand.OPEN;
    }

    /** Whether a lease with this start date counts in the period. */
    public boolean teltIngangsdatum(LocalDate ingangsdatum) {
        return !ingangsdatum.isBefore(ingangVanaf) && !ingangsdatum.isAfter(ingangTotEnMet);
    }

    /**
     * The period whose window a page offers on a day, by the length of the periods: the current period once its last
     * days have begun, else the previous one while its deadline has not passed, else (nothing open) the current one,
     * whose window is the next to open. {@code termijn} gives a period's window (the beleidskader in force at its end).
     */
    public static Huurcontracttermijn teTonen(LocalDate vandaag, Periode.Lengte lengte,
            Function<Periode, Huurcontracttermijn> termijn) {
        Periode huidige = Periode.van(vandaag, lengte);
        Huurcontracttermijn nu = termijn.apply(huidige);
        if (nu != null && nu.stand(vandaag) != Stand.NOG_NIET_OPEN) {
            return nu;
        }
        Huurcontracttermijn vorige = termijn.apply(huidige.vorige());
        if (vorige != null && vorige.open(vandaag)) {
            return vorige;
        }
        return nu;
    }

    /** "van 17 juni 2022 tot en met 4 juli 2022". */
    public String vanTotEnMet() {
        return "van " + NlFormaat.datum(ingangVanaf) + " tot en met " + NlFormaat.datum(uiterlijk);
    }

    /**
     * The window in words for the day: "U kunt huurcontracten over de eerste helft 2022 doorgeven van 17 juni
     * 2022 tot en met 4 juli 2022." while open; what will be and what was, otherwise.
     */
    public String inWoorden(LocalDate vandaag) {
        String over = "huurcontracten over de " + periode.omschrijving();
        return switch (stand(vandaag)) {
            case OPEN -> "U kunt " + over + " doorgeven " + vanTotEnMet() + ".";
            case NOG_NIET_OPEN -> "U kunt " + over + " nog niet doorgeven: dat kan " + vanTotEnMet() + ".";
            case VERSTREKEN -> "De termijn voor " + over + " is verstreken: doorgeven kon " + vanTotEnMet() + ".";
        };
    }
}
