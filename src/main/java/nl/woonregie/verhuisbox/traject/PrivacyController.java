package nl.woonregie.verhuisbox.traject;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.Client;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** AVG: anonymising closed cases after the retention term (daily, and on request) and a person's data export. */
@RestController
@Tag(name = "Verhuisbox")
class PrivacyController {

    private final Privacy privacy;
    private final VerhuisboxToegang toegang;
    private final GebiedService gebied;

    PrivacyController(Privacy privacy, VerhuisboxToegang toegang, GebiedService gebied) {
        this.privacy = privacy;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    @PostMapping(VerhuisboxController.API + "/anonimiseren")
    @Operation(summary = "Anonimiseer de afgesloten casussen van het team waarvan de bewaartermijn voorbij is (COORDINATOR)")
    Map<String, Object> anonimiseer(HttpServletRequest request) {
        int aantal = privacy.anonimiseerTeam(gebied.vandaag(), toegang.huidige(), Client.van(request));
        return Map.of("geanonimiseerd", aantal, "bewaartermijnMaanden", privacy.bewaartermijnMaanden());
    }

    @GetMapping(VerhuisboxController.API + "/casussen/{id}/avg-export")
    @Operation(summary = "Alle gegevens van de cliënt van een casus, voor een AVG-verzoek, met wie de casus las "
            + "(COORDINATOR); nooit de inloggegevens uit de kluis")
    Map<String, Object> avgExport(@PathVariable long id) {
        return privacy.avgExport(id, toegang.huidige());
    }

    /** Every night at 03:00: anonymise what has passed its term, in all teams. */
    @Scheduled(cron = "${woonregie.verhuisbox.anonimiseren-cron:0 0 3 * * *}", zone = "Europe/Amsterdam")
    void dagelijks() {
        Gebruiker systeem = new Gebruiker(0, "systeem", null, java.util.List.of(Toewijzing.zonderScope(Rol.BEHEERDER)), true,
                "bewaartermijn");
        privacy.anonimiseer(gebied.vandaag(), null, systeem, "planning");
    }
}
