package nl.woonregie.toezicht;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.platform.security.Gebruiker;

/**
 * The forecast of when a municipality meets its opgave in the running half-year, for the municipality page (beside
 * the step) and the province dashboard (predictive supervision before the peildatum). Implemented by the module that
 * keeps the supply and computes the forecast ({@code aanbod}), so that toezicht shows it without depending on it; a
 * toezicht without an implementation shows no forecast.
 */
public interface VerwachteVoortgang {

    /**
     * The forecast of one municipality as this reader may see it (the municipality itself, the province's supervisor,
     * a BEHEERDER; the caller has checked access to the municipality page). Empty when there is nothing to show.
     */
    Optional<Gemeentebeeld> vanGemeente(String gemeente, Gebruiker lezer);

    /**
     * The forecast of each of the municipalities of a province (for its supervisor or a BEHEERDER; 403 otherwise),
     * computed in one pass with batched reads: never a query per municipality. Every code of the province asked is
     * a key (a code of another province is left out).
     */
    Map<String, Regel> vanGemeenten(String provincie, List<String> gemeenten, Gebruiker lezer);

    /** Where a municipality's forecast list of the province is downloaded (XLSX), or null. */
    default String exportVanProvincie(String provincie) {
        return null;
    }

    /**
     * One municipality's line on the dashboard. {@code plan}: from its stored sources (Plan), else from COA's recent
     * pace (Trend). {@code taakstellingGehaaldOp}: when the opgave is expected to be reached, null when not in this
     * period. {@code ontbrekend}: why no forecast could be made (null when it was).
     */
    record Regel(String gemeente, boolean plan, String periode, Long opgave, LocalDate taakstellingGehaaldOp,
            Long verwachtSaldoUit, String ontbrekend) {

        /** A forecast was made and it does not reach the opgave within the period. */
        public boolean haaltOpgaveNiet() {
            return ontbrekend == null && opgave != null && taakstellingGehaaldOp == null;
        }
    }

    /**
     * The block on the municipality page. {@code vereistPerWeek}: the pace needed from the peildatum to reach the
     * opgave at the period's end, (opgave − gehuisvest) / weeks left (zero when reached, null when no weeks are
     * left). {@code reeks}: the expected number housed per week with the straight line of the required pace.
     * {@code bijdragen}: each source's expected contribution; {@code bevindingen}: the findings as sentences;
     * {@code ontbrekend}: why no forecast could be made (empty when it was). {@code pagina} and {@code export}: the
     * municipality's supply page and the download of its plan and forecast.
     */
    record Gemeentebeeld(boolean plan, String periode, LocalDate peildatum, long gehuisvest, Long opgave,
            Long ambitie, LocalDate taakstellingGehaaldOp, LocalDate ambitieGehaaldOp, Long verwachtGehuisvest,
            Long verwachtSaldoUit, BigDecimal vereistPerWeek, List<Punt> reeks, List<Bijdrage> bijdragen,
            List<String> bevindingen, List<String> ontbrekend, String pagina, String export) {

        public Gemeentebeeld {
            reeks = List.copyOf(reeks);
            bijdragen = List.copyOf(bijdragen);
            bevindingen = List.copyOf(bevindingen);
            ontbrekend = List.copyOf(ontbrekend);
        }
    }

    /**
     * The expected number housed in the period up to and including {@code datum} and what the straight line of the
     * required pace needs by then ({@code nodig}, rounded up; null without an opgave).
     */
    record Punt(LocalDate datum, long verwacht, Long nodig) {
    }

    /** A source's expected contribution up to the period's end; {@code soort} as a person reads it. */
    record Bijdrage(String naam, String soort, BigDecimal verwacht) {
    }
}
