package nl.woonregie.brieven;

import io.swagger.v3.oas.annotations.media.Schema;

/** A change of a province's way of sending decisions by e-mail (ADR 0055), as typed; judged by {@link Verzendinstellingen}. */
@Schema(name = "VerzendinstellingVerzoek")
public record VerzendinstellingVerzoek(
        @Schema(description = "BIJLAGE (de PDF/A als bijlage bij de e-mail) of DOWNLOADLINK (een beveiligde "
                + "downloadlink in de e-mail)", allowableValues = {"BIJLAGE", "DOWNLOADLINK"},
                requiredMode = Schema.RequiredMode.REQUIRED) String verzendvorm,
        @Schema(description = "Hoeveel dagen een downloadlink werkt (1 tot en met 365); leeg: 30", minimum = "1",
                maximum = "365", example = "30") Integer geldigheidDagen,
        @Schema(maxLength = 1000, description = "Waarom de instelling verandert",
                requiredMode = Schema.RequiredMode.REQUIRED) String reden,
        @Schema(description = "De versie die u wijzigt (0 als er nog niets is ingesteld), of If-Match",
                example = "0") Integer versie) {
}
