package nl.woonregie.toezicht.opvolging;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision meetings over the API. Recording, planning and correcting: the TOEZICHTHOUDER of the province (and
 * BEHEERDER); reading and commenting on a concept-verslag: also the municipality itself. The steps that send
 * (invitation, concept-verslag, vastgestelde verslag) are in the brieven module, where the contacts are (ADR 0058). The current version is the ETag; a correction may name the version it
 * corrects ({@code versie} in the body or {@code If-Match}).
 */
@RestController
@Tag(name = ToezichtgesprekController.TAG, description = ToezichtgesprekController.TAG_BESCHRIJVING)
class ToezichtgesprekController {

    static final String TAG = "Toezichtopvolging";
    static final String TAG_BESCHRIJVING = "Toezichtgesprekken (trede 2 en 3), plannen van aanpak en hun acties "
            + "(trede 3a en 3b). Vastleggen: de toezichthouder van de provincie; lezen: ook de gemeente zelf.";

    private final ToezichtgesprekService gesprekken;
    private final Toegang toegang;

    ToezichtgesprekController(ToezichtgesprekService gesprekken, Toegang toegang) {
        this.gesprekken = gesprekken;
        this.toegang = toegang;
    }

    @PostMapping("/api/v1/gemeenten/{code}/toezichtgesprekken")
    @Operation(summary = "Leg een toezichtgesprek met een gemeente vast",
            description = "Periode (JJJJ-I of JJJJ-II), datum (niet in de toekomst), soort AMBTELIJK of BESTUURLIJK, "
                    + "deelnemers als organisatie en functie (geen namen), verslag (hoogstens 20 000 tekens) en "
                    + "eventueel de trede van de interventieladder op dat moment.")
    ResponseEntity<Toezichtgesprek> legVast(@PathVariable String code,
            @RequestBody ToezichtgesprekService.Invoer body, HttpServletRequest request) {
        Gebruiker g = toegang.gemeenteToezien(code);
        long id = gesprekken.legVast(code, body, g, Client.van(request));
        Toezichtgesprek gesprek = gesprekken.lees(id);
        return ResponseEntity.created(URI.create("/api/v1/toezichtgesprekken/" + id)).eTag(etag(gesprek.versie()))
                .body(gesprek);
    }

    @PostMapping("/api/v1/gemeenten/{code}/geplande-toezichtgesprekken")
    @Operation(operationId = "toezichtgesprekPlannen",
            summary = "Plan een toezichtgesprek met een gemeente (uitnodiging met agenda volgt)",
            description = "Periode, datum (vandaag of later) en aanvang (UU:MM), plaats en/of link voor een online "
                    + "gesprek, de agenda als lijst van punten, soort AMBTELIJK of BESTUURLIJK, de verwachte deelnemers "
                    + "als organisatie en functie, eventueel de trede. Het gesprek staat daarna op Gepland; de "
                    + "uitnodiging gaat met POST /api/v1/toezichtgesprekken/{id}/uitnodiging.")
    ResponseEntity<Toezichtgesprek> plan(@PathVariable String code,
            @RequestBody ToezichtgesprekService.Planning body, HttpServletRequest request) {
        Gebruiker g = toegang.gemeenteToezien(code);
        long id = gesprekken.plan(code, body, g, Client.van(request));
        Toezichtgesprek gesprek = gesprekken.lees(id);
        return ResponseEntity.created(URI.create("/api/v1/toezichtgesprekken/" + id)).eTag(etag(gesprek.versie()))
                .body(gesprek);
    }

