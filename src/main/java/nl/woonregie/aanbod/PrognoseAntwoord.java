package nl.woonregie.aanbod;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.aanbod.prognose.Bevinding;
import nl.woonregie.aanbod.prognose.Bronsoort;
import nl.woonregie.aanbod.prognose.Prognose;

/** The answer of the forecast's what-if API: the model's {@link Prognose} in the contract's field names. */
@Schema(name = "PrognoseAntwoord")
@JsonPropertyOrder({"gemeente", "periode", "opgave", "ambitie", "peildatum", "gehuisvest", "taakstellingGehaaldOp",
    "ambitieGehaaldOp", "verwachtGehuisvest", "verwachtSaldoUit", "perBron", "reeks", "bevindingen"})
public record PrognoseAntwoord(
        @Schema(example = "GM0518") String gemeente,
        @Schema(example = "2022-II") String periode,
        @Schema(example = "489") long opgave,
        @Schema(description = "Opgave plus additionele opgave; null zonder ambitie",
                example = "620") Long ambitie,
        LocalDate peildatum,
        long gehuisvest,
        @Schema(description = "Eerste dag waarop de opgave naar verwachting gehaald is; null als dat "
                + "in de periode niet gebeurt") LocalDate taakstellingGehaaldOp,
        @Schema(description = "Idem voor de ambitie; null zonder ambitie of als die in de periode "
                + "niet gehaald wordt") LocalDate ambitieGehaaldOp,
        @Schema(description = "Verwacht gehuisvest aan het einde van de periode (naar beneden afgerond)",
                example = "592") long verwachtGehuisvest,
        @Schema(description = "Opgave min verwacht gehuisvest: + achterstand, − voorsprong", example = "-103")
        long verwachtSaldoUit,
        List<PerBron> perBron,
        List<Punt> reeks,
        List<BevindingDto> bevindingen) {

    static PrognoseAntwoord van(String gemeente, nl.woonregie.aanbod.prognose.Prognosevraag vraag, Prognose p) {
        return new PrognoseAntwoord(gemeente, p.periode().code(), p.opgave(), p.ambitie(), vraag.peildatum(),
                vraag.gehuisvest(), p.taakstellingGehaaldOp(), p.ambitieGehaaldOp(), p.verwachtGehuisvest(),
                p.verwachtSaldoUit(),
                p.perBron().stream().map(b -> new PerBron(b.naam(), b.soort(), b.verwacht())).toList(),
                p.reeks().stream().map(r -> new Punt(r.datum(), r.verwacht())).toList(),
                p.bevindingen().stream().map(b -> new BevindingDto(b.type(), b.bron(), b.tekst())).toList());
    }

    /** A source's expected contribution after the peildatum, rounded half up to one decimal. */
    @Schema(name = "PrognosePerBron")
    public record PerBron(String naam, Bronsoort soort, @Schema(example = "270.4") BigDecimal verwacht) {
    }

    /** The expected number housed in the period up to and including {@code datum} (rounded down). */
    @Schema(name = "PrognosePunt")
    public record Punt(LocalDate datum, long verwacht) {
    }

    @Schema(name = "PrognoseBevinding")
    public record BevindingDto(Bevinding.Type type, @Schema(description = "De naam van de bron") String bron,
            String tekst) {
    }
}
