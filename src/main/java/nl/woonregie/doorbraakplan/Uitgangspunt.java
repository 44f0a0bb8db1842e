package nl.woonregie.doorbraakplan;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One of the programme's uitgangspunten (Den Haag: Spreiding, Kleinschalig, Zelfstandig, Begeleiding, Mix, Permanent):
 * a code, a name, a description and optionally a limit "at most {@code maximum} of the target group per location",
 * which the system checks against a location's places.
 */
@Schema(name = "Uitgangspunt")
public record Uitgangspunt(@Schema(example = "KLEINSCHALIG", maxLength = 40) String code,
        @Schema(example = "Kleinschalig", maxLength = 200) String naam,
        @Schema(example = "Ten hoogste 30 personen van de doelgroep per locatie.", maxLength = 2000) String omschrijving,
        @Schema(description = "Ten hoogste zoveel van de doelgroep per locatie (het systeem toetst het)", example = "30")
        Integer maximum,
        @Schema(description = "Waar het uitgangspunt vandaan komt", maxLength = 500) String bron) {
}
