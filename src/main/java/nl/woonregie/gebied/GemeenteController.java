package nl.woonregie.gebied;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedJson.GemeenteDetail;
import nl.woonregie.gebied.GebiedJson.GemeenteOverzicht;
import nl.woonregie.gebied.GebiedJson.GemeenteRef;
import nl.woonregie.gebied.GebiedJson.GemeentenPagina;
import nl.woonregie.gebied.GebiedJson.Lidmaatschap;
import nl.woonregie.gebied.GebiedJson.Link;
import nl.woonregie.gebied.GebiedJson.Links;
import nl.woonregie.gebied.GebiedJson.ProvincieRef;
import nl.woonregie.gebied.GebiedJson.RegioRef;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code /api/v1/gemeenten}: gemeenten on a date (paginated, filtered) and one gemeente with its history. */
@RestController
@Tag(name = GemeenteController.TAG, description = GemeenteController.TAG_BESCHRIJVING)
class GemeenteController {

    static final String TAG = "Gebied";
    static final String TAG_BESCHRIJVING = "Provincies, gemeenten (met herindelingen), regio's en inwonertallen "
            + "(referentiedata van CBS). Elke aangemelde gebruiker mag ze lezen.";
    static final String PAD = "/api/v1/gemeenten";

    private final GebiedService service;
    private final GebiedRepository repository;

