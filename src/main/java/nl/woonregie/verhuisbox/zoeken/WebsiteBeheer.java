package nl.woonregie.verhuisbox.zoeken;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The list of housing-allocation websites over the API (COORDINATOR, see {@link Websites}). */
@RestController
@Tag(name = "Verhuisbox")
class WebsiteBeheer {

    private final Websites websites;
    private final VerhuisboxToegang toegang;

    WebsiteBeheer(Websites websites, VerhuisboxToegang toegang) {
        this.websites = websites;
        this.toegang = toegang;
    }

    @PostMapping(ZoekenController.API + "/websites")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "voegToe", summary = "Voeg een woonnetverdeelsysteem toe aan de lijst van het eigen team (COORDINATOR)")
    Map<String, Object> voegToe(@RequestBody Websites.Website w, HttpServletRequest request) {
        return Map.of("id", websites.voegToe(w, toegang.huidige(), Client.van(request)));
    }

    @PutMapping(ZoekenController.API + "/websites/{id}")
    @Operation(operationId = "wijzig", summary = "Wijzig een woonnetverdeelsysteem van het eigen team: regio, provincies, kosten, verlenging, "
            + "bijzonderheden, actief (COORDINATOR). Een site van de landelijke lijst krijgt een eigen versie voor het "
            + "team (id in het antwoord); andere teams houden de landelijke")
    Map<String, Object> wijzig(@PathVariable long id, @RequestBody Websites.Website w, HttpServletRequest request) {
        return Map.of("id", websites.wijzig(id, w, toegang.huidige(), Client.van(request)));
    }
}
