package nl.woonregie.verhuisbox.zoeken;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Zoeken;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Searching over the API: sites, registrations and the vault, reactions, offers and the obstacle log. */
@RestController
@Tag(name = "Verhuisbox")
class ZoekenController {

    static final String API = "/api/v1/verhuisbox";

    private final ZoekDienst zoeken;
    private final Casussen casussen;
    private final VerhuisboxToegang toegang;

    ZoekenController(ZoekDienst zoeken, Casussen casussen, VerhuisboxToegang toegang) {
        this.zoeken = zoeken;
        this.casussen = casussen;
        this.toegang = toegang;
    }

    @GetMapping(API + "/websites")
    @Operation(summary = "De woonnetverdeelsystemen (naam, regio, provincies, kosten, verlenging, bijzonderheden)")
    Map<String, List<Zoeken.Website>> websites() {
        return Map.of("websites", zoeken.websites(toegang.huidige()));
    }

    @GetMapping(API + "/casussen/{id}/inschrijvingen")
    @Operation(summary = "Inschrijvingen van een casus (zonder inloggegevens)")
    Map<String, List<ZoekDienst.Inschrijving>> inschrijvingen(@PathVariable long id) {
        return Map.of("inschrijvingen", zoeken.inschrijvingen(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/inschrijvingen")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een inschrijving vast (CASEMANAGER, ADMINISTRATIEF); inloggegevens alleen met "
            + "instemming van de cliënt, versleuteld in de kluis")
    Map<String, List<ZoekDienst.Inschrijving>> schrijfIn(@PathVariable long id,
            @RequestBody(required = false) Zoeken.NieuweInschrijving n, HttpServletRequest request) {
        zoeken.schrijfIn(id, n, toegang.huidige(), Client.van(request));
        return Map.of("inschrijvingen", zoeken.inschrijvingen(id));
    }

    @PostMapping(API + "/casussen/{id}/inschrijvingen/{inschrijving}/inloggegevens")
    @Operation(summary = "Toon de inloggegevens uit de kluis (alleen toegewezen CASEMANAGER/ADMINISTRATIEF; "
            + "elke inzage in de audit)")
    ZoekDienst.Inloggegevens onthul(@PathVariable long id, @PathVariable long inschrijving,
            HttpServletRequest request) {
        return zoeken.onthul(id, inschrijving, toegang.huidige(), Client.van(request));
    }

    @GetMapping(API + "/casussen/{id}/reacties")
    @Operation(summary = "Reacties op woningen van een casus")
    Map<String, List<ZoekDienst.Reactie>> reacties(@PathVariable long id) {
        return Map.of("reacties", zoeken.reacties(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/reacties")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een reactie vast (ADMINISTRATIEF, CASEMANAGER); loting of goede positie geeft een "
            + "deadline vandaag op de werklijst")
    Map<String, List<ZoekDienst.Reactie>> reageer(@PathVariable long id,
            @RequestBody(required = false) Zoeken.NieuweReactie r, HttpServletRequest request) {
        zoeken.reageer(id, r, toegang.huidige(), Client.van(request));
        return Map.of("reacties", zoeken.reacties(id));
    }

    @GetMapping(API + "/casussen/{id}/aanbiedingen")
    @Operation(summary = "Aanbiedingen van een casus met het besluit")
    Map<String, List<Zoeken.Aanbod>> aanbiedingen(@PathVariable long id) {
        return Map.of("aanbiedingen", zoeken.aanbiedingen(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/aanbiedingen")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leg een aanbod vast (CASEMANAGER, ADMINISTRATIEF); de casus gaat naar Aanbod")
    Map<String, List<Zoeken.Aanbod>> bied(@PathVariable long id, @RequestBody(required = false) Zoeken.NieuwAanbod a,
            HttpServletRequest request) {
        zoeken.bied(id, a, toegang.huidige(), Client.van(request));
        return Map.of("aanbiedingen", zoeken.aanbiedingen(id));
    }

    @PostMapping(API + "/aanbiedingen/{id}/besluit")
    @Operation(summary = "Besluit over een aanbod (CASEMANAGER): aanvaard, geweigerd door de cliënt (zonder "
            + "gevolgen) of door de corporatie (in het belemmeringenlog)")
    Casussen.Casus besluit(@PathVariable long id, @RequestBody(required = false) Zoeken.Besluit b,
            HttpServletRequest request) {
        zoeken.besluit(id, b, toegang.huidige(), Client.van(request));
        return casussen.lees(zoeken.casusVanAanbod(id));
    }

    @GetMapping(API + "/belemmeringen")
    @Operation(summary = "Het belemmeringenlog van het team: weigeringen door corporaties met de grond")
    Map<String, List<ZoekDienst.Belemmering>> belemmeringen() {
        return Map.of("belemmeringen", zoeken.belemmeringen(toegang.huidige()));
    }
}
