package nl.woonregie.doorbraakplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.woonregie.platform.security.Toegang;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The view of one location over the API (read-only): the lead, its project's facts with their checks, its plan. */
@RestController
@Tag(name = OndersteuningController.TAG)
class LocatieController {

    private final Locaties locaties;
    private final Toegang toegang;

    LocatieController(Locaties locaties, Toegang toegang) {
        this.locaties = locaties;
        this.toegang = toegang;
    }

    @GetMapping(path = "/api/v1/gemeenten/{code}/leads/{id}/locatie", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "doorbraakplanLocatie", summary = "De locatie van een lead: de lead, de projectfeiten "
            + "met hun toetsing en bevindingen, en het ondersteuningsplan (alleen lezen)", description = "Voor de "
            + "projectleider van de lead, het programmateam, het bestuur en BEHEERDER. Zonder de naam en het contact "
            + "van de inbrenger. Het project en het plan ontbreken zolang de lead niet is aangewezen.")
    Locatie lees(@PathVariable String code, @PathVariable long id) {
        return locaties.lees(toegang.huidige(), code, id);
    }
}
