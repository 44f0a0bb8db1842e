package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The forecast of a gemeente for the half-year of today (or of a chosen day, {@code berekendOp}), computed from what is stored: the opgave from toezicht's
 * engine, the number housed so far from COA's latest standing in the period, and the sources of the
 * {@link Scenario}. {@code uitkomst} is the model's answer (as the what-if API's), null when the forecast cannot be
 * made; {@code ontbrekend} then says what is missing. {@code bronnen}: the sources and versions it was computed from.
 */
@Schema(name = "GemeentePrognose")
@JsonPropertyOrder({"gemeente", "naam", "scenario", "periode", "berekendOp", "opgave", "ambitie", "start",
    "eigenTelling", "peildatum", "gehuisvest", "trend", "variant", "bronnen", "uitkomst", "ontbrekend"})
public record GemeentePrognose(
        @Schema(example = "GM0518") String gemeente,
        @Schema(example = "'s-Gravenhage") String naam,
        Scenario scenario,
        @Schema(example = "2022-II") String periode,
        @Schema(description = "De dag waarop berekend: vandaag, of de gevraagde datum") LocalDate berekendOp,
        @Schema(description = "Taakstelling plus saldo uit de vorige periode, volgens de toezichtsregels; null als "
                + "onbekend", example = "489") Long opgave,
        @Schema(description = "Opgave plus additionele opgave; null zonder ambitie", example = "620") Long ambitie,
        @Schema(description = "Waar de prognose begint: COA (de laatste stand van het COA, standaard) of EIGEN_TELLING "
                + "(de laatste eigen telling van de gemeente); het oordeel van het toezicht blijft op de cijfers van "
                + "het COA") Start start,
        @Schema(description = "Alleen bij start EIGEN_TELLING: de telling waarvan de prognose begint")
        Tellingverwijzing eigenTelling,
        @Schema(description = "De datum van de start: de laatste stand van het COA (of eigen telling) in de periode, "
                + "of de dag voor de periode zonder") LocalDate peildatum,
        @Schema(description = "Gehuisvest in de periode tot en met de peildatum volgens de start", example = "210")
        Long gehuisvest,
        @Schema(description = "Alleen bij TREND: het gemiddelde tempo en waarop het rust") Trend trend,
        @Schema(description = "Alleen bij VARIANT: de variant en de aanpassingen die niet meer passen") Variantgebruik variant,
        List<Bronverwijzing> bronnen,
        PrognoseAntwoord uitkomst,
        @Schema(description = "Wat ontbreekt om de prognose te maken (leeg als ze gemaakt is)")
        List<String> ontbrekend) {

    /** Where the forecast starts: whose count of the persons housed so far. */
    public enum Start {
        /** COA's latest standing in the period (the supervision's figure). */
        COA,
        /** The gemeente's own latest count in the period ("vanaf de eigen telling"). */
        EIGEN_TELLING
    }

    /** The own count a forecast starts from, in the version it used. */
    @Schema(name = "PrognoseEigenTelling")
    public record Tellingverwijzing(long id, int versie, LocalDate datum) {
    }

    /** Which sources the forecast counts. */
    public enum Scenario {
        /** Every stored source of the gemeente. */
        PLAN,
        /** One tempo: the average number housed per week according to COA over the last three complete months. */
        TREND,
        /** The Plan with the changes of a user-named variant. */
        VARIANT
    }

    /**
     * The variant a forecast applied; {@code nietToegepast}: the sources it changes that are no longer current (removed
     * since), whose change had nothing to apply to.
     */
    @Schema(name = "PrognoseVariant")
    public record Variantgebruik(long id, String naam, List<Long> nietToegepast) {
    }

    /** A source the forecast counted, in the version it counted. */
    @Schema(name = "PrognoseBronverwijzing")
    public record Bronverwijzing(long id, int versie, String naam, Aanbodbron.Soort soort) {
    }

    /**
     * The Trend scenario's pace: {@code gehuisvest} persons housed according to COA from {@code van} up to and
     * including {@code tot} (three complete months), {@code perWeek} on average (four decimals).
     */
    @Schema(name = "PrognoseTrend")
    public record Trend(LocalDate van, LocalDate tot, long gehuisvest, @Schema(example = "12.3077") BigDecimal perWeek) {
    }
}
