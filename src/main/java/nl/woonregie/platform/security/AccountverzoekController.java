package nl.woonregie.platform.security;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account requests of the Verhuisbox teams (read: administrators and the team's coordinator; decided by the team's
 * coordinator) and the one-time password links (anyone holding one: the link is the credential).
 */
@RestController
@Tag(name = "Beheer")
class AccountverzoekController {

    private final Toegang toegang;
    private final Accountverzoeken verzoeken;
    private final Wachtwoordlinks links;

    AccountverzoekController(Toegang toegang, Accountverzoeken verzoeken, Wachtwoordlinks links) {
        this.toegang = toegang;
        this.verzoeken = verzoeken;
        this.links = links;
    }

    @GetMapping("/api/v1/accountverzoeken")
    @Operation(summary = "Accountverzoeken: alle (BEHEERDER) of die van het eigen team (COORDINATOR)")
    Map<String, List<Accountverzoeken.Verzoek>> lijst() {
        return Map.of("accountverzoeken", verzoeken.lijst(toegang.huidige()));
    }

    @GetMapping("/api/v1/accountverzoeken/{id}")
    @Operation(summary = "Een accountverzoek (BEHEERDER, of de coördinator van het team)")
    Accountverzoeken.Verzoek lees(@PathVariable long id) {
        return verzoeken.lees(id, toegang.huidige());
    }

    @PostMapping("/api/v1/accountverzoeken/{id}/goedkeuring")
    @Operation(summary = "Keur een accountverzoek goed (de coördinator van het team, nooit wie het indiende); het "
            + "antwoord bevat de eenmalige link waarmee de medewerker het wachtwoord kiest, alleen nu")
    Accountverzoeken.Goedkeuring keurGoed(@PathVariable long id, HttpServletRequest request) {
        return verzoeken.keurGoed(id, toegang.huidige(), Client.van(request));
    }

    record Weigering(String reden) {
    }

    @PostMapping("/api/v1/accountverzoeken/{id}/weigering")
    @Operation(summary = "Weiger een accountverzoek met een reden (de coördinator van het team)")
    Accountverzoeken.Verzoek weiger(@PathVariable long id, @RequestBody(required = false) Weigering w,
            HttpServletRequest request) {
        return verzoeken.weiger(id, w == null ? null : w.reden(), toegang.huidige(), Client.van(request));
    }

    record NieuwWachtwoord(String wachtwoord, String herhaling) {
    }

    @PostMapping("/api/v1/wachtwoordlinks/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(summary = "Kies het wachtwoord met een eenmalige link (activering of herstel); 404 voor een onbekende, "
            + "gebruikte of verlopen link")
    void stelIn(@PathVariable("token") String geheim, @RequestBody(required = false) NieuwWachtwoord w,
            HttpServletRequest request) {
        var fouten = links.stelIn(geheim, w == null ? null : w.wachtwoord(), w == null ? null : w.herhaling(),
                Client.van(request));
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het wachtwoord is niet ingesteld.", fouten);
        }
    }
}
