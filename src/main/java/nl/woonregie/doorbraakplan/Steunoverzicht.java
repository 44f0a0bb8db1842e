package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * All of a municipality's stored support plans computed together with its tariff table: per year the costs
 * (incidental and structural), what is covered and the uncovered amount (the college's claim), per department per
 * year, per project; and the list of plans (every project of the municipality, with or without a plan). For a DIENST
 * only its own department's lines and cover.
 */
@Schema(name = "Steunoverzicht")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Steunoverzicht(@Schema(example = "GM0518") String gemeente,
        @Schema(description = "Voor een dienst: alleen deze afdeling", example = "OCW") String afdeling,
        @Schema(description = "Eigen tarieven van de gemeente (false: de standaardtarieven)") boolean eigenTarieven,
        List<Plan> plannen, List<Jaar> perJaar,
        @Schema(description = "De berekening van alle regels samen; ontbreekt zonder regels")
        OndersteuningAntwoord berekening) {

    /** A plan in the list. */
    @Schema(name = "SteunoverzichtPlan")
    public record Plan(@Schema(example = "alle-locaties") String plan, Long project,
            @Schema(example = "Leeghwaterplein") String projectnaam,
            @Schema(description = "0: nog geen plan vastgelegd") int versie,
            @Schema(example = "1012400.00") BigDecimal kosten) {
    }

    /** A year: costs, incidental and structural, covered, uncovered. */
    @Schema(name = "SteunoverzichtJaar")
    public record Jaar(@Schema(example = "2027") int jaar, @Schema(example = "317600.00") BigDecimal kosten,
            @Schema(example = "80000.00") BigDecimal incidenteel, @Schema(example = "237600.00") BigDecimal structureel,
            @Schema(example = "0.00") BigDecimal gedekt, @Schema(example = "317600.00") BigDecimal ongedekt) {
    }
}
