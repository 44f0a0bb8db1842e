package nl.woonregie.verhuisbox.traject;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.Versiekop;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The register of referring organisations over the API ({@link Verwijzers}; issue 20 §2, ADR 0053). */
@RestController
@Tag(name = "Verhuisbox")
class VerwijzerController {

    static final String PAD = VerhuisboxController.API + "/verwijzers";
    private static final String IF_MATCH = "De versie die u wijzigt (de ETag van de verwijzer), bijvoorbeeld \"2\"";

    /** The register of the team. */
    @Schema(name = "Verwijzerregister")
    record Register(List<Verwijzers.Verwijzer> verwijzers) {
    }

    /** The free texts of referrals no entry matched. */
    record NietGekoppeld(List<Verwijzers.Ongekoppeld> ongekoppeld) {
    }

    /** Which free text to link. */
    record Koppeling(String organisatie) {
    }

    /** The referrals linked. */
    record Gekoppeld(List<Long> casussen) {
    }

    private final Verwijzers verwijzers;
    private final VerhuisboxToegang toegang;

    VerwijzerController(Verwijzers verwijzers, VerhuisboxToegang toegang) {
        this.verwijzers = verwijzers;
        this.toegang = toegang;
    }

    @GetMapping(PAD)
    @Operation(operationId = "verwijzers", summary = "Het register van verwijzende organisaties van het eigen team "
            + "(COORDINATOR, ICP), met de aanmelders die bij elke organisatie horen")
    Register lijst() {
        return new Register(verwijzers.lijst(toegang.huidige()));
    }

    @GetMapping(PAD + "/{id}")
    @Operation(operationId = "verwijzer", summary = "Eén verwijzer van het eigen team (COORDINATOR, ICP); ETag: de "
            + "versie")
    ResponseEntity<Verwijzers.Verwijzer> lees(@PathVariable long id) {
        return metVersie(HttpStatus.OK, verwijzers.lees(id, toegang.huidige()));
    }

    @PostMapping(PAD)
    @Operation(operationId = "verwijzerToevoegen", summary = "Voeg een verwijzende organisatie toe aan het register "
            + "(COORDINATOR)", description = "naam (uniek in het team, hoofdletters tellen niet), soort "
            + "(GEMEENTELIJK, OPVANG, ZORGAANBIEDER, ANDERS), contactpersoon en contactEmail (optioneel), actief "
            + "(standaard waar). 400 noemt elk ongeldig veld; 409 voor een naam die het register al heeft.")
    ResponseEntity<Verwijzers.Verwijzer> voegToe(@RequestBody Verwijzers.Invoer invoer, HttpServletRequest request) {
        return metVersie(HttpStatus.CREATED, verwijzers.voegToe(invoer, toegang.huidige(), Client.van(request)));
    }

    @PutMapping(PAD + "/{id}")
    @Operation(operationId = "verwijzerWijzigen", summary = "Wijzig een verwijzer van het eigen team (COORDINATOR)",
            description = "Velden als bij toevoegen; actief=false haalt hem uit het formulier van nieuwe meldingen "
                    + "(eerdere meldingen houden hem). If-Match: de versie die u wijzigt; 409 als hij intussen "
                    + "gewijzigd is. Een nieuwe naam geldt voor alle meldingen van de verwijzer, ook in de cijfers.")
    ResponseEntity<Verwijzers.Verwijzer> wijzig(@PathVariable long id, @RequestBody Verwijzers.Invoer invoer,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return metVersie(HttpStatus.OK, verwijzers.wijzig(id, Versiekop.uitIfMatch(ifMatch), invoer,
                toegang.huidige(), Client.van(request)));
    }

    @PutMapping(PAD + "/{id}/aanmelders/{gebruikersnaam}")
    @Operation(operationId = "verwijzerAanmelderKoppelen", summary = "Een aanmelder-account van het team hoort "
            + "voortaan bij deze verwijzer (COORDINATOR)", description = "Een account hoort bij één verwijzer; "
            + "een eerdere koppeling vervalt. Zijn meldingen krijgen de organisatie uit het register. If-Match: de "
            + "versie van de verwijzer.")
    ResponseEntity<Verwijzers.Verwijzer> koppel(@PathVariable long id, @PathVariable String gebruikersnaam,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return metVersie(HttpStatus.OK, verwijzers.koppelAanmelder(id, Versiekop.uitIfMatch(ifMatch), gebruikersnaam,
                toegang.huidige(), Client.van(request)));
    }

    @DeleteMapping(PAD + "/{id}/aanmelders/{gebruikersnaam}")
    @Operation(operationId = "verwijzerAanmelderOntkoppelen", summary = "Een aanmelder-account hoort niet meer bij "
            + "deze verwijzer (COORDINATOR); If-Match: de versie van de verwijzer")
    ResponseEntity<Verwijzers.Verwijzer> ontkoppel(@PathVariable long id, @PathVariable String gebruikersnaam,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            HttpServletRequest request) {
        return metVersie(HttpStatus.OK, verwijzers.ontkoppelAanmelder(id, Versiekop.uitIfMatch(ifMatch),
                gebruikersnaam, toegang.huidige(), Client.van(request)));
    }

    @GetMapping(PAD + "/ongekoppeld")
    @Operation(operationId = "verwijzersOngekoppeld", summary = "De organisaties zoals aanmelders ze typten die bij "
            + "geen verwijzer uit het register horen, met het aantal meldingen (COORDINATOR): de lijst om af te werken")
    NietGekoppeld ongekoppeld() {
        return new NietGekoppeld(verwijzers.ongekoppeld(toegang.huidige()));
    }

    @PostMapping(PAD + "/{id}/koppelingen")
    @Operation(operationId = "verwijzerMeldingenKoppelen", summary = "Koppel de meldingen met deze getypte "
            + "organisatie aan deze verwijzer (COORDINATOR)", description = "organisatie: precies de tekst uit de "
            + "lijst 'ongekoppeld'. Het antwoord noemt de gekoppelde casussen.")
    Gekoppeld koppelMeldingen(@PathVariable long id, @RequestBody Koppeling k, HttpServletRequest request) {
        return new Gekoppeld(verwijzers.koppelMeldingen(id, k == null ? null : k.organisatie(), toegang.huidige(),
                Client.van(request)));
    }

    private static ResponseEntity<Verwijzers.Verwijzer> metVersie(HttpStatus status, Verwijzers.Verwijzer v) {
        return ResponseEntity.status(status).eTag(Versiekop.etag(v.versie())).body(v);
    }
}
