package nl.woonregie.gebied;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.gebied.GebiedJson.ProvincieRef;
import nl.woonregie.gebied.GebiedJson.RegioDetail;
import nl.woonregie.gebied.GebiedJson.RegioLid;
import nl.woonregie.gebied.GebiedJson.RegioOverzicht;
import nl.woonregie.gebied.GebiedJson.RegiosAntwoord;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/regios}: regions (such as the 25 veiligheidsregio's) and their member gemeenten. */
@RestController
@Tag(name = GemeenteController.TAG, description = GemeenteController.TAG_BESCHRIJVING)
class RegioController {

    private static final Pattern SOORT = Pattern.compile("[A-Z][A-Z_]{0,39}");

    private final GebiedService service;
    private final GebiedRepository repository;

    RegioController(GebiedService service, GebiedRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping(path = "/api/v1/regios", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lijst van regio's",
            description = "Alle regio's, of die van een soort (bijvoorbeeld VEILIGHEIDSREGIO), met het aantal "
                    + "gemeenten dat er vandaag bij hoort en hun inwoners op de laatste peildatum.")
    @ApiResponse(responseCode = "200", description = "De regio's, op soort en code")
    @ApiResponse(responseCode = "400", description = "Onbekende soort",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    RegiosAntwoord regios(
            @Parameter(description = "Soort regio", example = Regio.VEILIGHEIDSREGIO)
            @RequestParam(required = false) String soort) {
        if (soort != null) {
            List<String> soorten = repository.regioSoorten();
            if (!SOORT.matcher(soort).matches() || !soorten.contains(soort)) {
                Parameters p = new Parameters();
                p.fout("soort", "onbekende soort; bekend zijn " + String.join(", ", soorten));
                p.controleer();
            }
        }
        Map<String, GebiedRepository.Telling> tellingen = repository.tellingPerRegio(service.vandaag());
        return new RegiosAntwoord(service.regios(soort).stream().map(r -> {
            GebiedRepository.Telling t = tellingen.get(r.code());
            return new RegioOverzicht(r.code(), r.naam(), r.soort(), t == null ? 0 : t.aantalGemeenten(),
                    t == null ? null : t.inwoners(), t == null || t.inwoners() == null ? null : t.peildatum());
        }).toList());
    }

    @GetMapping(path = "/api/v1/regios/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een regio met haar gemeenten",
            description = "De gemeenten die op de peildatum (standaard vandaag) bij de regio horen, op code. "
                    + "inwoners is hun som als alle cijfers dezelfde peildatum hebben, anders leeg.")
    @ApiResponse(responseCode = "200", description = "De regio en haar gemeenten")
    @ApiResponse(responseCode = "400", description = "Geen geldige regiocode of peildatum",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Onbekende regio",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    RegioDetail regio(
            @Parameter(description = "Regiocode", example = "VR15") @PathVariable String code,
            @Parameter(description = "Dag van het lidmaatschap (jjjj-mm-dd, vanaf 2022-01-01); standaard vandaag",
                    schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String peildatum) {
        Parameters p = new Parameters();
        p.code("code", code, GebiedService.REGIOCODE, "VR15");
        LocalDate datum = p.peildatum("peildatum", peildatum, service.vandaag());
        p.controleer();
        Regio regio = service.regio(code)
                .orElseThrow(() -> ApiException.notFound("Er is geen regio met code " + code + "."));
        var filter = new GebiedRepository.GemeenteFilter(datum, null, code);
        List<RegioLid> leden = repository.zoekGemeenten(filter, 0, Integer.MAX_VALUE).stream().map(g -> {
            Bevolking b = g.laatsteBevolking();
            return new RegioLid(g.gemeente().code(), g.gemeente().naam(), ProvincieRef.van(g.gemeente().provincie()),
                    b == null ? null : b.inwoners(), b == null ? null : b.peildatum());
        }).toList();
        List<LocalDate> peildata = leden.stream().map(RegioLid::inwonersPeildatum).distinct().toList();
        boolean optelbaar = !leden.isEmpty() && peildata.size() == 1 && peildata.get(0) != null;
        Long inwoners = optelbaar ? leden.stream().mapToLong(RegioLid::inwoners).sum() : null;
        return new RegioDetail(regio.code(), regio.naam(), regio.soort(), datum, leden.size(), inwoners,
                optelbaar ? peildata.get(0) : null, leden);
    }
}
