package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request of the support computation, as the API document describes it. The request itself is read field by
 * field from its JSON ({@code internal.OndersteuningVerzoekLezer}), which names every invalid field; this record is
 * its contract.
 */
@Schema(name = "OndersteuningVerzoek", description = "De regels van een ondersteuningsplan, eventueel eigen tarieven, "
        + "en de dekking per jaar")
public record OndersteuningVerzoek(
        @Schema(description = "De gemeente van het doorbraakplan", example = "GM0518", pattern = "^GM\\d{4}$",
                requiredMode = Schema.RequiredMode.REQUIRED) String gemeente,
        @ArraySchema(minItems = 1, maxItems = 200, schema = @Schema(implementation = Regel.class)) List<Regel> regels,
        @ArraySchema(maxItems = 50, schema = @Schema(implementation = Tarief.class)) List<Tarief> tarieven,
        @ArraySchema(maxItems = 200, schema = @Schema(implementation = Dekking.class)) List<Dekking> dekking) {

    /** One line; which fields it needs depends on its soort. */
    @Schema(name = "OndersteuningRegelVerzoek", description = "WOONBEGELEIDING: wonen, personen, vanKwartaal en "
            + "totKwartaal; DOORSTROOMBEGELEIDING: personen en kwartaal; LOCATIEMANAGEMENT: bedragPerJaar, vanKwartaal "
            + "en totKwartaal; MAATSCHAPPELIJKE_BEGELEIDING en TRAJECTBEGELEIDING (kosten 0, betaald uit het "
            + "inburgeringsbudget van het Rijk): personen, vanKwartaal en totKwartaal.")
    public record Regel(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Leeghwaterplein")
            String project,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"MAATSCHAPPELIJKE_BEGELEIDING",
                    "TRAJECTBEGELEIDING", "WOONBEGELEIDING", "DOORSTROOMBEGELEIDING", "LOCATIEMANAGEMENT"})
            String soort,
            @Schema(description = "De eigen code van de dienst van de gemeente", maxLength = 20, example = "OCW",
                    requiredMode = Schema.RequiredMode.REQUIRED) String dienst,
            @Schema(description = "WOONBEGELEIDING", allowableValues = {"ZELFSTANDIG", "ONZELFSTANDIG"}) String wonen,
            @Schema(minimum = "0", example = "40") Long personen,
            @Schema(description = "Eerste kwartaal (inclusief)", pattern = "^\\d{4}-Q[1-4]$", example = "2022-Q4")
            String vanKwartaal,
            @Schema(description = "Laatste kwartaal (inclusief)", pattern = "^\\d{4}-Q[1-4]$", example = "2027-Q4")
            String totKwartaal,
            @Schema(description = "DOORSTROOMBEGELEIDING: het kwartaal", pattern = "^\\d{4}-Q[1-4]$",
                    example = "2027-Q3") String kwartaal,
            @Schema(description = "LOCATIEMANAGEMENT: bedrag per jaar in euro; per kwartaal een vierde, op de cent",
                    minimum = "0", example = "60000") BigDecimal bedragPerJaar) {
    }

    /** A tariff replacing the defaults of its kind. */
    @Schema(name = "OndersteuningTarief", description = "Vervangt de standaardtarieven van zijn soort (de andere "
            + "soorten houden de hunne); een maand gebruikt het tarief dat op haar eerste dag geldt")
    public record Tarief(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"WOONBEGELEIDING_ONZELFSTANDIG",
                    "WOONBEGELEIDING_ZELFSTANDIG", "DOORSTROOMBEGELEIDING"}) String soort,
            @Schema(description = "Euro per persoon per maand (woonbegeleiding) of eenmalig per persoon "
                    + "(doorstroombegeleiding)", minimum = "0", example = "370",
                    requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal bedrag,
            @Schema(format = "date", example = "2022-01-01", requiredMode = Schema.RequiredMode.REQUIRED)
            String geldigVanaf) {
    }

    /** Cover in a year for the whole plan. */
    @Schema(name = "OndersteuningDekking", description = "Dekking in een jaar voor het hele plan")
    public record Dekking(
            @Schema(example = "2022", requiredMode = Schema.RequiredMode.REQUIRED) Integer jaar,
            @Schema(maxLength = 200, example = "Retraiteclaim 2022", requiredMode = Schema.RequiredMode.REQUIRED)
            String bron,
            @Schema(minimum = "0", example = "44400", requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal bedrag,
            @Schema(description = "Wordt in deze berekening niet gebruikt", maxLength = 20) String dienst) {
    }
}
