package nl.woonregie.aanbod;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Households waiting for housing by size against the dwellings of that size a gemeente expects in a half-year
 * (issue 16 §5), in its current version ({@code versie} 0: nothing recorded yet, every class zero). One row per size
 * class, 1 to 7 persons, the last class "7 of meer"; {@code tekort}: households of the class for whom no dwelling of
 * that size is expected, {@code huishoudens − woningen} when positive.
 */
@Schema(name = "AanbodHuishoudens")
@JsonPropertyOrder({"gemeente", "periode", "versie", "regels", "totaal", "gewijzigdDoor", "gewijzigdOp", "reden"})
public record Huishoudens(@Schema(example = "GM0518") String gemeente, @Schema(example = "2022-II") String periode,
        @Schema(description = "De huidige versie (0: nog niets vastgelegd); een wijziging noemt haar", example = "1")
        int versie, List<Regel> regels, Regel totaal, String gewijzigdDoor, OffsetDateTime gewijzigdOp,
        String reden) {

    /** The largest size class: households of this size or larger. */
    public static final int GROOTSTE = 7;

    /** A size class as recorded (schema version 1). */
    @Schema(name = "AanbodHuishoudensInvoer")
    public record Invoer(int grootte, long huishoudens, long personen, long woningen) {
    }

    /**
     * A size class: {@code grootte} persons per household ({@link #GROOTSTE}: that many or more; 0 in the total),
     * the households waiting and their persons, the dwellings of that size expected in the period, and the shortage.
     */
    @Schema(name = "AanbodHuishoudensRegel")
    public record Regel(@Schema(example = "7") int grootte, @Schema(example = "31") long huishoudens,
            @Schema(example = "225") long personen, @Schema(example = "5") long woningen,
            @Schema(example = "26") long tekort) {

        static Regel van(Invoer i) {
            return new Regel(i.grootte(), i.huishoudens(), i.personen(), i.woningen(),
                    Math.max(0, i.huishoudens() - i.woningen()));
        }
    }
}
