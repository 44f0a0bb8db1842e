package nl.woonregie.brieven;

import io.swagger.v3.oas.annotations.media.Schema;

/** A change of the province's reminder settings, to the version read. */
@Schema(name = "HerinneringsinstellingVerzoek")
public record HerinneringsinstellingVerzoek(
        @Schema(description = "Hoeveel dagen vóór een peildatum (1 tot en met 60)", minimum = "1", maximum = "60",
                example = "14", requiredMode = Schema.RequiredMode.REQUIRED) Integer dagenVoorPeildata,
        @Schema(description = "De versie die u wijzigt (0 als er nog niets is ingesteld), of If-Match",
                example = "0") Integer versie) {
}
