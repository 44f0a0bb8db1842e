package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user-named variant of a gemeente's Plan ("SoZa 90 i.p.v. 40"): changes to some of its stored sources, each a
 * source left out or some of its numbers and dates replaced. The forecast of a variant is the Plan's with these
 * changes ({@link GemeentePrognose.Scenario#VARIANT}).
 */
@Schema(name = "Aanbodvariant")
@JsonPropertyOrder({"id", "gemeente", "naam", "aanpassingen", "door", "op", "reden"})
public record Variant(long id, String gemeente, @Schema(example = "SoZa 90 i.p.v. 40") String naam,
        List<Aanpassing> aanpassingen, String door, OffsetDateTime op, String reden) {

    /**
     * A change to one source ({@code bron}: its id): left out ({@code weglaten}), or the numbers and dates given
     * replace the source's (only those its kind has).
     */
    @Schema(name = "AanbodvariantAanpassing")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"bron", "weglaten", "plaatsen", "personen", "woningen", "perWeek", "startInhuizing",
        "datum"})
    public record Aanpassing(long bron, Boolean weglaten, Long plaatsen, Long personen, Long woningen,
            BigDecimal perWeek, LocalDate startInhuizing, LocalDate datum) {

        /** The source's facts with this change (not for a source left out). */
        Bronfeiten toegepast(Bronfeiten f) {
            return new Bronfeiten(f.naam(), f.toelichting(), f.jaar(), personen != null ? personen : f.personen(),
                    woningen != null ? woningen : f.woningen(), f.bezetting(), f.verwachteVerhuringen(),
                    f.maxAandeel(), f.duur(), f.woonvorm(), f.eenheden(), plaatsen != null ? plaatsen : f.plaatsen(),
                    f.doelgroepen(), f.eigenaar(), startInhuizing != null ? startInhuizing : f.startInhuizing(),
                    perWeek != null ? perWeek : f.perWeek(), f.eindeGebruik(), f.status(), f.route(),
                    f.partnergemeente(), datum != null ? datum : f.datum(), f.vanaf(), f.tot(), f.projectfeiten());
        }
    }
}
