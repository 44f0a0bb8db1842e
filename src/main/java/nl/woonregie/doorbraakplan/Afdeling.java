package nl.woonregie.doorbraakplan;

import io.swagger.v3.oas.annotations.media.Schema;

/** A department (afdeling, dienst) of a municipality in its register: its own code and its name. */
@Schema(name = "Afdeling")
public record Afdeling(@Schema(example = "OCW", maxLength = 20) String code,
        @Schema(example = "Onderwijs, Cultuur en Welzijn", maxLength = 200) String naam) {
}
