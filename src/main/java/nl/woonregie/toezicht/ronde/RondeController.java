package nl.woonregie.toezicht.ronde;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Assessment rounds over the API. Version checks: {@code versie} in the body or {@code If-Match: "<versie>"}. */
@RestController
@Tag(name = "Beoordelingsrondes", description = "Het oordeel voor alle gemeenten van een provincie per peildatum")
class RondeController {

    private final RondeService rondes;
    private final Toegang toegang;
    private final Consistentiecontrole controle;

    RondeController(RondeService rondes, Toegang toegang, Consistentiecontrole controle) {
        this.controle = controle;
        this.rondes = rondes;
        this.toegang = toegang;
    }

    record NieuweRonde(@Schema(format = "date") String peildatum, String beleidskader) {
    }

    @Schema(name = "BeslissingInvoer")
    record Beslissing(String soort, String waarde, String motivering, Integer versie) {
    }

    @Schema(name = "VersieInvoer")
    record Versie(Integer versie) {
    }

    record Heropening(String reden, Integer versie) {
    }

    record RondeSamenvatting(long id, LocalDate peildatum, String status, String beleidskader, int versie) {
    }

    @PostMapping("/api/v1/provincies/{code}/beoordelingsrondes")
    @Operation(summary = "Start een beoordelingsronde voor alle gemeenten van de provincie (status CONCEPT)")
    ResponseEntity<Ronde> maak(@PathVariable String code, @RequestBody NieuweRonde body, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        long id = rondes.maak(code, body.peildatum(), body.beleidskader(), g, Client.van(request));
        Ronde ronde = rondes.lees(id, g);
        return ResponseEntity.created(URI.create("/api/v1/beoordelingsrondes/" + id)).eTag(etag(ronde.versie()))
                .body(ronde);
    }

