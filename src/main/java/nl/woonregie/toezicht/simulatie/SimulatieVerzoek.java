package nl.woonregie.toezicht.simulatie;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Request of the what-if API, after validation (see {@link SimulatieVerzoekLezer}). Field names as in the contract. */
@Schema(name = "SimulatieVerzoek", description = "Een dossier van een gemeente over aansluitende perioden")
public record SimulatieVerzoek(
        @Schema(example = "zuid-holland-2020", requiredMode = Schema.RequiredMode.REQUIRED) String beleidskader,
        @Schema(example = "GM0518", pattern = "^GM\\d{4}$") String gemeente,
        @Schema(example = "0", allowableValues = {"0", "1", "2", "3", "3a", "3b", "4", "5", "6"}) String startTrede,
        @ArraySchema(maxItems = 40, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<Periode> perioden,
        List<Besluit> besluiten) {

    @Schema(name = "SimulatiePeriode")
    public record Periode(
            @Schema(example = "2021-I", pattern = "^\\d{4}-(I|II)$", requiredMode = Schema.RequiredMode.REQUIRED)
            String periode,
            @Schema(minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED) Long taakstelling,
            @Schema(description = "Eerste periode: saldo mee (+ achterstand, − voorsprong). Latere periode: correctie.")
            Long saldoIn,
            @Schema(minimum = "0") Long additioneleOpgave,
            Tussenstand tussenstand,
            Eindstand eindstand) {
    }

    @Schema(name = "SimulatieTussenstand")
    public record Tussenstand(
            @Schema(minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED) Long gehuisvest,
            @Schema(minimum = "0") Long koppelingen,
            @Schema(description = "Oordeel van de toezichthouder; gaat voor de berekening (R5)")
            Boolean koppelingenVoldoende) {
    }

    @Schema(name = "SimulatieEindstand")
    public record Eindstand(
            @Schema(minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED) Long gehuisvestCoa,
            @Schema(minimum = "0") Long huurcontracten,
            @Schema(minimum = "0") Long gehuisvestCoaDefinitief,
            @Schema(minimum = "0") Long omkoppelingen,
            @Schema(minimum = "0", maximum = "6") Integer stapelgemeenteMaanden,
            Boolean stapelgemeenteLaatsteMaand,
            @Schema(maxLength = 2000) String verschoonbareReden) {
    }

    @Schema(name = "SimulatieBesluit")
    public record Besluit(
            @Schema(example = "2024-01-01", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate peildatum,
            @Schema(example = "4", requiredMode = Schema.RequiredMode.REQUIRED) String trede,
            @Schema(maxLength = 2000, requiredMode = Schema.RequiredMode.REQUIRED) String motivering) {
    }

    /** The what-if request that reproduces an engine run (stored as the snapshot of a round). */
    public static SimulatieVerzoek van(String beleidskader, nl.woonregie.toezicht.regels.Dossier d) {
        List<Periode> perioden = d.perioden().stream().map(p -> new Periode(p.periode().code(), p.taakstelling(),
                p.saldoIn(), p.additioneleOpgave(),
                p.tussenstand() == null ? null : new Tussenstand(p.tussenstand().gehuisvest(),
                        p.tussenstand().koppelingen(), p.tussenstand().koppelingenVoldoende()),
                p.eindstand() == null ? null : new Eindstand(p.eindstand().gehuisvestCoa(),
                        p.eindstand().huurcontracten(), p.eindstand().gehuisvestCoaDefinitief(),
                        p.eindstand().omkoppelingen(), p.eindstand().stapelgemeenteMaanden(),
                        p.eindstand().stapelgemeenteLaatsteMaand(), p.eindstand().verschoonbareReden())))
                .toList();
        List<Besluit> besluiten = d.besluiten().stream()
                .map(b -> new Besluit(b.peildatum(), b.trede().code(), b.motivering())).toList();
        return new SimulatieVerzoek(beleidskader, d.gemeente(), d.startTrede().code(), perioden, besluiten);
    }
}
