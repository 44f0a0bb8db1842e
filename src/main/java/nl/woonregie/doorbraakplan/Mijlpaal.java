package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A milestone of a tranche's planning: a date or a date range ({@code van} to {@code tot} inclusive), what, who, a note,
 * the day it was done; {@code teLaat} when its (last) date has passed by the application's clock and it is not done.
 */
@Schema(name = "Mijlpaal")
public record Mijlpaal(long id, long tranche, @Schema(format = "date") LocalDate van,
        @Schema(format = "date", description = "Laatste dag van een periode (leeg: één dag)") LocalDate tot,
        String wat, String wie, String toelichting, @Schema(format = "date") LocalDate gedaanOp,
        @Schema(description = "De bron van een mijlpaal uit een sjabloon", example = "000:L397-413") String bron,
        @Schema(description = "De versie; een wijziging noemt haar") int versie, String gewijzigdDoor,
        OffsetDateTime gewijzigdOp,
        @Schema(description = "De datum is voorbij en de mijlpaal is niet gedaan") boolean teLaat) {
}
