package nl.woonregie.toezicht.simulatie;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.DiscriminatorMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.regels.Bevinding;
import nl.woonregie.toezicht.regels.Trede;
import nl.woonregie.toezicht.regels.Uitkomst;

/** Response of the what-if API: per peildatum a judgment, plus the findings. Field names as in the contract. */
@Schema(name = "SimulatieAntwoord")
@JsonPropertyOrder({"beleidskader", "gemeente", "beoordelingen", "bevindingen"})
public record SimulatieAntwoord(String beleidskader, String gemeente,
        @ArraySchema(schema = @Schema(oneOf = {Tussentijds.class, Eindoordeel.class}, discriminatorProperty = "soort",
                discriminatorMapping = {
                    @DiscriminatorMapping(value = "TUSSENTIJDS", schema = Tussentijds.class),
                    @DiscriminatorMapping(value = "EINDOORDEEL", schema = Eindoordeel.class)}))
        List<Object> beoordelingen,
        List<BevindingDto> bevindingen) {

    public static SimulatieAntwoord van(String beleidskader, String gemeente, Uitkomst uitkomst) {
        List<Object> beoordelingen = uitkomst.beoordelingen().stream()
                .map(b -> dto(BeoordelingRecord.van(b))).toList();
        List<BevindingDto> bevindingen = uitkomst.bevindingen().stream()
                .map(BevindingDto::van).toList();
        return new SimulatieAntwoord(beleidskader, gemeente, beoordelingen, bevindingen);
    }

    /** One judgment in the contract's JSON shape: the what-if answer, and the outcome of a round in the API. */
    public static Object dto(BeoordelingRecord b) {
        if (b instanceof BeoordelingRecord.Tussentijds t) {
            return new Tussentijds(t.peildatum().toString(), "TUSSENTIJDS", t.periode().code(), t.taakstelling(),
                    t.saldoIn(), t.additioneleOpgave(), t.opgave(), t.minimaal(), getal(t.drempelOpSchema()),
                    t.gehuisvest(), t.opSchema(), t.nogTeHuisvesten(), t.koppelingen(), t.koppelingenVoldoende(),
                    t.percentageVanOpgave(), code(t.tredeVoor()), code(t.tredeNa()), t.conclusie().name(),
                    code(t.voorgesteldeTrede()), t.besluitVereist(), motivering(t.motivering()));
        }
        BeoordelingRecord.Eindoordeel e = (BeoordelingRecord.Eindoordeel) b;
        BeoordelingRecord.VolgendePeriode v = e.volgendePeriode();
        return new Eindoordeel(e.peildatum().toString(), "EINDOORDEEL", e.periode().code(), e.taakstelling(),
                e.saldoIn(), e.additioneleOpgave(), e.opgave(), e.gehuisvestCoa(), e.huurcontracten(),
                e.huurcontractenMeegeteld(), e.gehuisvestCoaDefinitief(), e.gerealiseerd(),
                getal(e.drempelNietStijgen()), e.drempelGehaald(), e.koppelingenVoldoende(), e.omkoppelingen(),
                e.omkoppelingenGemeld(), e.omkoppelingenTellenMee(), e.stapelgemeente(), e.verschoonbareReden(), e.percentageVanOpgave(), code(e.tredeVoor()),
                code(e.tredeNa()), e.conclusie().name(), code(e.voorgesteldeTrede()), e.besluitVereist(),
                e.saldoUit(), v == null ? null : new VolgendePeriode(v.periode().code(), v.taakstelling(),
                        v.saldoIn(), v.opgave(), v.minimaal()),
                motivering(e.motivering()));
    }

    /** Exact decimal as a JSON number without a needless fraction or exponent (292.6, 140). */
    private static Number getal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Number) stripped.longValueExact() : (Number) stripped.doubleValue();
    }

    private static String code(Trede trede) {
        return trede == null ? null : trede.code();
    }

    private static List<MotiveringDto> motivering(List<BeoordelingRecord.Motivering> motivering) {
        return motivering.stream().map(m -> new MotiveringDto(m.regel(), m.tekst())).toList();
    }

    @Schema(name = "Motivering")
    public record MotiveringDto(String regel, String tekst) {
    }

    @Schema(name = "SimulatieBevinding")
    public record BevindingDto(Bevinding.Type type, @Schema(format = "date") String peildatum, String tekst) {

        public static BevindingDto van(Bevinding b) {
            return new BevindingDto(b.type(), b.peildatum().toString(), b.tekst());
        }
    }

    @Schema(name = "VolgendePeriode")
    public record VolgendePeriode(String periode, long taakstelling, long saldoIn, long opgave, long minimaal) {
    }

    @Schema(name = "TussentijdseToets")
    @JsonPropertyOrder({"peildatum", "soort", "periode", "taakstelling", "saldoIn", "additioneleOpgave", "opgave",
        "minimaal", "drempelOpSchema", "gehuisvest", "opSchema", "nogTeHuisvesten", "koppelingen",
        "koppelingenVoldoende", "percentageVanOpgave", "tredeVoor", "tredeNa", "conclusie", "voorgesteldeTrede",
        "besluitVereist", "motivering"})
    public record Tussentijds(@Schema(format = "date") String peildatum,
            @Schema(allowableValues = "TUSSENTIJDS", requiredMode = Schema.RequiredMode.REQUIRED) String soort,
            String periode, long taakstelling, long saldoIn,
            long additioneleOpgave, long opgave, long minimaal, Number drempelOpSchema, long gehuisvest,
            boolean opSchema, long nogTeHuisvesten, Long koppelingen, Boolean koppelingenVoldoende,
            Integer percentageVanOpgave, String tredeVoor, String tredeNa, String conclusie,
            String voorgesteldeTrede, boolean besluitVereist, List<MotiveringDto> motivering) {
    }

    @Schema(name = "Eindoordeel")
    @JsonPropertyOrder({"peildatum", "soort", "periode", "taakstelling", "saldoIn", "additioneleOpgave", "opgave",
        "gehuisvestCoa", "huurcontracten", "huurcontractenMeegeteld", "gehuisvestCoaDefinitief", "gerealiseerd",
        "drempelNietStijgen", "drempelGehaald", "koppelingenVoldoende", "omkoppelingen", "omkoppelingenGemeld",
        "omkoppelingenTellenMee", "stapelgemeente",
        "verschoonbareReden", "percentageVanOpgave", "tredeVoor", "tredeNa", "conclusie", "voorgesteldeTrede",
        "besluitVereist", "saldoUit", "volgendePeriode", "motivering"})
    public record Eindoordeel(@Schema(format = "date") String peildatum,
            @Schema(allowableValues = "EINDOORDEEL", requiredMode = Schema.RequiredMode.REQUIRED) String soort,
            String periode, long taakstelling, long saldoIn,
            long additioneleOpgave, long opgave, long gehuisvestCoa, long huurcontracten,
            long huurcontractenMeegeteld, Long gehuisvestCoaDefinitief, boolean gerealiseerd,
            Number drempelNietStijgen, Boolean drempelGehaald, Boolean koppelingenVoldoende,
            @Schema(description = "Omkoppelingen die in deze periode meetellen (vraag 3 van het eindoordeel)")
            boolean omkoppelingen,
            @Schema(description = "Door COA gemelde omkoppelingen in de periode, of ze meetellen of niet")
            long omkoppelingenGemeld,
            @Schema(description = "false als omkoppelingen volgens het beleidskader in deze periode niet meetellen "
                    + "(Zuid-Holland: tweede helft 2021)")
            boolean omkoppelingenTellenMee,
            boolean stapelgemeente, String verschoonbareReden, Integer percentageVanOpgave, String tredeVoor,
            String tredeNa, String conclusie, String voorgesteldeTrede, boolean besluitVereist, long saldoUit,
            VolgendePeriode volgendePeriode, List<MotiveringDto> motivering) {
    }
}
