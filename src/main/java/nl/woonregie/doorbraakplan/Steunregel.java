package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a stored support plan, exactly as a line of the computation's request without its {@code project}
 * (the plan's project): which fields it has depends on its {@code soort}; the others are null.
 */
@Schema(name = "SteunplanRegel", description = "WOONBEGELEIDING: wonen, personen, vanKwartaal en totKwartaal; "
        + "DOORSTROOMBEGELEIDING: personen en kwartaal; LOCATIEMANAGEMENT: bedragPerJaar, vanKwartaal en totKwartaal; "
        + "MAATSCHAPPELIJKE_BEGELEIDING en TRAJECTBEGELEIDING (kosten 0): personen, vanKwartaal en totKwartaal. De "
        + "dienst is de code van een afdeling uit het register van de gemeente.")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"soort", "dienst", "wonen", "personen", "vanKwartaal", "totKwartaal", "kwartaal", "bedragPerJaar"})
public record Steunregel(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"MAATSCHAPPELIJKE_BEGELEIDING",
                "TRAJECTBEGELEIDING", "WOONBEGELEIDING", "DOORSTROOMBEGELEIDING", "LOCATIEMANAGEMENT"}) String soort,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 20, example = "OCW") String dienst,
        @Schema(allowableValues = {"ZELFSTANDIG", "ONZELFSTANDIG"}) String wonen,
        @Schema(minimum = "0", example = "40") Long personen,
        @Schema(pattern = "^\\d{4}-Q[1-4]$", example = "2022-Q4") String vanKwartaal,
        @Schema(pattern = "^\\d{4}-Q[1-4]$", example = "2027-Q4") String totKwartaal,
        @Schema(pattern = "^\\d{4}-Q[1-4]$", example = "2027-Q3") String kwartaal,
        @Schema(minimum = "0", example = "60000") BigDecimal bedragPerJaar) {
}
