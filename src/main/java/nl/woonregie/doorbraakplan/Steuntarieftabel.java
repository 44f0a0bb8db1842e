package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.doorbraakplan.ondersteuning.Tariefsoort;

/**
 * A municipality's tariff table for its stored support plans: version 0 (and {@code eigen} false) is the shipped
 * default table ({@code doorbraakplan/tarieven.yaml}); from version 1 the municipality's own, with who, when and why.
 */
@Schema(name = "Steuntarieven")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Steuntarieftabel(@Schema(example = "GM0518") String gemeente,
        @Schema(description = "0: de standaardtarieven; een wijziging noemt de huidige versie", example = "1")
        int versie,
        @Schema(description = "Heeft de gemeente eigen tarieven vastgelegd?") boolean eigen,
        List<Waarde> tarieven, String gewijzigdDoor, OffsetDateTime gewijzigdOp, String reden,
        List<Versie> versies) {

    /** A tariff from a date, with its source. */
    @Schema(name = "SteuntariefWaarde")
    public record Waarde(Tariefsoort soort, @Schema(example = "370.00") BigDecimal bedrag,
            @Schema(format = "date", example = "2022-01-01") LocalDate geldigVanaf,
            @Schema(example = "Collegebesluit 2023/12") String bron) {
    }

    /** A version of the table. */
    @Schema(name = "SteuntariefVersie")
    public record Versie(int versie, String door, OffsetDateTime op, String reden) {
    }
}
