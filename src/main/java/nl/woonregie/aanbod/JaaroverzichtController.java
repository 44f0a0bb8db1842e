package nl.woonregie.aanbod;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A gemeente's year view ({@link Jaaroverzichten}) and the draft of its plan van aanpak ({@link PlanVanAanpak}) over
 * the API. Every endpoint only reads: nothing is stored, nothing is audited.
 */
@RestController
@Tag(name = PrognoseController.TAG)
class JaaroverzichtController {

    static final String ODT = "application/vnd.oasis.opendocument.text";

    private final Jaaroverzichten jaaroverzichten;
    private final PlanVanAanpak plannen;
    private final Toegang toegang;

    JaaroverzichtController(Jaaroverzichten jaaroverzichten, PlanVanAanpak plannen, Toegang toegang) {
        this.jaaroverzichten = jaaroverzichten;
        this.plannen = plannen;
        this.toegang = toegang;
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/jaaroverzicht", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "gemeenteJaaroverzicht", summary = "Het meerjarenoverzicht van een gemeente: per "
            + "halfjaar en per jaar taakstelling, saldo, ambitie, totaal, realisatie en saldo aan het einde "
            + "(BEHEERDER, de toezichthouder van de provincie, de gemeente zelf)", description = "Berekend uit de "
            + "opgeslagen cijfers (beginstand, taakstellingen met ambitie, standen en definitieve cijfers van het "
            + "COA), met een bevinding waar de periodetabel van het toezicht niet optelt of afwijkt van de "
            + "berekening (de periode en beide getallen). Slaat niets op.")
    Jaaroverzicht jaaroverzicht(@PathVariable String code) {
        return jaaroverzichten.van(toegang.huidige(), code);
    }

    @GetMapping("/api/v1/gemeenten/{code}/jaaroverzicht.xlsx")
    @Operation(operationId = "gemeenteJaaroverzichtXlsx", summary = "Het meerjarenoverzicht van een gemeente als "
            + "XLSX, met de bladen Jaren, Halfjaren en Bevindingen", responses = @ApiResponse(responseCode = "200",
                    content = @Content(mediaType = Spreadsheet.XLSX,
                            schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> jaaroverzichtXlsx(@PathVariable String code) {
        return Download.bijlage(jaaroverzichten.xlsx(toegang.huidige(), code), Spreadsheet.XLSX,
                "jaaroverzicht-" + code + ".xlsx");
    }

    @GetMapping("/api/v1/gemeenten/{code}/plan-van-aanpak.pdf")
    @Operation(operationId = "planVanAanpakPdf", summary = "Het concept van het plan van aanpak van een gemeente "
            + "als PDF/A-2a (de gemeente zelf, de toezichthouder van de provincie, BEHEERDER)", description = "Uit de "
            + "opgeslagen stand (trede, opgave, gehuisvest), de taakstelling, de prognose (scenario Plan; Trend "
            + "zonder bronnen) en de maatregelen (de bronnen van aanbod), met de delen die de gemeente invult "
            + "gemarkeerd. Verplicht vanaf trede 3a; daaronder een concept op verzoek. Slaat niets op.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> pdf(@PathVariable String code) {
        return Download.bijlage(plannen.pdf(toegang.huidige(), code), "application/pdf",
                "plan-van-aanpak-" + code + ".pdf");
    }

    @GetMapping("/api/v1/gemeenten/{code}/plan-van-aanpak.odt")
    @Operation(operationId = "planVanAanpakOdt", summary = "Het concept van het plan van aanpak van een gemeente "
            + "als bewerkbaar OpenDocument-tekstbestand (ODT), om aan te vullen", description = "Dezelfde inhoud als "
            + "de PDF. Slaat niets op.", responses = @ApiResponse(responseCode = "200", content = @Content(
                    mediaType = ODT, schema = @Schema(type = "string", format = "binary"))))
    ResponseEntity<byte[]> odt(@PathVariable String code) {
        return Download.bijlage(plannen.odt(toegang.huidige(), code), ODT, "plan-van-aanpak-" + code + ".odt");
    }
}
