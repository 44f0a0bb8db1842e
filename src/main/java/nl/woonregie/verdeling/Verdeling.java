package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A distribution of a half-year's national number over the gemeenten (art. 29 lid 1): for every gemeente of the
 * indeling on 1 January of the half-year's year, ordered by code, its population iG and its number, vg × iG / iN made
 * whole by the rounding; {@code som} is the sum of those numbers (with rounding up at least {@code landelijk}).
 */
@Schema(name = "Verdeling")
@JsonPropertyOrder({"periode", "peildatumBevolking", "landelijk", "afronding", "som", "inwonersNederland", "gemeenten"})
public record Verdeling(@Schema(example = "2024-I") String periode,
        @Schema(description = "1 januari van het jaar vóór het halfjaar: de peildatum van iG en iN",
                example = "2023-01-01") LocalDate peildatumBevolking,
        @Schema(description = "vg: het landelijke aantal vergunninghouders van het halfjaar", example = "18750")
        long landelijk,
        Afronding afronding,
        @Schema(description = "De som van de taakstellingen van de gemeenten", example = "18928") long som,
        @Schema(description = "iN: de bevolking van Nederland op de peildatum (CBS)", example = "17811291")
        long inwonersNederland,
        List<Gemeente> gemeenten) {

    /** One gemeente's share. */
    @Schema(name = "VerdelingGemeente")
    @JsonPropertyOrder({"code", "naam", "provincie", "inwoners", "taakstelling", "inwonersBron", "kenmerk"})
    public record Gemeente(@Schema(example = "GM0518") String code, @Schema(example = "'s-Gravenhage") String naam,
            Provincieverwijzing provincie,
            @Schema(description = "iG: het aantal inwoners waarmee is gerekend", example = "562839") long inwoners,
            @Schema(example = "593") long taakstelling,
            @Schema(description = "CBS; na een herindeling de som van de delen of het inwonertal van Gedeputeerde "
                    + "Staten (artikel 30)") Inwonersbron inwonersBron,
            @Schema(description = "Kenmerk van het besluit van Gedeputeerde Staten, bij PROVINCIE")
            @JsonInclude(JsonInclude.Include.NON_NULL) String kenmerk) {
    }
}
