package nl.woonregie.verhuisbox.traject;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.web.Client;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The API of intake appointments ({@link Intakeafspraken}); it only translates. */
@RestController
@Tag(name = "Verhuisbox")
class IntakeafspraakController {

    private static final String API = VerhuisboxController.API + "/casussen/{id}/intakeafspraken";
    private static final String VELDEN = "datum (jjjj-mm-dd) en tijd (UU:MM, Europe/Amsterdam; niet in het verleden, "
            + "hoogstens een jaar vooruit), plaats (bijvoorbeeld spreekbox HAS, hoogstens 200 tekens), notitie "
            + "(voor het team, hoogstens 2000 tekens, niet in de e-mails) en aanmelderEmail (optioneel: het "
            + "e-mailadres van de aanmelder, die dan de datum van de intake krijgt). De cliënt krijgt een bevestiging "
            + "op het e-mailadres van de casus (als dat er is), met de documenten die hij meeneemt (BRP-uittreksel "
            + "met woonhistorie, inkomensverklaring IB60); elke e-mail gaat in dezelfde transactie via de uitgaande "
            + "post.";

    private final Intakeafspraken afspraken;
    private final VerhuisboxToegang toegang;

    IntakeafspraakController(Intakeafspraken afspraken, VerhuisboxToegang toegang) {
        this.afspraken = afspraken;
        this.toegang = toegang;
    }

    @GetMapping(API)
    @Operation(summary = "De intakeafspraken van een casus met hun uitkomst, de verzendstatus van elke e-mail "
            + "(NIET_VERZONDEN, VERZONDEN, MISLUKT) en het aantal keer niet verschenen")
    Intakeafspraken.Intakeafsprakenlijst lijst(@PathVariable long id) {
        return afspraken.vanCasus(id, toegang.huidige());
    }

    @PostMapping(API)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan het intakegesprek en verstuur de bevestiging aan de cliënt en de aanmelder "
            + "(toegewezen CASEMANAGER of COORDINATOR; in Intake)", description = VELDEN + " 409 als de casus niet in "
            + "Intake is (status), of als er al een afspraak open staat of de cliënt al verschenen is (afspraak).")
    Intakeafspraken.Intakeafsprakenlijst plan(@PathVariable long id,
            @RequestBody(required = false) Intakeafspraken.IntakeafspraakVerzoek v, HttpServletRequest request) {
        afspraken.plan(id, v, toegang.huidige(), Client.van(request));
        return afspraken.lijst(id);
    }

    @PutMapping(API + "/{afspraak}")
    @Operation(summary = "Verplaats een intakeafspraak en verstuur de e-mails opnieuw als gewijzigd (toegewezen "
            + "CASEMANAGER of COORDINATOR)", description = VELDEN + " versie: de versie van de afspraak die u "
            + "wijzigt; 409 als die intussen gewijzigd is (versie) of als de uitkomst al is vastgelegd (afspraak).")
    Intakeafspraken.Intakeafsprakenlijst verplaats(@PathVariable long id, @PathVariable long afspraak,
            @RequestBody(required = false) Intakeafspraken.IntakeafspraakVerzoek v, HttpServletRequest request) {
        afspraken.verplaats(id, afspraak, v, toegang.huidige(), Client.van(request));
        return afspraken.lijst(id);
    }

    @PostMapping(API + "/{afspraak}/uitkomst")
    @Operation(summary = "Leg vast of de cliënt op de intakeafspraak verschenen is (toegewezen CASEMANAGER of "
            + "COORDINATOR)", description = "uitkomst: VERSCHENEN of NIET_VERSCHENEN (niet verschenen wordt geteld; "
            + "daarna kan een nieuwe afspraak worden gepland); versie: de versie van de afspraak. 409 vóór het "
            + "tijdstip van de afspraak (uitkomst), als de afspraak intussen gewijzigd is (versie) of al een "
            + "uitkomst heeft (afspraak).")
    Intakeafspraken.Intakeafsprakenlijst uitkomst(@PathVariable long id, @PathVariable long afspraak,
            @RequestBody(required = false) Intakeafspraken.IntakeuitkomstVerzoek v, HttpServletRequest request) {
        afspraken.legUitkomst(id, afspraak, v, toegang.huidige(), Client.van(request));
        return afspraken.lijst(id);
    }
}
