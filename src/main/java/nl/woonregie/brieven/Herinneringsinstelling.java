package nl.woonregie.brieven;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The province's settings of the reminders (V179): how many days before a peildatum the municipalities' officials are
 * reminded of it. Version 0: nothing set, the default holds.
 */
@Schema(name = "Herinneringsinstelling")
public record Herinneringsinstelling(
        @Schema(example = "PV28") String provincie,
        @Schema(example = "Zuid-Holland") String naam,
        @Schema(description = "Hoeveel dagen vóór een peildatum de ambtelijke contacten een herinnering krijgen (1 tot "
                + "en met 60; standaard 14)", example = "14") int dagenVoorPeildata,
        @Schema(description = "Nog niets ingesteld: de standaardwaarde geldt") boolean standaard,
        @Schema(description = "De versie (0: nog niets ingesteld); ook de ETag", example = "0") int versie,
        @Schema(description = "Wanneer voor het laatst gewijzigd (leeg bij versie 0)") OffsetDateTime gewijzigdOp,
        @Schema(description = "Door wie voor het laatst gewijzigd (leeg bij versie 0)") String gewijzigdDoor) {
}
