package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored support plan: of one project (an aanbod PROJECT source of the municipality) or of all locations together
 * ({@code plan} {@code alle-locaties}, e.g. locatiemanagement), with its lines, its cover per year and its computation
 * with the municipality's tariff table. Version 0: nothing stored yet. For a DIENST only its own department's lines
 * and cover.
 */
@Schema(name = "Steunplan")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"gemeente", "plan", "project", "projectnaam", "afdeling", "versie", "regels", "dekking",
    "berekening", "incidenteelStructureel", "gewijzigdDoor", "gewijzigdOp", "reden", "versies"})
public record Steunplan(@Schema(example = "GM0518") String gemeente,
        @Schema(description = "Het id van het project, of alle-locaties", example = "alle-locaties") String plan,
        @Schema(description = "Het id van de aanbodbron (soort PROJECT); ontbreekt bij alle-locaties") Long project,
        @Schema(example = "Leeghwaterplein") String projectnaam,
        @Schema(description = "Voor een dienst: alleen de regels en dekking van deze afdeling", example = "OCW")
        String afdeling,
        @Schema(description = "De huidige versie (0: nog niets vastgelegd); een wijziging noemt haar", example = "1")
        int versie,
        List<Steunregel> regels, List<Steundekking> dekking,
        @Schema(description = "De berekening van dit plan met de tarieven van de gemeente; ontbreekt zonder regels")
        OndersteuningAntwoord berekening,
        List<JaarSoort> incidenteelStructureel,
        String gewijzigdDoor, OffsetDateTime gewijzigdOp, String reden, List<Versie> versies) {

    /** A year's costs split into incidental (doorstroombegeleiding, once) and structural (the rest). */
    @Schema(name = "SteunJaarSoort")
    public record JaarSoort(@Schema(example = "2027") int jaar, @Schema(example = "80000.00") BigDecimal incidenteel,
            @Schema(example = "237600.00") BigDecimal structureel) {
    }

    /** A version of the plan: who, when, why. */
    @Schema(name = "SteunplanVersie")
    public record Versie(int versie, String door, OffsetDateTime op, String reden) {
    }
}
