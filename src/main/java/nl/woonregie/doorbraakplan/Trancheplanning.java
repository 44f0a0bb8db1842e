package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A tranche's planning: its milestones in date order, with how many are late on {@code vandaag}. */
@Schema(name = "Trancheplanning")
public record Trancheplanning(String gemeente, long tranche, String trancheNaam,
        @Schema(format = "date") LocalDate vandaag, int teLaat, List<Mijlpaal> mijlpalen) {
}
