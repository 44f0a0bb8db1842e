package nl.woonregie.verhuisbox.zoeken;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Versiekop;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The register of search areas and their housing-market pressure over the API ({@link Zoekgebieden}; ADR 0061). */
@RestController
@Tag(name = "Verhuisbox")
class ZoekgebiedController {

    static final String PAD = ZoekenController.API + "/zoekgebieden";
    private static final String IF_MATCH = "De versie die u wijzigt (de ETag van het zoekgebied), bijvoorbeeld \"2\"";

    /** The register of the team. */
    @Schema(name = "Zoekgebiedregister")
    record Register(List<Zoekgebieden.Zoekgebied> zoekgebieden) {
    }

    private final Zoekgebieden zoekgebieden;
    private final VerhuisboxToegang toegang;

    ZoekgebiedController(Zoekgebieden zoekgebieden, VerhuisboxToegang toegang) {
        this.zoekgebieden = zoekgebieden;
        this.toegang = toegang;
    }

    @GetMapping(PAD)
    @Operation(operationId = "zoekgebieden", summary = "Het register van zoekgebieden van het eigen team met hun "
            + "woningmarktdruk (COORDINATOR, CASEMANAGER)")
    Register lijst() {
        return new Register(zoekgebieden.lijst(toegang.huidige()));
    }

    @GetMapping(PAD + "/{id}")
    @Operation(operationId = "zoekgebied", summary = "Eén zoekgebied van het eigen team (COORDINATOR, CASEMANAGER); "
            + "ETag: de versie")
    ResponseEntity<Zoekgebieden.Zoekgebied> lees(@PathVariable long id) {
        return metVersie(HttpStatus.OK, zoekgebieden.lees(id, toegang.huidige()));
    }

    @PostMapping(PAD)
    @Operation(operationId = "zoekgebiedToevoegen", summary = "Voeg een zoekgebied toe aan het register (COORDINATOR)",
            description = "naam (uniek in het team), soort (KRIMPGEBIED, ANTICIPEERGEBIED, OVERIG), druk (ZEER_LAAG, "
                    + "LAAG, GEMIDDELD, HOOG, ZEER_HOOG; leeg: nog niet vastgesteld; alleen ZEER_LAAG maakt een "
                    + "zoekregio zeer kansrijk), gemeenten (CBS-codes van bestaande gemeenten), bron (verplicht bij "
                    + "een druk). 400 noemt elk ongeldig veld; 409 voor een naam die het register al heeft.")
    ResponseEntity<Zoekgebieden.Zoekgebied> voegToe(@RequestBody Zoekgebieden.Invoer invoer,
            HttpServletRequest request) {
        return metVersie(HttpStatus.CREATED, zoekgebieden.voegToe(invoer, toegang.huidige(), Client.van(request)));
    }

    @PutMapping(PAD + "/{id}")
    @Operation(operationId = "zoekgebiedWijzigen", summary = "Wijzig een zoekgebied van het eigen team (COORDINATOR)",
            description = "Velden als bij toevoegen. If-Match: de versie die u wijzigt; 409 als het intussen "
                    + "gewijzigd is. Eerder vastgelegde zoekregio's houden wat bij de intake is afgesproken; de "
                    + "cijfers gebruiken het register zoals het is.")
    ResponseEntity<Zoekgebieden.Zoekgebied> wijzig(@PathVariable long id, @RequestBody Zoekgebieden.Invoer invoer,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return metVersie(HttpStatus.OK, zoekgebieden.wijzig(id, Versiekop.uitIfMatch(ifMatch), invoer,
                toegang.huidige(), Client.van(request)));
    }

    private static ResponseEntity<Zoekgebieden.Zoekgebied> metVersie(HttpStatus status, Zoekgebieden.Zoekgebied z) {
        return ResponseEntity.status(status).eTag(Versiekop.etag(z.versie())).body(z);
    }
}
