package nl.woonregie.doorbraakplan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.aanbod.Aanbodbron;

/**
 * A location as its projectleider reads it: the lead (without the submitter's name and contact), the project it became
 * in {@code aanbod} with its facts checked when read ({@link Aanbodbron#projecttoetsing()}), and the project's stored
 * support plan with its computation. {@code project} is absent until the college designated the lead (or when the
 * project was removed from the supply since); {@code steunplan} then too.
 */
@Schema(name = "Locatie")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"lead", "project", "steunplan"})
public record Locatie(Lead lead,
        @Schema(description = "Het project in het aanbod, met zijn projectfeiten en hun toetsing") Aanbodbron project,
        @Schema(description = "Het ondersteuningsplan van het project (versie 0: nog niets vastgelegd)")
        Steunplan steunplan) {
}