    @PostMapping("/api/v1/toezichtgesprekken/{id}/reacties")
    @Operation(operationId = "toezichtgesprekReactie",
            summary = "Leg een reactie van de gemeente op het concept-verslag vast",
            description = "Door de gemeente zelf (namens de gemeente, ontvangen vandaag) of door de toezichthouder "
                    + "namens de gemeente (ontvangen op en namens verplicht). Met akkoord stemt de gemeente in met het "
                    + "concept-verslag; dan kan het verslag vóór het einde van de reactietermijn worden vastgesteld. "
                    + "409 als er geen concept-verslag ter reactie is.")
    ResponseEntity<Toezichtgesprek> reageer(@PathVariable long id,
            @RequestBody ToezichtgesprekService.ReactieInvoer body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        String gemeente = gemeente(id);
        Gebruiker g = toegang.toezichtLezen(gemeente);
        boolean zelf = g.gemeenten(Rol.GEMEENTE).contains(gemeente)
                && !Toegang.magProvincieToezien(g, gesprekken.provincieVan(gemeente));
        Fouten fouten = new Fouten();
        Integer versie = body.versie() != null ? body.versie() : versieUit(ifMatch, fouten);
        fouten.gooiAlsNodig("Ongeldige header.");
        ToezichtgesprekService.ReactieInvoer invoer = new ToezichtgesprekService.ReactieInvoer(body.tekst(),
                body.ontvangenOp(), body.namens(), body.akkoord(), versie);
        Toezichtgesprek gesprek = gesprekken.reageer(id, invoer, zelf, g, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/toezichtgesprekken/" + id)).eTag(etag(gesprek.versie()))
                .body(gesprek);
    }

    @GetMapping("/api/v1/gemeenten/{code}/toezichtgesprekken")
    @Operation(summary = "De toezichtgesprekken met een gemeente, de laatste eerst (eventueel van één periode)")
    Map<String, List<Toezichtgesprek>> lijst(@PathVariable String code,
            @RequestParam(required = false) String periode) {
        toegang.toezichtLezen(code);
        Periode p = null;
        if (periode != null) {
            Fouten fouten = new Fouten();
            p = fouten.periode(periode, "periode");
            fouten.gooiAlsNodig("Ongeldige parameter.");
        }
        return Map.of("toezichtgesprekken", gesprekken.vanGemeente(code, p));
    }

    @GetMapping("/api/v1/toezichtgesprekken/{id}")
    @Operation(summary = "Een toezichtgesprek in de huidige versie, met de lijst van versies")
    ResponseEntity<Toezichtgesprek> lees(@PathVariable long id) {
        toegang.toezichtLezen(gemeente(id));
        Toezichtgesprek gesprek = gesprekken.lees(id);
        return ResponseEntity.ok().eTag(etag(gesprek.versie())).body(gesprek);
    }

    @PutMapping("/api/v1/toezichtgesprekken/{id}")
    @Operation(summary = "Corrigeer een toezichtgesprek (met reden); de vorige versie blijft leesbaar",
            description = "De volledige nieuwe inhoud en een verplichte reden. Met versie (of If-Match) wordt een "
                    + "gelijktijdige correctie geweigerd (409).")
    ResponseEntity<Toezichtgesprek> corrigeer(@PathVariable long id,
            @RequestBody ToezichtgesprekService.Correctie body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.gemeenteToezien(gemeente(id));
        Fouten fouten = new Fouten();
        Integer versie = body.versie() != null ? body.versie() : versieUit(ifMatch, fouten);
        fouten.gooiAlsNodig("Ongeldige header.");
        gesprekken.corrigeer(id, body, versie, g, Client.van(request));
        Toezichtgesprek gesprek = gesprekken.lees(id);
        return ResponseEntity.ok().eTag(etag(gesprek.versie())).body(gesprek);
    }

    @GetMapping("/api/v1/toezichtgesprekken/{id}/versies")
    @Operation(summary = "Alle versies van een toezichtgesprek, de oudste eerst, met reden van elke correctie")
    Map<String, List<Toezichtgesprek.Versie>> versies(@PathVariable long id) {
        toegang.toezichtLezen(gemeente(id));
        return Map.of("versies", gesprekken.versies(id));
    }

    private String gemeente(long id) {
        return gesprekken.gemeenteVan(id)
                .orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + id + " bestaat niet."));
    }

    /** The version named by {@code If-Match} ({@code "2"} or {@code W/"2"}), null without one; 400 when unreadable. */
    static Integer versieUit(String ifMatch, Fouten fouten) {
        if (ifMatch == null) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
        } catch (NumberFormatException e) {
            fouten.voeg("If-Match", "de versie van het gesprek, bijvoorbeeld \"2\"");
            return null;
        }
    }

    private static String etag(int versie) {
        return "\"" + versie + "\"";
    }
}
