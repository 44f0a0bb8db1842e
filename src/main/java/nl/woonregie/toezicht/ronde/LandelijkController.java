package nl.woonregie.toezicht.ronde;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.security.Toegang;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The national view at a peildatum: every municipality, every province and the Netherlands. */
@RestController
@Tag(name = "Toezicht", description = "Historie per gemeente en overzicht per provincie of regio")
class LandelijkController {

    private final LandelijkOverzicht landelijk;
    private final Toegang toegang;

    LandelijkController(LandelijkOverzicht landelijk, Toegang toegang) {
        this.landelijk = landelijk;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/landelijk/overzicht")
    @Operation(operationId = "landelijkOverzicht", summary = "Het landelijke overzicht per peildatum: opgave, "
            + "gehuisvest en percentage per gemeente, per provincie en voor Nederland, en de treden waar een provincie "
            + "een beoordelingsronde heeft (RIJK, TOEZICHTHOUDER, BEHEERDER)",
            description = "Opgave en gehuisvest komen uit de opgeslagen taakstellingen, beginstanden en standen van "
                    + "COA (elke provincie heeft die); treden en aantallen per trede alleen voor een provincie met een "
                    + "beoordelingsronde op de peildatum. Een gemeente met ontbrekende cijfers telt apart.")
    LandelijkOverzicht.Landelijk overzicht(
            @RequestParam @Parameter(schema = @Schema(type = "string", format = "date")) String peildatum) {
        var g = landelijk.vereisZien(toegang.huidige());
        return landelijk.van(g, ProvincieOverzicht.peildatum(peildatum));
    }
}
