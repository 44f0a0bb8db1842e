package nl.woonregie.toezicht.ronde;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.security.Toegang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A municipality's supervision history and the province/regional overview at a peildatum. */
@RestController
@Tag(name = "Toezicht", description = "Historie per gemeente en overzicht per provincie of regio")
class ToezichtController {

    private final ToezichtHistorie historie;
    private final ProvincieOverzicht overzicht;
    private final Toegang toegang;

    ToezichtController(ToezichtHistorie historie, ProvincieOverzicht overzicht, Toegang toegang) {
        this.historie = historie;
        this.overzicht = overzicht;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/gemeenten/{code}/toezicht")
    @Operation(summary = "De toezichthistorie van een gemeente: perioden, oordelen met trede, beslissingen, bevindingen",
            description = "De gemeente zelf ziet alleen vastgestelde oordelen en concepten die de provincie met haar "
                    + "heeft gedeeld, en de perioden tot en met het laatste daarvan.")
    ToezichtHistorie.Historie historie(@PathVariable String code) {
        return historie.van(code, toegang.toezichtLezen(code));
    }

    @GetMapping("/api/v1/provincies/{code}/overzicht")
    @Operation(operationId = "overzicht", summary = "Het provincieoverzicht (of ?regio=VR15) per peildatum, met totalen en aantallen per trede")
    ProvincieOverzicht.Overzicht overzicht(@PathVariable String code,
            @RequestParam @Parameter(schema = @Schema(type = "string", format = "date")) String peildatum,
            @RequestParam(required = false) String regio) {
        toegang.provincieToezien(code);
        return overzicht.van(code, overzicht.peildatum(peildatum, code), regio);
    }
}
