package nl.woonregie.verhuisbox.evaluatie;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Download;
import nl.woonregie.platform.web.Versiekop;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The evaluator's dataset over the API ({@link Evaluatie}; issue 20 §6, ADR 0060). */
@RestController
@Tag(name = "Verhuisbox")
class EvaluatieController {

    static final String PAD = "/api/v1/verhuisbox/evaluatie-exporten";

    /** The team's requests. */
    @Schema(name = "EvaluatieExporten")
    record Aanvragen(List<Evaluatie.Export> exporten) {
    }

    private final Evaluatie evaluatie;
    private final VerhuisboxToegang toegang;

    EvaluatieController(Evaluatie evaluatie, VerhuisboxToegang toegang) {
        this.evaluatie = evaluatie;
        this.toegang = toegang;
    }

    @GetMapping(PAD)
    @Operation(operationId = "evaluatieExporten", summary = "De aanvragen van een dataset voor de externe evaluatie "
            + "van het eigen team, de nieuwste eerst (COORDINATOR, CONSULENT)")
    Aanvragen lijst() {
        return new Aanvragen(evaluatie.lijst(toegang.huidige()));
    }

    @GetMapping(PAD + "/{id}")
    @Operation(operationId = "evaluatieExport", summary = "Eén aanvraag van het eigen team (COORDINATOR, "
            + "CONSULENT); ETag: de versie")
    ResponseEntity<Evaluatie.Export> lees(@PathVariable long id) {
        return metVersie(HttpStatus.OK, evaluatie.lees(id, toegang.huidige()));
    }

    @PostMapping(PAD)
    @Operation(operationId = "evaluatieExportAanvragen", summary = "Vraag een gepseudonimiseerde dataset op "
            + "casusniveau aan voor een externe evaluator (COORDINATOR, CONSULENT)", description = "van en tot "
            + "(jjjj-mm-dd, de aanmeldingen in die periode; van op of na 2019-01-01, tot niet na vandaag), doel (10 "
            + "tot 1000 tekens) en ontvanger (de evaluator). De aanvraag wacht op de goedkeuring van de "
            + "coördinator. 400 noemt elk ongeldig veld.")
    ResponseEntity<Evaluatie.Export> vraagAan(@RequestBody Evaluatie.Aanvraag aanvraag, HttpServletRequest request) {
        return metVersie(HttpStatus.CREATED, evaluatie.vraagAan(aanvraag, toegang.huidige(), Client.van(request)));
    }

    @PostMapping(PAD + "/{id}/beoordeling")
    @Operation(operationId = "evaluatieExportBeoordelen", summary = "Keur een aanvraag goed of wijs haar af "
            + "(COORDINATOR)", description = "besluit: GOEDGEKEURD of AFGEWEZEN; toelichting verplicht bij afwijzen. "
            + "If-Match: de versie van de aanvraag; 409 als zij intussen gewijzigd of al beoordeeld is.")
    ResponseEntity<Evaluatie.Export> beoordeel(@PathVariable long id, @RequestBody Evaluatie.Beoordeling beoordeling,
            @Parameter(description = "De versie die u beoordeelt (de ETag van de aanvraag), bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        return metVersie(HttpStatus.OK, evaluatie.beoordeel(id, Versiekop.uitIfMatch(ifMatch), beoordeling,
                toegang.huidige(), Client.van(request)));
    }

    @GetMapping(PAD + "/{id}/dataset")
    @Operation(operationId = "evaluatieDataset", summary = "De dataset van een goedgekeurde aanvraag als XLSX "
            + "(COORDINATOR, CONSULENT)", description = "Eén rij per casus met een vast pseudoniem, zonder direct "
            + "identificerende gegevens; datums per maand, geboortejaren in klassen van vijf jaar. Elke download "
            + "wordt vastgelegd, ook per casus in de verwerkingenlogging. 409 zolang de aanvraag niet is "
            + "goedgekeurd.")
    @ApiResponse(responseCode = "200", description = "De dataset als XLSX", content = @Content(
            mediaType = Spreadsheet.XLSX, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> dataset(@PathVariable long id, HttpServletRequest request) {
        Evaluatie.Bestand b = evaluatie.bestand(id, toegang.huidige(), Client.van(request));
        return Download.bijlage(b.inhoud(), Spreadsheet.XLSX, b.naam());
    }

    private static ResponseEntity<Evaluatie.Export> metVersie(HttpStatus status, Evaluatie.Export e) {
        return ResponseEntity.status(status).eTag(Versiekop.etag(e.versie())).body(e);
    }
}
