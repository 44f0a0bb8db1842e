package nl.woonregie.brieven;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sending the frozen letters of a vastgestelde round over the API (issue 19 §2): TOEZICHTHOUDER of the province and
 * BEHEERDER. The POST places what is not sent yet (never a letter twice to the same addressee) and answers 202: the
 * e-mails go out in the background through the outbox; the GET only reads.
 */
@RestController
@Tag(name = "Toezichtbrieven", description = "De brief aan elke gemeente na een peildatum, als PDF/A en HTML")
class VerzendController {

    private final BriefVerzending verzending;
    private final Toegang toegang;

    VerzendController(BriefVerzending verzending, Toegang toegang) {
        this.verzending = verzending;
        this.toegang = toegang;
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/verzenden")
    @Operation(summary = "Verzend de vastgelegde brieven van een vastgestelde ronde aan de bestuurlijke contacten van "
            + "elke gemeente: per e-mail (de PDF/A als bijlage bij een begeleidende e-mail, via de uitgaande post) aan "
            + "wie besluiten elektronisch aanvaardt (artikel 2:14 Awb), anders per post. 202 met de stand per gemeente "
            + "en geadresseerde; een tweede verzoek verzendt alleen wat nog niet verzonden is of mislukte, nooit iets "
            + "twee keer; 409 als de ronde niet is vastgesteld")
    ResponseEntity<Verzendstand> verzend(@PathVariable long id, HttpServletRequest request) {
        Verzendstand stand = verzending.verzend(id, toegang.huidige(), Client.van(request));
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/beoordelingsrondes/" + id + "/verzendingen")).body(stand);
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/verzendingen")
    @Operation(summary = "De verzending van de brieven van een ronde: per gemeente en geadresseerde de wijze, de stand "
            + "en de data (artikel 3:41 Awb: een besluit treedt in werking door bekendmaking)")
    Verzendstand verzendingen(@PathVariable long id) {
        return verzending.stand(id, toegang.huidige());
    }
}
