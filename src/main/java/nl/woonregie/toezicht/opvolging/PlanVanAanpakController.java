package nl.woonregie.toezicht.opvolging;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Client;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plannen van aanpak and their actions over the API. Recording plans, ratification and actions: the TOEZICHTHOUDER
 * of the province (and BEHEERDER). Reading: also the municipality itself, which may also mark its own actions done
 * (it carries them out; who did it is recorded and audited). COA has no access.
 */
@RestController
@Tag(name = ToezichtgesprekController.TAG, description = ToezichtgesprekController.TAG_BESCHRIJVING)
class PlanVanAanpakController {

    private final PlanVanAanpakService plannen;
    private final Toegang toegang;

    PlanVanAanpakController(PlanVanAanpakService plannen, Toegang toegang) {
        this.plannen = plannen;
        this.toegang = toegang;
    }

    record Plannen(List<PlanVanAanpak> plannenVanAanpak) {
    }

    /** A list of actions and the day for which {@code verlopen} was determined. */
    @JsonPropertyOrder({"vandaag", "aantal", "acties"})
    record Acties(LocalDate vandaag, int aantal, List<Actie> acties) {

        Acties(LocalDate vandaag, List<Actie> acties) {
            this(vandaag, acties.size(), acties);
        }
    }

    @PostMapping("/api/v1/gemeenten/{code}/plannen-van-aanpak")
    @Operation(summary = "Leg het plan van aanpak van een gemeente vast, met acties",
            description = "Periode, titel, ontvangenOp en eventueel bekrachtigdDoorCollegeOp (trede 3b), met acties: "
                    + "omschrijving, verantwoordelijke (organisatie of rol, geen naam) en deadline (niet voor "
                    + "ontvangenOp). Datums als JJJJ-MM-DD.")
    ResponseEntity<PlanVanAanpak> legVast(@PathVariable String code,
            @RequestBody PlanVanAanpakService.PlanInvoer body, HttpServletRequest request) {
        Gebruiker g = toegang.gemeenteToezien(code);
        long id = plannen.legVast(code, body, g, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/plannen-van-aanpak/" + id))
                .body(plannen.lees(id, plannen.vandaag()));
    }

    @GetMapping("/api/v1/gemeenten/{code}/plannen-van-aanpak")
    @Operation(summary = "De plannen van aanpak van een gemeente met hun acties, het laatst ontvangen eerst")
    Plannen lijst(@PathVariable String code) {
        toegang.toezichtLezen(code);
        return new Plannen(plannen.vanGemeente(code, plannen.vandaag()));
    }

    @GetMapping("/api/v1/plannen-van-aanpak/{id}")
    @Operation(summary = "Een plan van aanpak met zijn acties")
    PlanVanAanpak lees(@PathVariable long id) {
        toegang.toezichtLezen(gemeenteVanPlan(id));
        return plannen.lees(id, plannen.vandaag());
    }

    @PostMapping("/api/v1/plannen-van-aanpak/{id}/bekrachtigen")
    @Operation(summary = "Leg vast dat het college het plan van aanpak heeft bekrachtigd (trede 3b)")
    PlanVanAanpak bekrachtig(@PathVariable long id, @RequestBody PlanVanAanpakService.Bekrachtiging body,
            HttpServletRequest request) {
        Gebruiker g = toegang.gemeenteToezien(gemeenteVanPlan(id));
        plannen.bekrachtig(id, body, g, Client.van(request));
        return plannen.lees(id, plannen.vandaag());
    }

    @PostMapping("/api/v1/plannen-van-aanpak/{id}/acties")
    @Operation(summary = "Voeg een actie toe aan een plan van aanpak")
    ResponseEntity<Actie> voegActieToe(@PathVariable long id, @RequestBody PlanVanAanpakService.ActieInvoer body,
            HttpServletRequest request) {
        Gebruiker g = toegang.gemeenteToezien(gemeenteVanPlan(id));
        long actie = plannen.voegActieToe(id, body, g, Client.van(request));
        return ResponseEntity.created(URI.create("/api/v1/acties/" + actie))
                .body(plannen.actie(actie, plannen.vandaag()));
    }

    @GetMapping("/api/v1/acties/{id}")
    @Operation(summary = "Een actie van een plan van aanpak")
    Actie actie(@PathVariable long id) {
        toegang.toezichtLezen(gemeenteVanActie(id));
        return plannen.actie(id, plannen.vandaag());
    }

    @PostMapping("/api/v1/acties/{id}/afronden")
    @Operation(summary = "Rond een actie af (datum en toelichting)",
            description = "De toezichthouder van de provincie, of de gemeente zelf voor haar eigen acties. "
                    + "afgerondOp ligt niet in de toekomst en niet voor de ontvangst van het plan. "
                    + "Een actie die al is afgerond geeft 409.")
    Actie rondAf(@PathVariable long id, @RequestBody PlanVanAanpakService.Afronding body,
            HttpServletRequest request) {
        String gemeente = gemeenteVanActie(id);
        Gebruiker g = toegang.toezichtLezen(gemeente);
        if (!g.gemeenten(Rol.GEMEENTE).contains(gemeente)) {
            g = toegang.gemeenteToezien(gemeente);
        }
        plannen.rondAf(id, body, g, Client.van(request));
        return plannen.actie(id, plannen.vandaag());
    }

    @GetMapping("/api/v1/gemeenten/{code}/acties")
    @Operation(summary = "De acties uit de plannen van aanpak van een gemeente, op deadline",
            description = "status=OPEN, AFGEROND of VERLOPEN (open en de deadline voorbij); zonder status alle acties.")
    Acties actiesVanGemeente(@PathVariable String code, @RequestParam(required = false) String status) {
        toegang.toezichtLezen(code);
        Actie.Filter filter = null;
        if (status != null) {
            Fouten fouten = new Fouten();
            filter = fouten.keuze(status, "status", Actie.Filter.class);
            fouten.gooiAlsNodig("Ongeldige parameter.");
        }
        LocalDate vandaag = plannen.vandaag();
        return new Acties(vandaag, plannen.actiesVanGemeente(code, filter, vandaag));
    }

    @GetMapping("/api/v1/provincies/{code}/acties/verlopen")
    @Operation(summary = "Alle verlopen acties van de gemeenten van een provincie, de oudste deadline eerst")
    Acties verlopen(@PathVariable String code) {
        toegang.provincieToezien(code);
        LocalDate vandaag = plannen.vandaag();
        return new Acties(vandaag, plannen.verlopenInProvincie(code, vandaag));
    }

    private String gemeenteVanPlan(long id) {
        return plannen.gemeenteVanPlan(id)
                .orElseThrow(() -> ApiException.notFound("Plan van aanpak " + id + " bestaat niet."));
    }

    private String gemeenteVanActie(long id) {
        return plannen.gemeenteVanActie(id)
                .orElseThrow(() -> ApiException.notFound("Actie " + id + " bestaat niet."));
    }
}
