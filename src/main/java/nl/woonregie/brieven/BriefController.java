package nl.woonregie.brieven;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The toezichtbrieven over the API. TOEZICHTHOUDER of the province and BEHEERDER: every letter of a round (previews
 * of a CONCEPT round) and the ZIP; a GEMEENTE: only its own letter of a vastgestelde round, and only once it was sent
 * (its portal; each opening a row in the read log, see {@link BriefVerzending#gelezen}). Every GET only reads: letters
 * are made when the round is vastgesteld ({@link BriefVastlegging}), or by the explicit POST for the missing letters of
 * a round made final before that; the read log is a log, not a change.
 */
@RestController
@Tag(name = "Toezichtbrieven", description = "De brief aan elke gemeente na een peildatum, als PDF/A en HTML")
class BriefController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final BriefService brieven;
    private final BriefBundels bundels;
    private final RondeService rondes;
    private final Toegang toegang;
    private final BriefVerzending verzending;

    BriefController(BriefService brieven, BriefBundels bundels, RondeService rondes, Toegang toegang,
            BriefVerzending verzending) {
        this.brieven = brieven;
        this.bundels = bundels;
        this.rondes = rondes;
        this.toegang = toegang;
        this.verzending = verzending;
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/brieven/{gemeente}/brief.pdf")
    @Operation(summary = "De brief aan een gemeente als PDF/A-2a (vastgestelde ronde: de brief zoals die bij het "
            + "vaststellen is vastgelegd, 409 als die er niet is — openen maakt nooit een brief; conceptronde: een "
            + "voorbeeld met CONCEPT)")
    @ApiResponse(responseCode = "200", description = "De brief als PDF/A-2a",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String gemeente, HttpServletRequest request) {
        GemeenteLezer lezer = magBrief(id, gemeente);
        Brief b = brieven.pdf(id, gemeente);
        gelezen(lezer, b, "PDF", request);
        return ResponseEntity.ok().headers(kop(b)).contentType(PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(b.bestandsnaam())
                        .build().toString())
                .body(b.pdf());
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/brieven/{gemeente}/brief.html")
    @Operation(summary = "De brief aan een gemeente als HTML (voorbeeld om af te drukken)")
    @ApiResponse(responseCode = "200", description = "De brief als HTML",
            content = @Content(mediaType = MediaType.TEXT_HTML_VALUE,
                    schema = @Schema(type = "string")))
    ResponseEntity<String> html(@PathVariable long id, @PathVariable String gemeente,
            HttpServletRequest request) {
        GemeenteLezer lezer = magBrief(id, gemeente);
        Brief b = brieven.html(id, gemeente);
        gelezen(lezer, b, "HTML", request);
        return ResponseEntity.ok().headers(kop(b)).contentType(new MediaType(MediaType.TEXT_HTML,
                StandardCharsets.UTF_8)).body(metIcoon(b.html(), request.getContextPath()));
    }

    /**
     * The letter's earlier address ({@code …/brieven/GM0518.pdf}), kept for clients that use it; left out of the
     * OpenAPI document (an extension right after a path variable is no valid path there) and listed in docs/api.md.
     */
    @Hidden
    @GetMapping("/api/v1/beoordelingsrondes/{id}/brieven/{gemeente}.pdf")
    ResponseEntity<byte[]> pdfOudAdres(@PathVariable long id, @PathVariable String gemeente,
            HttpServletRequest request) {
        return pdf(id, gemeente, request);
    }

    /** The HTML letter's earlier address ({@code …/brieven/GM0518.html}); see {@link #pdfOudAdres}. */
    @Hidden
    @GetMapping("/api/v1/beoordelingsrondes/{id}/brieven/{gemeente}.html")
    ResponseEntity<String> htmlOudAdres(@PathVariable long id, @PathVariable String gemeente,
            HttpServletRequest request) {
        return html(id, gemeente, request);
    }

    /**
     * The preview in the browser carries Woonregie's icon like every page; the letter itself (the document that is
     * stored and made into PDF/A) stays as it is.
     */
    static String metIcoon(String html, String contextPad) {
        return html.replaceFirst("<head>", java.util.regex.Matcher.quoteReplacement("<head>\n<link rel=\"icon\" href=\""
                + contextPad + "/img/woonregie.svg\" type=\"image/svg+xml\"/>"));
    }

    /** What {@code POST …/brieven} did: the letters it stored, with their kenmerken in the order they were taken. */
    record Vastgelegd(long ronde, int vastgelegd, List<String> kenmerken) {
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/brieven")
    @Operation(summary = "Leg de ontbrekende brieven van een vastgestelde ronde vast (voor rondes die zijn vastgesteld "
            + "voordat de brieven bij het vaststellen werden gemaakt): kenmerk in de volgorde van de ronde, datum = "
            + "dag van vaststelling; 409 voor een conceptronde")
    Vastgelegd legVast(@PathVariable long id, HttpServletRequest request) {
        List<Brief> brieven = this.brieven.legOntbrekendeVast(id, toegang.huidige(), Client.van(request));
        return new Vastgelegd(id, brieven.size(), brieven.stream().map(Brief::kenmerk).toList());
    }

    @PostMapping("/api/v1/beoordelingsrondes/{id}/brieven/zip")
    @Operation(summary = "Maak alle brieven van de ronde als één ZIP, op de achtergrond (202; volg de status)")
    ResponseEntity<BriefBundels.Voortgang> startZip(@PathVariable long id, HttpServletRequest request) {
        Gebruiker g = toegang.provincieToezien(provincie(id));
        BriefBundels.Voortgang v = bundels.start(id, g, Client.van(request));
        return ResponseEntity.accepted().location(URI.create("/api/v1/beoordelingsrondes/" + id + "/brieven/status"))
                .body(v);
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/brieven/status")
    @Operation(summary = "Voortgang van de ZIP: BEZIG, KLAAR of MISLUKT, met de mislukte brieven")
    BriefBundels.Voortgang status(@PathVariable long id) {
        toegang.provincieToezien(provincie(id));
        return bundels.voortgang(id).orElseThrow(() -> ApiException.notFound("Voor beoordelingsronde " + id
                + " is geen ZIP met brieven gestart."));
    }

    @GetMapping("/api/v1/beoordelingsrondes/{id}/brieven/zip")
    @Operation(summary = "De ZIP met alle brieven, als die klaar is (anders 409, of 404 als er geen is gestart)")
    @ApiResponse(responseCode = "200", description = "De ZIP met alle brieven (X-Sha256)",
            content = @Content(mediaType = "application/zip",
                    schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> zip(@PathVariable long id) {
        toegang.provincieToezien(provincie(id));
        BriefBundels.Voortgang v = bundels.voortgang(id).orElseThrow(() -> ApiException.notFound(
                "Voor beoordelingsronde " + id + " is geen ZIP met brieven gestart."));
        byte[] zip = bundels.zip(id).orElseThrow(() -> new ApiException(HttpStatus.CONFLICT, "ZIP niet klaar",
                "De ZIP van beoordelingsronde " + id + " is " + (v.status() == BriefBundels.Status.BEZIG
                        ? "nog niet klaar (" + v.klaar() + " van " + v.totaal() + " brieven)."
                        : "mislukt; start haar opnieuw."), null));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("brieven-ronde-" + id + ".zip").build().toString())
                .header("X-Sha256", v.sha256())
                .body(zip);
    }

    /** A municipality's account reading its own letter, and the version of the round whose letter it reads. */
    private record GemeenteLezer(Gebruiker gebruiker, int rondeVersie) {
    }

    /**
     * TOEZICHTHOUDER of the province or BEHEERDER (null); a GEMEENTE only its own letter of a vastgestelde round (the
     * reader; whether the letter was sent is asked once it is known to be stored, see {@link #gelezen}).
     */
    private GemeenteLezer magBrief(long id, String gemeente) {
        String provincie = provincie(id);
        Gebruiker g = toegang.huidige();
        if (!Toegang.magProvincieToezien(g, provincie) && g.heeft(Rol.GEMEENTE)) {
            toegang.toezichtLezen(gemeente);
            Ronde ronde = rondes.lees(id, gm -> gm.equals(gemeente));
            if (!ronde.vastgesteld()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De brief is er pas als de "
                        + "beoordelingsronde is vastgesteld.", null);
            }
            return new GemeenteLezer(g, ronde.versie());
        }
        toegang.provincieToezien(provincie);
        return null;
    }

    /**
     * A municipality sees its stored letter only once it was sent (403 before), and its opening is a read in the read
     * log, never a change of the letter; the province's reads are not the municipality's.
     */
    private void gelezen(GemeenteLezer lezer, Brief b, String soort, HttpServletRequest request) {
        if (lezer == null || b.concept()) {
            return;
        }
        if (!verzending.verzonden(b.ronde(), lezer.rondeVersie(), b.gemeente())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De brief is er voor de gemeente pas als de "
                    + "provincie hem heeft verzonden.", null);
        }
        verzending.gelezen(b, lezer.rondeVersie(), lezer.gebruiker(), Rol.GEMEENTE.name(), soort, Client.van(request));
    }

    private String provincie(long id) {
        return rondes.provincieVan(id)
                .orElseThrow(() -> ApiException.notFound("Beoordelingsronde " + id + " bestaat niet."));
    }

    private static HttpHeaders kop(Brief b) {
        HttpHeaders h = new HttpHeaders();
        if (b.kenmerk() != null) {
            h.add("X-Kenmerk", b.kenmerk());
        }
        if (b.sha256() != null) {
            h.add("X-Sha256", b.sha256());
        }
        h.setCacheControl(CacheControl.noStore().cachePrivate());
        return h;
    }
}
