package nl.woonregie.toezicht;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A province's beleidskaders authored in the product: versions saved, their test cases run, two compared, a concept
 * published. Translates JSON to {@link Beleidskaders}, which judges access and input.
 */
@RestController
@Tag(name = BeleidskaderController.TAG, description = "Beleidskaders van een provincie: opslaan als versie (gevalideerd, "
        + "elke fout met haar regel), testgevallen uitvoeren, versies vergelijken, publiceren en intrekken")
class BeleidskaderController {

    static final String TAG = "Beleidskaders";

    private final Beleidskaders beleidskaders;
    private final Toegang toegang;

    BeleidskaderController(Beleidskaders beleidskaders, Toegang toegang) {
        this.beleidskaders = beleidskaders;
        this.toegang = toegang;
    }

    /** A version as submitted. */
    @Schema(name = "BeleidskaderVerzoek")
    record BeleidskaderVerzoek(
            @Schema(description = "De tekst van het beleidskader (YAML, docs/beleidskader.md)", maxLength = Beleidskaders.MAX_YAML,
                    requiredMode = Schema.RequiredMode.REQUIRED) String yaml,
            @Schema(description = "De testgevallen (YAML); nodig om te publiceren", maxLength = Beleidskaders.MAX_TESTGEVALLEN)
            String testgevallen,
            @Schema(description = "Waarom deze versie wordt opgeslagen", maxLength = Beleidskaders.MAX_REDEN,
                    example = "Drempel 2027 volgens besluit GS", requiredMode = Schema.RequiredMode.REQUIRED)
            String reden) {
    }

    /** The versions of a province. */
    @Schema(name = "BeleidskaderVersies")
    record Versies(List<BeleidskaderVersie> versies) {
    }

    @GetMapping(path = "/api/v1/provincies/{code}/beleidskaders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderVersies", summary = "De opgeslagen versies van de beleidskaders van een "
            + "provincie, de nieuwste eerst (BELEIDSMEDEWERKER van de provincie, BEHEERDER)")
    Versies versies(@PathVariable String code) {
        return new Versies(beleidskaders.lijst(toegang.huidige(), code));
    }

    @PostMapping(path = "/api/v1/provincies/{code}/beleidskaders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderOpslaan", summary = "Sla een beleidskader op als nieuwe conceptversie "
            + "(BELEIDSMEDEWERKER van de provincie, BEHEERDER)",
            description = "Het beleidskader wordt eerst gevalideerd: elke fout staat als eigen invalidParam onder yaml, "
                    + "met haar regel (\"regel 15: kalender.peildag moet tussen 1 en 28 liggen, niet 31\"); testgevallen "
                    + "die niet te lezen zijn onder testgevallen. Elke opslag is een nieuwe versie van het beleidskader "
                    + "met het id uit de tekst. Een gepubliceerd beleidskader verandert niet meer: een wijziging is een "
                    + "opvolger met een eigen id en begindatum.")
    @ApiResponse(responseCode = "201", description = "Opgeslagen")
    ResponseEntity<BeleidskaderVersie> opslaan(@PathVariable String code, @RequestBody BeleidskaderVerzoek verzoek,
            HttpServletRequest request) {
        BeleidskaderVersie v = beleidskaders.opslaan(toegang.huidige(), code, new Beleidskaders.Verzoek(verzoek.yaml(),
                verzoek.testgevallen(), verzoek.reden()), Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/provincies/" + code + "/beleidskaders/" + v.id())).body(v);
    }

    @GetMapping(path = "/api/v1/provincies/{code}/beleidskaders/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderVersie", summary = "Een opgeslagen versie van een beleidskader, met de tekst "
            + "en de testgevallen (BELEIDSMEDEWERKER van de provincie, BEHEERDER)")
    BeleidskaderVersie versie(@PathVariable String code, @PathVariable long id) {
        return beleidskaders.lees(toegang.huidige(), code, id);
    }

    @PostMapping(path = "/api/v1/provincies/{code}/beleidskaders/{id}/testuitvoeringen",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderTestgevallenUitvoeren", summary = "Voer de testgevallen van een versie uit "
            + "(BELEIDSMEDEWERKER van de provincie, BEHEERDER)",
            description = "Elk testgeval gaat door de regels met dit beleidskader; elk verschil staat er per peildatum "
                    + "en veld bij, met de verwachte en de berekende waarde. Slaat niets op.")
    Beleidskaders.Testuitslag testgevallenUitvoeren(@PathVariable String code, @PathVariable long id) {
        return beleidskaders.voerTestgevallenUit(toegang.huidige(), code, id);
    }

    @PostMapping(path = "/api/v1/provincies/{code}/beleidskaders/{id}/publiceren",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderPubliceren", summary = "Publiceer een conceptversie (BELEIDSMEDEWERKER van "
            + "de provincie, BEHEERDER)",
            description = "Alleen een beleidskader met testgevallen die alle slagen, en waarvan de geldigheid geen "
                    + "ander beleidskader van de provincie overlapt; anders 409 met de reden. De voorganger geldt dan tot "
                    + "de dag voordat dit beleidskader begint; rondes vanaf de begindatum gebruiken dit beleidskader.")
    BeleidskaderVersie publiceren(@PathVariable String code, @PathVariable long id, HttpServletRequest request) {
        return beleidskaders.publiceer(toegang.huidige(), code, id, Client.van(request));
    }

    /** Why a published version is withdrawn. */
    @Schema(name = "BeleidskaderIntrekking")
    record Intrekking(@Schema(description = "Waarom het beleidskader wordt ingetrokken", maxLength = Beleidskaders.MAX_REDEN,
            example = "Gepubliceerd met de verkeerde begindatum", requiredMode = Schema.RequiredMode.REQUIRED)
            String reden) {
    }

    @PostMapping(path = "/api/v1/provincies/{code}/beleidskaders/{id}/intrekken",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderIntrekken", summary = "Trek een gepubliceerde versie in waarmee nog geen "
            + "ronde is beoordeeld (BELEIDSMEDEWERKER van de provincie, BEHEERDER)",
            description = "Alleen een gepubliceerd beleidskader waarmee geen ronde is beoordeeld; anders 409 met de "
                    + "reden (de peildata van die rondes). De reden is verplicht (400, invalidParams reden). Rondes "
                    + "gebruiken het daarna niet meer; de voorganger geldt weer tot zijn eigen einde of tot het volgende "
                    + "beleidskader begint.")
    BeleidskaderVersie intrekken(@PathVariable String code, @PathVariable long id,
            @RequestBody(required = false) Intrekking intrekking, HttpServletRequest request) {
        return beleidskaders.trekIn(toegang.huidige(), code, id, intrekking == null ? null : intrekking.reden(),
                Client.van(request));
    }

    @GetMapping(path = "/api/v1/provincies/{code}/beleidskaders/vergelijking",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "beleidskaderVergelijking", summary = "Vergelijk twee versies: de regels van beide "
            + "teksten en de waarden die verschillen, per parameter en datum (BELEIDSMEDEWERKER van de provincie, "
            + "BEHEERDER)")
    BeleidskaderVergelijking vergelijking(@PathVariable String code,
            @Parameter(description = "De eerste versie (id)", required = true) @RequestParam long eerste,
            @Parameter(description = "De tweede versie (id)", required = true) @RequestParam long tweede) {
        return beleidskaders.vergelijk(toegang.huidige(), code, eerste, tweede);
    }
}
