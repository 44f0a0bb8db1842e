package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A computed distribution beside the taakstellingen stored for its period (an imported circulaire table, or an
 * earlier stored distribution), per gemeente: computed, stored (null when none is), and the difference (computed
 * minus stored). Of every gemeente, or of one province's.
 */
@Schema(name = "Vergelijking")
@JsonPropertyOrder({"periode", "peildatumBevolking", "landelijk", "afronding", "provincie", "somBerekend",
    "somOpgeslagen", "gelijk", "verschillend", "zonderOpgeslagen", "gemeenten"})
public record Vergelijking(@Schema(example = "2024-I") String periode,
        @Schema(example = "2023-01-01") LocalDate peildatumBevolking, long landelijk, Afronding afronding,
        @Schema(description = "De provincie waarvan de gemeenten zijn vergeleken; leeg: alle gemeenten",
                example = "PV28") String provincie,
        @Schema(description = "De som van de berekende taakstellingen van deze gemeenten") long somBerekend,
        @Schema(description = "De som van de opgeslagen taakstellingen van deze gemeenten") long somOpgeslagen,
        @Schema(description = "Gemeenten waarvan de opgeslagen taakstelling gelijk is aan de berekende") int gelijk,
        @Schema(description = "Gemeenten waarvan de opgeslagen taakstelling afwijkt") int verschillend,
        @Schema(description = "Gemeenten zonder opgeslagen taakstelling voor deze periode") int zonderOpgeslagen,
        List<Regel> gemeenten) {

    /** One gemeente: computed, stored, difference. */
    @Schema(name = "VergelijkingGemeente")
    @JsonPropertyOrder({"code", "naam", "provincie", "berekend", "opgeslagen", "verschil"})
    public record Regel(@Schema(example = "GM0518") String code, @Schema(example = "'s-Gravenhage") String naam,
            Provincieverwijzing provincie, @Schema(example = "593") long berekend,
            @Schema(description = "De opgeslagen taakstelling; leeg als er geen is", example = "590") Long opgeslagen,
            @Schema(description = "Berekend min opgeslagen; leeg als er geen opgeslagen is", example = "3") Long verschil) {

        public boolean afwijkend() {
            return verschil != null && verschil != 0;
        }
    }
}
