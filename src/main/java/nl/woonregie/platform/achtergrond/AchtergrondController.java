package nl.woonregie.platform.achtergrond;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Client;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The background jobs over the API, for the administrator (BEHEERDER): what every instance sees. */
@RestController
@Tag(name = "Beheer")
class AchtergrondController {

    private final Achtergrondtaken taken;
    private final Toegang toegang;

    AchtergrondController(Achtergrondtaken taken, Toegang toegang) {
        this.taken = taken;
        this.toegang = toegang;
    }

    @GetMapping("/api/v1/achtergrondtaken")
    @Operation(summary = "Alle terugkerende taken en de laatste eenmalige taken: status, voortgang, pogingen, "
            + "instantie, hartslag en laatste fout (BEHEERDER)")
    List<Taak> overzicht() {
        return taken.overzicht(toegang.huidige());
    }

    @GetMapping("/api/v1/achtergrondtaken/{id}")
    @Operation(summary = "Eén achtergrondtaak (BEHEERDER)")
    Taak taak(@PathVariable long id) {
        return taken.lees(id, toegang.huidige());
    }

    @PostMapping("/api/v1/achtergrondtaken/{id}/opnieuw")
    @Operation(summary = "Start een mislukte taak opnieuw, of voer een terugkerende taak nu uit (BEHEERDER); 409 als "
            + "de taak nog loopt of al klaar is")
    Taak opnieuw(@PathVariable long id, HttpServletRequest request) {
        return taken.opnieuw(id, toegang.huidige(), Client.van(request));
    }
}
