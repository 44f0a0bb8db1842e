package nl.woonregie.gebied;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.gebied.GebiedJson.ProvincieOverzicht;
import nl.woonregie.gebied.GebiedJson.ProvinciesAntwoord;
import nl.woonregie.platform.web.Problem;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/provincies}: the twelve provinces with their number of gemeenten and population. */
@RestController
@Tag(name = GemeenteController.TAG, description = GemeenteController.TAG_BESCHRIJVING)
class ProvincieController {

    private final GebiedService service;
    private final GebiedRepository repository;

    ProvincieController(GebiedService service, GebiedRepository repository) {
        this.service = service;
        this.repository = repository;
    }

    @GetMapping(path = "/api/v1/provincies", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lijst van de provincies",
            description = "De twaalf provincies (CBS-code PV20 t/m PV31) met het aantal gemeenten dat vandaag bestaat "
                    + "en het aantal inwoners van die gemeenten op de laatste peildatum (1 januari).")
    @ApiResponse(responseCode = "200", description = "De provincies, op code")
    @ApiResponse(responseCode = "401", description = "Niet aangemeld",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    ProvinciesAntwoord provincies() {
        LocalDate vandaag = service.vandaag();
        Map<String, GebiedRepository.Telling> tellingen = repository.tellingPerProvincie(vandaag);
        return new ProvinciesAntwoord(service.provincies().stream().map(p -> {
            GebiedRepository.Telling t = tellingen.get(p.code());
            return new ProvincieOverzicht(p.code(), p.naam(), t == null ? 0 : t.aantalGemeenten(),
                    t == null ? null : t.inwoners(), t == null || t.inwoners() == null ? null : t.peildatum());
        }).toList());
    }
}
