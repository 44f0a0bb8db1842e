package nl.woonregie.aanbod.prognose;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.woonregie.toezicht.regels.Periode;

/**
 * What the forecast is asked for one municipality and one half-year {@code periode}: its {@code opgave}
 * (taakstelling + saldo carried in), optionally the {@code additioneleOpgave} (the ambition above it), the
 * {@code peildatum} D0 (a day of the period or the day before it) with the number {@code gehuisvest} H0 housed in the
 * period up to and including D0, and the supply sources.
 */
public record Prognosevraag(Periode periode, long opgave, Long additioneleOpgave, LocalDate peildatum,
        long gehuisvest, List<Bron> bronnen) {

    public Prognosevraag {
        Objects.requireNonNull(periode);
        Objects.requireNonNull(peildatum);
        bronnen = List.copyOf(bronnen);
        if (opgave < 0 || gehuisvest < 0 || (additioneleOpgave != null && additioneleOpgave < 0)) {
            throw new IllegalArgumentException("opgave, additioneleOpgave en gehuisvest mogen niet negatief zijn");
        }
        if (peildatum.isBefore(periode.eersteDag().minusDays(1)) || peildatum.isAfter(periode.laatsteDag())) {
            throw new IllegalArgumentException("de peildatum ligt niet in " + periode + " of op de dag ervoor");
        }
    }
}
