package nl.woonregie.programma;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import nl.woonregie.programma.voortgang.Evaluatiestatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The progress report of a programme and its evaluation moments over the API. Translates JSON to
 * {@link VoortgangService}, which judges access and input.
 */
@RestController
@Tag(name = ProgrammaController.TAG)
class VoortgangController {

    private static final String PAD = "/api/v1/programmas/{id}";

    private final VoortgangService voortgang;
    private final Toegang toegang;

    VoortgangController(VoortgangService voortgang, Toegang toegang) {
        this.voortgang = voortgang;
        this.toegang = toegang;
    }

    @Schema(name = "ProgrammaEvaluatiemomenten")
    record Evaluatiemomenten(List<Evaluatiemoment> evaluaties) {
    }

    @Schema(name = "ProgrammaEvaluatieVerzoek", description = "Een evaluatiemoment: wat, wanneer, gepland of "
            + "gehouden, de uitkomst")
    record EvaluatieVerzoek(
            @Schema(maxLength = 200, example = "Tussenevaluatie pilot vroegsignalering") String naam,
            @Schema(example = "2020-10-31") LocalDate datum, Evaluatiestatus status,
            @Schema(maxLength = 4000, description = "Verplicht bij een gehouden evaluatie") String uitkomst,
            @Schema(description = "Het project waar het bij hoort (leeg: het programma)") Integer project,
            @Schema(maxLength = 2000, description = "Waarom u dit vastlegt") String reden) {
    }

    @GetMapping(path = PAD + "/voortgang", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaVoortgang", summary = "De voortgangsrapportage van een programma over een "
            + "periode", description = "Per doel de projecten per stand, per project de stand aan het begin en het "
            + "eind van de periode en wat er in de periode veranderde (wie, wanneer, waarom), per indicator de "
            + "metingen in de periode en de laatste waarde tegen de streefwaarde, de evaluatiemomenten, de "
            + "bevindingen en de begroting zoals die nu berekend wordt. Wie het programma mag lezen.")
    VoortgangService.Rapportage rapportage(@PathVariable long id,
            @Parameter(description = "De eerste dag (standaard 1 januari van het eerste planjaar)",
                    schema = @Schema(type = "string", format = "date", example = "2020-01-01"))
            @RequestParam(required = false) String van,
            @Parameter(description = "De laatste dag (standaard vandaag)",
                    schema = @Schema(type = "string", format = "date", example = "2021-12-31"))
            @RequestParam(required = false) String tot) {
        return voortgang.rapport(toegang.huidige(), id, van, tot).rapportage();
    }

    @GetMapping(path = PAD + "/evaluaties", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaEvaluaties", summary = "De evaluatiemomenten van een programma, op datum")
    Evaluatiemomenten evaluaties(@PathVariable long id) {
        return new Evaluatiemomenten(voortgang.evaluaties(toegang.huidige(), id));
    }

    @PutMapping(path = PAD + "/evaluaties/{nummer}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "programmaEvaluatieZetten", summary = "Leg een evaluatiemoment vast of wijzig het (de "
            + "programmamanager, BEHEERDER)", description = "Een nieuwe versie van het programma. If-Match: de versie "
            + "die u wijzigt; 409 als het programma intussen gewijzigd is. Een gehouden evaluatie heeft een uitkomst.")
    ResponseEntity<Programma> zet(@PathVariable long id, @PathVariable int nummer, @RequestBody EvaluatieVerzoek v,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Programma p = voortgang.zetEvaluatie(toegang.huidige(), id, ifMatch, nummer, new VoortgangService.Evaluatie(
                v.naam(), v.datum(), v.status(), v.uitkomst(), v.project()), v.reden(), Client.van(request));
        return ResponseEntity.ok().eTag(Integer.toString(p.versie())).body(p);
    }
}
