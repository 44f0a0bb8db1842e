package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.aanbod.projecttoets.Eissoort;
import nl.woonregie.aanbod.projecttoets.Projecttoets;

/**
 * A project's facts checked when read ({@link Projecttoets}, by the application's clock): the share of places for
 * statushouders of all units, each own requirement voldaan or niet voldaan with the numbers, and the findings.
 */
@Schema(name = "Projecttoetsing", description = "Berekend bij het lezen; niet opgeslagen")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"aandeel", "eisen", "bevindingen"})
public record Projecttoetsing(Aandeel aandeel, List<Eis> eisen, List<Bevinding> bevindingen) {

    /** Places for statushouders of all units; {@code procent} with one decimal (half up). */
    @Schema(name = "ProjectAandeel")
    @JsonPropertyOrder({"plaatsen", "eenheden", "procent"})
    public record Aandeel(@Schema(example = "40") long plaatsen, @Schema(example = "120") long eenheden,
            @Schema(example = "33.3") BigDecimal procent) {
    }

    /** A requirement with its outcome and the sentence that explains it. */
    @Schema(name = "ProjectEisUitkomst")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"tekst", "soort", "waarde", "uitslag", "uitleg"})
    public record Eis(String tekst, Eissoort soort, BigDecimal waarde, Projecttoets.Uitslag uitslag, String uitleg) {
    }

    /** A finding: what does not add up in the facts. */
    @Schema(name = "ProjectBevinding")
    @JsonPropertyOrder({"type", "tekst"})
    public record Bevinding(Projecttoets.Bevindingsoort type, String tekst) {
    }

    /** Checks a project's facts on {@code vandaag}; null for a source without project facts and without units. */
    static Projecttoetsing van(Bronfeiten f, java.time.LocalDate vandaag) {
        Projectfeiten p = f.projectfeiten();
        Projecttoets.Invoer in = new Projecttoets.Invoer(f.plaatsen(), f.eenheden(), f.startInhuizing(),
                p == null ? List.of() : p.eisen().stream().map(e -> new Projecttoets.Eis(e.tekst(), e.soort(),
                        e.waarde())).toList(),
                p == null ? null : p.tijdelijkeTermijnJaren(), p == null ? null : p.exploitatietermijnJaren(),
                p == null ? List.of() : p.financiering().stream().map(x -> new Projecttoets.Financiering(x.bron(),
                        x.vervaltOp())).toList());
        Projecttoets.Toetsing t = Projecttoets.toets(in, vandaag);
        return new Projecttoetsing(t.aandeel() == null ? null : new Aandeel(t.aandeel().plaatsen(),
                t.aandeel().eenheden(), t.aandeel().procent()),
                t.eisen().stream().map(e -> new Eis(e.tekst(), e.soort(), e.waarde(), e.uitslag(), e.uitleg()))
                        .toList(),
                t.bevindingen().stream().map(b -> new Bevinding(b.type(), b.tekst())).toList());
    }
}
