package nl.woonregie.doorbraakplan;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.OpenInvoerFouten;
import nl.woonregie.platform.web.OpenJsonInvoer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/ondersteuning/berekeningen}: the support computation of a doorbraakplan
 * ({@link Ondersteuningsberekeningen}). Signed in only, and nothing is stored. The body is read as the public what-if
 * endpoints read theirs ({@link OpenJsonInvoer}: at most 64 KiB, strict JSON, a request rate per client address —
 * generous here, as every caller is signed in), so that the service can name every invalid field rather than the
 * first one a binder meets.
 */
@RestController
@Tag(name = OndersteuningController.TAG, description = "Doorbraakplan: de kosten van de ondersteuning van "
        + "statushouders en zorgdoelgroepen per jaar, dienst en project, en wat daarvan gedekt is")
class OndersteuningController {

    static final String TAG = "Doorbraakplan";
    static final int MAX_BYTES = 64 * 1024;

    private final Ondersteuningsberekeningen berekeningen;
    private final Toegang toegang;
    private final OpenJsonInvoer invoer;

    OndersteuningController(Ondersteuningsberekeningen berekeningen, Toegang toegang,
            @Value("${woonregie.ondersteuning.verzoeken-per-seconde:200}") double perSeconde,
            @Value("${woonregie.ondersteuning.piek:2000}") double piek) {
        this.berekeningen = berekeningen;
        this.toegang = toegang;
        this.invoer = new OpenJsonInvoer(perSeconde, piek, MAX_BYTES, "Een berekening");
    }

    @PostMapping(path = "/api/v1/ondersteuning/berekeningen", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "ondersteuningBerekenen", summary = "Bereken de kosten van de ondersteuning en wat "
            + "daarvan ongedekt is",
            description = "Rekent de regels van een ondersteuningsplan door met de gedateerde tarieven (standaard die "
                    + "van de memo 'Benodigde begeleiding statushouders' van 11 maart 2022; eigen tarieven vervangen "
                    + "die van hun soort): woonbegeleiding per persoon per maand, doorstroombegeleiding eenmalig per "
                    + "persoon, locatiemanagement een vierde van het jaarbedrag per kwartaal. Geeft de kosten per "
                    + "jaar met wat gedekt en ongedekt is, per dienst per jaar, per project en per regel, op de cent. "
                    + "Slaat niets op. Voor de beheerder en het programmateam, het bestuur en de diensten van de "
                    + "gemeente; hoogstens 64 KiB en 200 regels per verzoek.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = OndersteuningVerzoek.class))))
    @ApiResponse(responseCode = "200", description = "De berekening",
            content = @Content(schema = @Schema(implementation = OndersteuningAntwoord.class)))
    @OpenInvoerFouten
    OndersteuningAntwoord bereken(HttpServletRequest request) throws IOException {
        var g = toegang.huidige();
        return OndersteuningAntwoord.van(berekeningen.bereken(g, invoer.lees(request)));
    }
}
