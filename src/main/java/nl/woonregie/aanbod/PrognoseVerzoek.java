package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The what-if request of the forecast, as the API document describes it. The request itself is read field by field
 * from its JSON ({@code internal.PrognoseVerzoekLezer}), which names every invalid field; this record is its contract.
 */
@Schema(name = "PrognoseVerzoek", description = "Opgave, stand op de peildatum en de bronnen van aanbod van een "
        + "gemeente in een periode")
public record PrognoseVerzoek(
        @Schema(description = "Alleen teruggegeven; de prognose hangt er niet van af", example = "GM0518",
                pattern = "^GM\\d{4}$") String gemeente,
        @Schema(example = "2022-II", pattern = "^\\d{4}-(I|II)$", requiredMode = Schema.RequiredMode.REQUIRED)
        String periode,
        @Schema(description = "Taakstelling plus het saldo mee (achterstand +, voorsprong −)", example = "489",
                minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED) Long opgave,
        @Schema(description = "De ambitie boven de opgave", example = "131", minimum = "0") Long additioneleOpgave,
        @Schema(description = "Een dag in de periode, of de dag ervoor", format = "date", example = "2022-08-26",
                requiredMode = Schema.RequiredMode.REQUIRED) String peildatum,
        @Schema(description = "Gehuisvest in de periode tot en met de peildatum", example = "210", minimum = "0",
                requiredMode = Schema.RequiredMode.REQUIRED) Long gehuisvest,
        @ArraySchema(maxItems = 200) List<Bron> bronnen) {

    /** One source; which fields it needs depends on its soort. */
    @Schema(name = "PrognoseBron", description = "CORPORATIE: jaar en personen, of jaar en woningen (× bezetting); "
            + "PROJECT: plaatsen, startInhuizing en eventueel perWeek; EENMALIG: datum en personen; TEMPO: perWeek en "
            + "eventueel vanaf en tot. Alleen de dagen na de peildatum tot en met het einde van de periode tellen.")
    public record Bron(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"CORPORATIE", "PROJECT", "EENMALIG", "TEMPO"}) String soort,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Corporaties 2022")
            String naam,
            @Schema(description = "CORPORATIE: het kalenderjaar van de afspraak", example = "2022") Integer jaar,
            @Schema(description = "CORPORATIE: personen per jaar; EENMALIG: personen op de datum", minimum = "0")
            Long personen,
            @Schema(description = "CORPORATIE: woningen per jaar (in plaats van personen)", minimum = "0")
            Long woningen,
            @Schema(description = "CORPORATIE: personen per woning (standaard 2,4)", example = "2.4")
            BigDecimal bezetting,
            @Schema(description = "CORPORATIE: verwacht aantal verhuringen in het jaar", minimum = "0")
            Long verwachteVerhuringen,
            @Schema(description = "CORPORATIE: afgesproken hoogste aandeel voor statushouders (standaard 0,10)",
                    example = "0.10", maximum = "1") BigDecimal maxAandeel,
            @Schema(description = "PROJECT: plaatsen voor statushouders", minimum = "0") Long plaatsen,
            @Schema(description = "PROJECT: eerste dag van de inhuizing", format = "date") String startInhuizing,
            @Schema(description = "PROJECT, TEMPO: personen per week", minimum = "0") BigDecimal perWeek,
            @Schema(description = "EENMALIG: de dag", format = "date") String datum,
            @Schema(description = "TEMPO: eerste dag (standaard de dag na de peildatum)", format = "date")
            String vanaf,
            @Schema(description = "TEMPO: laatste dag (standaard het einde van de periode)", format = "date")
            String tot) {
    }
}
