package nl.woonregie.verhuisbox.rapportage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Versiekop;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The spend of a year as the team stated it, over the API ({@link Uitgavenopgaven}; ADR 0064). */
@RestController
@Tag(name = "Verhuisbox")
class UitgavenopgaveController {

    static final String PAD = "/api/v1/verhuisbox/uitgavenopgaven/{jaar}";

    private final Uitgavenopgaven opgaven;
    private final VerhuisboxToegang toegang;

    UitgavenopgaveController(Uitgavenopgaven opgaven, VerhuisboxToegang toegang) {
        this.opgaven = opgaven;
        this.toegang = toegang;
    }

    @GetMapping(PAD)
    @Operation(operationId = "uitgavenopgave", summary = "De opgave van de uitgaven van een jaar zoals het team haar "
            + "deed, met de som van de posten, het verschil met het opgegeven totaal en per post die bij een soort "
            + "verstrekking hoort de betaalde verstrekkingen van dat jaar (COORDINATOR, CONSULENT); ETag: de versie; "
            + "404 als er geen opgave is")
    ResponseEntity<Uitgavenopgaven.Uitgavenopgave> lees(@PathVariable int jaar) {
        Uitgavenopgaven.Uitgavenopgave o = opgaven.lees(toegang.huidige(), jaar);
        return ResponseEntity.ok().eTag(Versiekop.etag(o.versie())).body(o);
    }

    @PutMapping(PAD)
    @Operation(operationId = "uitgavenopgaveVastleggen", summary = "Leg de opgave van de uitgaven van een jaar vast of "
            + "vervang haar (COORDINATOR)", description = "bron (het verslag, verplicht), totaal (het opgegeven totaal "
                    + "in euro), posten (1 tot en met 20: omschrijving, bedrag, en eventueel soort: een soort "
                    + "verstrekking van het team om de post mee te vergelijken). 201 voor een nieuwe opgave, 200 voor "
                    + "een vervangen; If-Match (de versie die u vervangt) is verplicht bij vervangen, 409 als de opgave "
                    + "intussen gewijzigd is; 400 noemt elk ongeldig veld.")
    ResponseEntity<Uitgavenopgaven.Uitgavenopgave> legVast(@PathVariable int jaar, @RequestBody Uitgavenopgaven.OpgaveInvoer invoer,
            @Parameter(description = "De versie die u vervangt (de ETag van de opgave), bijvoorbeeld \"1\"")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Uitgavenopgaven.Vastgelegd v = opgaven.legVast(toegang.huidige(), jaar, Versiekop.uitIfMatch(ifMatch), invoer,
                Client.van(request));
        return ResponseEntity.status(v.nieuw() ? HttpStatus.CREATED : HttpStatus.OK)
                .eTag(Versiekop.etag(v.opgave().versie())).body(v.opgave());
    }
}