    @GetMapping("/api/v1/provincies/{code}/beoordelingsrondes")
    @Operation(summary = "De beoordelingsrondes van een provincie")
    Map<String, List<RondeSamenvatting>> lijst(@PathVariable String code) {
        toegang.provincieToezien(code);
        return Map.of("beoordelingsrondes", rondes.vanProvincies(List.of(code)).stream()
                .map(r -> new RondeSamenvatting(r.id(), r.peildatum(), r.status(), r.beleidskader(), r.versie()))
                .toList());
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}")
    @Operation(summary = "Een beoordelingsronde met per gemeente de uitkomst, motivering, bevindingen en beslissingen")
    ResponseEntity<Ronde> lees(@PathVariable long id) {
        Ronde ronde = rondes.lees(id, toegang.huidige());
        return ResponseEntity.ok().eTag(etag(ronde.versie())).body(ronde);
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/gemeenten/{gemeente}/beslissingen")
    @Operation(summary = "Leg een verschoonbare reden, een oordeel over de koppelingen of een besluit (trede 4–6) vast")
    ResponseEntity<Ronde> beslis(@PathVariable long id, @PathVariable String gemeente, @RequestBody Beslissing b,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        List<InvalidParam> fouten = new ArrayList<>(rondes.controleerBeslissing(id, gemeente, b.soort(), b.waarde(),
                b.motivering()));
        Integer versie = versie(b.versie(), ifMatch, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De beslissing is niet geldig.", fouten);
        }
        rondes.beslis(id, gemeente, RondeService.soort(b.soort()).orElseThrow(), b.waarde(), b.motivering(), versie, g,
                Client.van(request));
        Ronde ronde = rondes.lees(id, g);
        return ResponseEntity.ok().eTag(etag(ronde.versie())).body(ronde);
    }

    record Delen(String reden) {
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/gemeenten/{gemeente}/delen")
    @Operation(summary = "Deel het conceptoordeel van een gemeente met die gemeente vóór het vaststellen",
            description = "Een gemeente ziet alleen vastgestelde oordelen. De provincie kan het concept van één "
                    + "gemeente met een reden met die gemeente delen (bijvoorbeeld voor een toezichtgesprek); de "
                    + "gemeente ziet het dan tot de ronde is vastgesteld of heropend. 409 als de ronde is vastgesteld "
                    + "of het concept al is gedeeld.")
    ResponseEntity<Ronde> deel(@PathVariable long id, @PathVariable String gemeente,
            @RequestBody(required = false) Delen body, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        rondes.deel(id, gemeente, body == null ? null : body.reden(), g, Client.van(request));
        Ronde ronde = rondes.lees(id, g);
        return ResponseEntity.ok().eTag(etag(ronde.versie())).body(ronde);
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/herberekenen")
    @Operation(summary = "Bereken een conceptronde opnieuw op de huidige cijfers")
    ResponseEntity<Ronde> herbereken(@PathVariable long id, @RequestBody(required = false) Versie body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        Integer versie = verplichteVersie(body == null ? null : body.versie(), ifMatch);
        rondes.herbereken(id, versie, g, Client.van(request));
        Ronde ronde = rondes.lees(id, g);
        return ResponseEntity.ok().eTag(etag(ronde.versie())).body(ronde);
    }

    record Vaststelling(Integer versie, Boolean overschrijfControle, String reden) {
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/vaststellen")
    @Operation(summary = "Stel de ronde vast: definitief en onveranderlijk",
            description = "Eerst draait de consistentiecontrole; fouten blokkeren (409 met de bevindingen), tenzij een "
                    + "beheerder ze overschrijft met overschrijfControle=true en een reden.")
    ResponseEntity<Ronde> vaststellen(@PathVariable long id, @RequestBody(required = false) Vaststelling body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        rondes.vereisToezien(id, g);
        List<InvalidParam> fouten = new ArrayList<>();
        Integer versie = versie(body == null ? null : body.versie(), ifMatch, fouten);
        boolean overschrijf = body != null && Boolean.TRUE.equals(body.overschrijfControle());
        if (overschrijf && (body.reden() == null || body.reden().isBlank())) {
            fouten.add(new InvalidParam("reden", "verplicht bij overschrijfControle"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het verzoek is niet volledig.", fouten);
        }
        rondes.vaststellen(id, versie, g, Client.van(request), overschrijf ? body.reden().strip() : null);
        Ronde ronde = rondes.lees(id, g);
        return ResponseEntity.ok().eTag(etag(ronde.versie())).body(ronde);
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/controle")
    @Operation(summary = "De consistentiecontrole van een ronde: fouten (blokkeren vaststellen) en waarschuwingen")
    Consistentiecontrole.Resultaat controle(@PathVariable long id) {
        rondes.vereisToezien(id, toegang.huidige());
        return controle.controleer(id);
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/heropenen")
    @Operation(summary = "Heropen een vastgestelde ronde (BEHEERDER, met reden)")
    ResponseEntity<Ronde> heropenen(@PathVariable long id, @RequestBody Heropening body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, HttpServletRequest request) {
        Gebruiker g = toegang.huidige();
        rondes.vereisHeropenen(id, g);
        List<InvalidParam> fouten = new ArrayList<>();
        if (body.reden() == null || body.reden().isBlank()) {
            fouten.add(new InvalidParam("reden", "verplicht"));
        }
        Integer versie = versie(body.versie(), ifMatch, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Heropenen vraagt om een reden en de versie.", fouten);
        }
        rondes.heropenen(id, body.reden(), versie, g, Client.van(request));
        Ronde ronde = rondes.lees(id, g);
        return ResponseEntity.ok().eTag(etag(ronde.versie())).body(ronde);
    }

    private static Integer verplichteVersie(Integer body, String ifMatch) {
        List<InvalidParam> fouten = new ArrayList<>();
        Integer versie = versie(body, ifMatch, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De versie ontbreekt.", fouten);
        }
        return versie;
    }

    /** The version the client saw: from the body or from If-Match; one of them is required. */
    private static Integer versie(Integer body, String ifMatch, List<InvalidParam> fouten) {
        if (body != null) {
            return body;
        }
        if (ifMatch != null) {
            try {
                return Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").trim());
            } catch (NumberFormatException e) {
                fouten.add(new InvalidParam("If-Match", "moet de versie van de ronde zijn, bijvoorbeeld \"3\""));
                return null;
            }
        }
        fouten.add(new InvalidParam("versie", "verplicht (of de header If-Match): de versie van de ronde die u zag"));
        return null;
    }

    private static String etag(int versie) {
        return "\"" + versie + "\"";
    }
}
