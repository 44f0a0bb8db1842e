package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.verhuisbox.traject.Casuspaginadeel.formulier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.Bindingfouten;
import nl.woonregie.platform.web.Client;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.Casuspagina;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.Rechten;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confirmation after the intake ({@link Intakebevestigingen}) on the case page — the section "Bevestiging na de
 * intake" with the preview and the send button — and in the API; each only translates.
 */
final class Intakebevestigingdelen {

    private Intakebevestigingdelen() {
    }

    /** The send form: nothing to fill in (the preview is what is sent). */
    public record VerstuurFormulier(String bevestigen) {
    }

    @Component
    static class Deel implements Casuspaginadeel {

        private final Intakebevestigingen bevestigingen;

        Deel(Intakebevestigingen bevestigingen) {
            this.bevestigingen = bevestigingen;
        }

        @Override
        public void vul(Casus casus, Gebruiker g, Rechten rechten, Model model) {
            Intakebevestigingen.Intakebevestigingstand s = bevestigingen.lijst(casus.id());
            boolean tonen = !s.verzonden().isEmpty() || s.voorbeeld() != null && casus.status() == Status.INTAKE;
            model.addAttribute("intakebevestiging", tonen ? s : null);
            formulier(model, "bevestiging", new VerstuurFormulier("ja"));
        }
    }

    @Controller
    static class Pagina {

        private final Intakebevestigingen bevestigingen;
        private final VerhuisboxToegang toegang;
        private final Casuspagina casuspagina;

        Pagina(Intakebevestigingen bevestigingen, VerhuisboxToegang toegang, Casuspagina casuspagina) {
            this.bevestigingen = bevestigingen;
            this.toegang = toegang;
            this.casuspagina = casuspagina;
        }

        @PostMapping("/verhuisbox/casussen/{id}/intakebevestiging")
        String verstuur(@PathVariable long id, @ModelAttribute("bevestiging") VerstuurFormulier f,
                BindingResult fouten, Model model, HttpServletRequest request, RedirectAttributes redirect) {
            Gebruiker g = toegang.huidige();
            return Bindingfouten.stap(model, fouten, () -> {
                bevestigingen.verstuur(id, g, Client.van(request));
                redirect.addFlashAttribute("melding", "De bevestiging van de afspraken staat in de uitgaande post.");
                return casuspagina.naStap(id, g);
            }, () -> casuspagina.toon(id, g, model));
        }
    }

    @RestController
    @Tag(name = "Verhuisbox geld")
    static class Api {

        private static final String PAD = "/api/v1/verhuisbox/casussen/{id}/intakebevestiging";

        private final Intakebevestigingen bevestigingen;
        private final VerhuisboxToegang toegang;

        Api(Intakebevestigingen bevestigingen, VerhuisboxToegang toegang) {
            this.bevestigingen = bevestigingen;
            this.toegang = toegang;
        }

        @GetMapping(PAD)
        @Operation(summary = "De bevestiging van de afspraken na de intake: het voorbeeld zoals het nu verstuurd zou "
                + "worden (of waarom dat nog niet kan) en de verzonden bevestigingen met hun verzendstatus")
        Intakebevestigingen.Intakebevestigingstand stand(@PathVariable long id) {
            return bevestigingen.stand(id, toegang.huidige());
        }

        @PostMapping(PAD)
        @ResponseStatus(HttpStatus.CREATED)
        @Operation(summary = "Verstuur de bevestiging van de afspraken na de intake aan de cliënt via de uitgaande "
                + "post (toegewezen CASEMANAGER of COORDINATOR)", description = "Zonder verzoekinhoud: verstuurd wordt "
                + "het voorbeeld van GET (dag van het gesprek, zoekregio's, maatwerkbudget voor de inschrijvingen, "
                + "ontbrekende documenten, vergoedingen als gift of lening volgens de regels van het jaar, reageren "
                + "op elke werkdag). 409 zolang de cliënt niet op een intakeafspraak verschenen is (intake) of als de "
                + "casus geen e-mailadres heeft (email).")
        Intakebevestigingen.Intakebevestigingstand verstuur(@PathVariable long id, HttpServletRequest request) {
            bevestigingen.verstuur(id, toegang.huidige(), Client.van(request));
            return bevestigingen.lijst(id);
        }
    }
}
