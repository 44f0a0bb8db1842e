package nl.woonregie.doorbraakplan;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningsberekening;
import nl.woonregie.doorbraakplan.ondersteuning.Ondersteuningssoort;

/**
 * The answer of {@code POST /api/v1/ondersteuning/berekeningen}: amounts in euros, exact to the cent (two decimals).
 */
@Schema(name = "Ondersteuningsberekening", description = "De kosten van de ondersteuning per jaar, dienst, project en "
        + "regel, en wat per jaar gedekt en ongedekt is; bedragen in euro, op de cent")
public record OndersteuningAntwoord(
        @Schema(description = "Totale kosten van alle regels", example = "1312400.00") BigDecimal totaal,
        @Schema(description = "Elk jaar met kosten of dekking, oplopend") List<Jaar> perJaar,
        @Schema(description = "Kosten per dienst per jaar, de diensten in de volgorde van de regels") List<DienstJaar> perDienst,
        @Schema(description = "Kosten per project, in de volgorde van de regels") List<Project> perProject,
        @Schema(description = "Kosten per regel, een per regel van het verzoek, in dezelfde volgorde") List<Regel> perRegel) {

    @Schema(name = "OndersteuningJaar")
    public record Jaar(@Schema(example = "2022") int jaar,
            @Schema(description = "Kosten in het jaar", example = "44400.00") BigDecimal kosten,
            @Schema(description = "Het kleinste van de kosten en de dekking van het jaar", example = "44400.00") BigDecimal gedekt,
            @Schema(description = "Kosten min gedekt", example = "0.00") BigDecimal ongedekt) {
    }

    @Schema(name = "OndersteuningDienstJaar")
    public record DienstJaar(@Schema(example = "OCW") String dienst, @Schema(example = "2023") int jaar,
            @Schema(example = "177600.00") BigDecimal kosten) {
    }

    @Schema(name = "OndersteuningProject")
    public record Project(@Schema(example = "Leeghwaterplein") String project,
            @Schema(example = "1012400.00") BigDecimal kosten) {
    }

    @Schema(name = "OndersteuningRegel")
    public record Regel(@Schema(example = "Leeghwaterplein") String project, Ondersteuningssoort soort,
            @Schema(description = "Kosten van de regel over de hele looptijd", example = "932400.00") BigDecimal kosten,
            @Schema(description = "Woonbegeleiding: de kosten van de eerste maand; ontbreekt bij de andere soorten",
                    example = "14800.00", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal perMaand) {
    }

    static OndersteuningAntwoord van(Ondersteuningsberekening b) {
        return new OndersteuningAntwoord(b.totaal(),
                b.perJaar().stream().map(j -> new Jaar(j.jaar(), j.kosten(), j.gedekt(), j.ongedekt())).toList(),
                b.perDienst().stream().map(d -> new DienstJaar(d.dienst(), d.jaar(), d.kosten())).toList(),
                b.perProject().stream().map(p -> new Project(p.project(), p.kosten())).toList(),
                b.perRegel().stream().map(r -> new Regel(r.project(), r.soort(), r.kosten(), r.perMaand())).toList());
    }
}
