package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/** The population Gedeputeerde Staten fixed for a gemeente after a herindeling (art. 30 lid 1), with their decision. */
@Schema(name = "VastgesteldInwonertal")
public record VastgesteldInwonertal(long inwoners,
        @Schema(description = "Kenmerk van het besluit van Gedeputeerde Staten", example = "PZH-2022-812345678") String kenmerk,
        @Schema(example = "2022-09-20") LocalDate besluitdatum, String ingevoerdDoor, OffsetDateTime ingevoerdOp) {
}
