package nl.woonregie.aanbod.prognose;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.toezicht.regels.Periode;

/**
 * The forecast of one municipality in one period (see {@link Prognosemodel}): when the opgave and the ambition are
 * expected to be reached ({@code null}: not within the period), the number expected housed at the period's end and
 * the saldo it leaves (positive: achterstand, negative: voorsprong), each source's contribution, the expected number
 * on every Sunday and at the end, and the findings.
 */
public record Prognose(Periode periode, long opgave, Long ambitie, LocalDate taakstellingGehaaldOp,
        LocalDate ambitieGehaaldOp, long verwachtGehuisvest, long verwachtSaldoUit, List<Bijdrage> perBron,
        List<Punt> reeks, List<Bevinding> bevindingen) {

    public Prognose {
        perBron = List.copyOf(perBron);
        reeks = List.copyOf(reeks);
        bevindingen = List.copyOf(bevindingen);
    }

    /** A source's expected contribution after the peildatum up to and including the end of the period, rounded half up to one decimal. */
    public record Bijdrage(String naam, Bronsoort soort, BigDecimal verwacht) {
    }

    /** The expected number housed in the period up to and including {@code datum}, rounded down. */
    public record Punt(LocalDate datum, long verwacht) {
    }
}
