package nl.woonregie.platform.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** One invalid field of a request, as listed in a problem's {@code invalidParams}. */
@Schema(description = "Een ongeldig veld van een verzoek")
public record InvalidParam(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Het veld, als pad in het verzoek (bijvoorbeeld perioden[1].periode) of de naam van "
                        + "een parameter", example = "perioden[1].periode")
        String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Waarom het ongeldig is")
        String reason) {
}
