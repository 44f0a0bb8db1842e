package nl.woonregie.verhuisbox.nazorg;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Aftercare after a move and the client survey over the API. Scope: the assigned casemanager and the team's
 * coordinator (every read of a case logged); the yearly survey results for the coordinator only. Only translates.
 */
@RestController
@Tag(name = "Verhuisbox nazorg", description = "Nazorgcontacten na een verhuizing (1, 3, 6 en 12 maanden) en de "
        + "klantenquête (zes vragen, schaal 1–5) met jaarresultaten.")
class NazorgController {

    static final String API = "/api/v1/verhuisbox";

    private final VerhuisboxToegang toegang;
    private final Nazorg nazorg;
    private final Enquete enquete;
    private final EnqueteLinks links;

    NazorgController(VerhuisboxToegang toegang, Nazorg nazorg, Enquete enquete, EnqueteLinks links) {
        this.toegang = toegang;
        this.nazorg = nazorg;
        this.enquete = enquete;
        this.links = links;
    }

    @GetMapping(API + "/casussen/{id}/nazorg")
    @Operation(summary = "De nazorgcontacten van een casus met hun stand (GEPLAND, TE_DOEN, TE_LAAT, VASTGELEGD)")
    Map<String, List<Nazorg.Contact>> contacten(@PathVariable long id) {
        return Map.of("contacten", nazorg.contacten(id, toegang.huidige()));
    }

    @PostMapping(API + "/casussen/{id}/nazorg/{contact}")
    @Operation(summary = "Leg het nazorgcontact vast; {contact} is het aantal maanden na de verhuizing (1, 3, 6, 12)")
    Nazorg.Contact leg(@PathVariable long id, @PathVariable int contact,
            @RequestBody(required = false) Nazorg.Vastlegging v, HttpServletRequest request) {
        return nazorg.leg(id, contact, v, toegang.huidige(), Client.van(request));
    }

    @PostMapping(API + "/casussen/{id}/enquete")
    @Operation(summary = "Leg de klantenquête van een casus vast (eenmalig): zes vragen 1–5 en toelichting, "
            + "ingevuld door de casemanager of namens de cliënt")
    ResponseEntity<Map<String, Object>> enquete(@PathVariable long id,
            @RequestBody(required = false) Enquete.Antwoorden a, HttpServletRequest request) {
        int jaar = enquete.leg(id, a, toegang.huidige(), Client.van(request));
        return ResponseEntity.status(201).body(Map.of("casus", id, "jaar", jaar));
    }

    @PostMapping(API + "/casussen/{id}/enquetelink")
    @Operation(summary = "Maak een eenmalige link waarmee de cliënt de enquête zelf invult (zonder account); de link "
            + "wordt één keer getoond, is 30 dagen geldig en trekt een eerdere ongebruikte link in")
    ResponseEntity<Map<String, Object>> enquetelink(@PathVariable long id, HttpServletRequest request) {
        EnqueteLinks.NieuweLink l = links.maak(id, toegang.huidige(), Client.van(request));
        return ResponseEntity.status(201).header("Cache-Control", "no-store")
                .body(Map.of("casus", id, "link", l.url(), "geldigTot", l.geldigTot()));
    }

    @GetMapping(API + "/enquete")
    @Operation(summary = "De resultaten van de klantenquête van het team in een jaar: gemiddelde per vraag en aantal "
            + "(COORDINATOR)")
    Enquete.Jaarresultaat resultaten(@RequestParam(required = false) Integer jaar) {
        return enquete.resultaten(toegang.huidige(), jaar);
    }
}
