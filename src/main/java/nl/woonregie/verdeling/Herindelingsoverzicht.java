package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The gemeenten of a province whose population for a half-year's distribution art. 30 governs: those changed by a
 * herindeling between the population's peildatum and 1 January of the half-year's year.
 */
@Schema(name = "Herindelingsoverzicht")
public record Herindelingsoverzicht(String provincie, @Schema(example = "2023-I") String periode,
        @Schema(example = "2022-01-01") LocalDate peildatumBevolking,
        @Schema(description = "1 januari van het jaar van het halfjaar: de gemeentelijke indeling van de verdeling",
                example = "2023-01-01") LocalDate indelingsdatum,
        List<Herindelingsgemeente> gemeenten) {
}
