package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** Cover of a stored support plan in a year, with its source and (optionally) the department that brings it. */
@Schema(name = "SteunplanDekking", description = "Dekking in een jaar met haar bron; met dienst: de afdeling die haar "
        + "inbrengt (een dienst ziet en wijzigt alleen de dekking van de eigen afdeling)")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"jaar", "bron", "bedrag", "dienst"})
public record Steundekking(
        @Schema(example = "2022", requiredMode = Schema.RequiredMode.REQUIRED) Integer jaar,
        @Schema(maxLength = 200, example = "Retraiteclaim 2022", requiredMode = Schema.RequiredMode.REQUIRED)
        String bron,
        @Schema(minimum = "0", example = "44400", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal bedrag,
        @Schema(maxLength = 20, example = "OCW") String dienst) {
}
