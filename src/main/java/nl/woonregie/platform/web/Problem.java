package nl.woonregie.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An RFC 9457 problem document, as every Woonregie API error is answered ({@code application/problem+json}).
 * {@code invalidParams} lists every invalid field of a rejected request; {@code bevindingen} the findings that block
 * an action (e.g. the consistency check before vaststellen).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams", "bevindingen"})
@Schema(description = "Een fout (RFC 9457, application/problem+json)")
public record Problem(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "uri",
                description = "Soort fout, per status onder https://woonregie.nl/problemen/",
                example = "https://woonregie.nl/problemen/ongeldig-verzoek")
        String type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Korte omschrijving van de soort fout",
                example = "Ongeldig verzoek")
        String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "De HTTP-status", example = "400")
        int status,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Wat er mis is, in een zin")
        String detail,
        @Schema(format = "uri-reference", description = "Het pad van het verzoek",
                example = "/api/v1/toezicht/simulaties")
        String instance,
        @Schema(description = "Elk ongeldig veld van het verzoek, met de reden")
        List<InvalidParam> invalidParams,
        @Schema(description = "Bevindingen die de handeling tegenhouden (zoals de consistentiecontrole voor het "
                + "vaststellen)")
        List<Object> bevindingen) {

    public Problem(String type, String title, int status, String detail, String instance,
            List<InvalidParam> invalidParams) {
        this(type, title, status, detail, instance, invalidParams, null);
    }

    public Problem metBevindingen(List<?> lijst) {
        return new Problem(type, title, status, detail, instance, invalidParams, List.copyOf(lijst));
    }
}