    GemeenteController(GebiedService service, GebiedRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping(path = PAD, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Gemeenten op een peildatum",
            description = "De gemeenten die op de peildatum bestaan (standaard: vandaag), op code, per pagina. "
                    + "Filter op provincie en/of regio (lidmaatschap op de peildatum). De indeling is bekend vanaf "
                    + "2022-01-01. Met _links (self, first, prev, next, last) naar de andere pagina's.")
    @ApiResponse(responseCode = "200", description = "Een pagina gemeenten")
    @ApiResponse(responseCode = "400", description = "Ongeldige parameter; invalidParams noemt elke ongeldige parameter",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    GemeentenPagina gemeenten(
            @Parameter(description = "CBS-provinciecode", example = "PV28", schema = @Schema(pattern = "^PV\\d{2}$"))
            @RequestParam(required = false) String provincie,
            @Parameter(description = "Regiocode, bijvoorbeeld een veiligheidsregio", example = "VR15")
            @RequestParam(required = false) String regio,
            @Parameter(description = "Dag waarop de gemeenten bestaan (jjjj-mm-dd, vanaf 2022-01-01); standaard vandaag",
                    example = "2024-01-01", schema = @Schema(type = "string", format = "date"))
            @RequestParam(required = false) String peildatum,
            @Parameter(description = "Paginanummer, vanaf 1", schema = @Schema(type = "integer", minimum = "1",
                    defaultValue = "1"))
            @RequestParam(required = false) String pagina,
            @Parameter(description = "Aantal gemeenten per pagina", schema = @Schema(type = "integer", minimum = "1",
                    maximum = "500", defaultValue = "50"))
            @RequestParam(required = false) String paginaGrootte,
            HttpServletRequest request) {
        Parameters p = new Parameters();
        String provincieCode = p.code("provincie", provincie, GebiedService.PROVINCIECODE, "PV28");
        String regioCode = p.code("regio", regio, GebiedService.REGIOCODE, "VR15");
        LocalDate datum = p.peildatum("peildatum", peildatum, service.vandaag());
        int nummer = p.getal("pagina", pagina, 1, 1, Integer.MAX_VALUE);
        int grootte = p.getal("paginaGrootte", paginaGrootte, Parameters.STANDAARD_PAGINAGROOTTE, 1,
                Parameters.MAX_PAGINAGROOTTE);
        if (provincieCode != null && service.provincie(provincieCode).isEmpty()) {
            p.fout("provincie", "onbekende provincie " + provincieCode);
        }
        if (regioCode != null && service.regio(regioCode).isEmpty()) {
            p.fout("regio", "onbekende regio " + regioCode);
        }
        p.controleer();

        var filter = new GebiedRepository.GemeenteFilter(datum, provincieCode, regioCode);
        long totaal = repository.telGemeenten(filter);
        long aantalPaginas = (totaal + grootte - 1) / grootte;
        List<GebiedRepository.GemeenteMetInwoners> gevonden = repository.zoekGemeenten(filter,
                (long) (nummer - 1) * grootte, grootte);
        Map<String, List<Regio>> regios = repository.regiosVan(
                gevonden.stream().map(g -> g.gemeente().code()).toList(), datum);
        List<GemeenteOverzicht> gemeenten = gevonden.stream().map(g -> overzicht(g,
                regios.getOrDefault(g.gemeente().code(), List.of()))).toList();

        long laatste = Math.max(1, aantalPaginas);
        Link self = link(request, provincieCode, regioCode, peildatum == null ? null : datum, nummer, grootte);
        Link first = link(request, provincieCode, regioCode, peildatum == null ? null : datum, 1, grootte);
        Link prev = nummer > 1 ? link(request, provincieCode, regioCode, peildatum == null ? null : datum,
                Math.min(nummer - 1, laatste), grootte) : null;
        Link next = nummer < aantalPaginas ? link(request, provincieCode, regioCode, peildatum == null ? null : datum,
                nummer + 1, grootte) : null;
        Link last = link(request, provincieCode, regioCode, peildatum == null ? null : datum, laatste, grootte);
        return new GemeentenPagina(gemeenten, datum, nummer, grootte, totaal, aantalPaginas,
                new Links(self, first, prev, next, last));
    }

    @GetMapping(path = PAD + "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Een gemeente met haar geschiedenis",
            description = "Ook een opgeheven gemeente (met geldigTot en opgegaanIn). Met alle regio-lidmaatschappen, "
                    + "de gemeenten die erin zijn opgegaan en de inwoners per 1 januari (elk jaar op de indeling van "
                    + "dat jaar).")
    @ApiResponse(responseCode = "200", description = "De gemeente")
    @ApiResponse(responseCode = "400", description = "Geen CBS-gemeentecode",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Onbekende gemeentecode",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    GemeenteDetail gemeente(
            @Parameter(description = "CBS-gemeentecode", example = "GM0518", schema = @Schema(pattern = "^GM\\d{4}$"))
            @PathVariable String code) {
        Parameters p = new Parameters();
        p.code("code", code, GebiedService.GEMEENTECODE, "GM0518");
        p.controleer();
        GebiedRepository.GemeenteMetInwoners gevonden = repository.gemeente(code)
                .orElseThrow(() -> ApiException.notFound("Er is geen gemeente met code " + code + "."));
        Gemeente g = gevonden.gemeente();
        Bevolking laatste = gevonden.laatsteBevolking();
        return new GemeenteDetail(g.code(), g.naam(), ProvincieRef.van(g.provincie()), g.geldigVanaf(), g.geldigTot(),
                g.opgegaanIn(),
                repository.voorgangers(code).stream().map(v -> new GemeenteRef(v.code(), v.naam(), v.geldigTot()))
                        .toList(),
                repository.lidmaatschappen(code).stream().map(Lidmaatschap::van).toList(),
                laatste == null ? null : laatste.inwoners(), laatste == null ? null : laatste.peildatum(),
                repository.bevolking(code));
    }

    private static GemeenteOverzicht overzicht(GebiedRepository.GemeenteMetInwoners gevonden, List<Regio> regios) {
        Gemeente g = gevonden.gemeente();
        Bevolking b = gevonden.laatsteBevolking();
        return new GemeenteOverzicht(g.code(), g.naam(), ProvincieRef.van(g.provincie()),
                regios.stream().map(RegioRef::van).toList(), b == null ? null : b.inwoners(),
                b == null ? null : b.peildatum(), g.geldigVanaf(), g.geldigTot(), g.opgegaanIn());
    }

    private static Link link(HttpServletRequest request, String provincie, String regio, LocalDate peildatum,
            long pagina, int grootte) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getContextPath() + PAD);
        if (provincie != null) {
            uri.queryParam("provincie", provincie);
        }
        if (regio != null) {
            uri.queryParam("regio", regio);
        }
        if (peildatum != null) {
            uri.queryParam("peildatum", peildatum);
        }
        uri.queryParam("pagina", pagina).queryParam("paginaGrootte", grootte);
        return new Link(uri.encode().build().toUriString());
    }
}
