package nl.woonregie.verhuisbox.geld;

import static nl.woonregie.verhuisbox.traject.Casuspaginadeel.formulier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.geld.GeldPagina.AflossingFormulier;
import nl.woonregie.verhuisbox.geld.GeldPagina.AfwijzingFormulier;
import nl.woonregie.verhuisbox.geld.GeldPagina.BetalingFormulier;
import nl.woonregie.verhuisbox.geld.GeldPagina.GoedkeuringFormulier;
import nl.woonregie.verhuisbox.geld.GeldPagina.LeningFormulier;
import nl.woonregie.verhuisbox.geld.GeldPagina.OpvolgingFormulier;
import nl.woonregie.verhuisbox.geld.GeldPagina.VoorstelFormulier;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.Rechten;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The section "Geld" of the case page, for whoever may see the case's money, with the form records of its forms; they
 * post to {@link GeldPagina}.
 */
@Component
class GeldCasuspagina implements Casuspaginadeel {

    private final Verstrekkingen verstrekkingen;
    private final Leningen leningen;
    private final Potten potten;
    private final GeldCijfers cijfers;
    private final Clock klok;

    GeldCasuspagina(Verstrekkingen verstrekkingen, Leningen leningen, Potten potten, GeldCijfers cijfers,
            Clock klok) {
        this.verstrekkingen = verstrekkingen;
        this.leningen = leningen;
        this.potten = potten;
        this.cijfers = cijfers;
        this.klok = klok;
    }

    @Override
    public void vul(Casus casus, Gebruiker g, Rechten rechten, Model model) {
        if (rechten.geld()) {
            LocalDate vandaag = LocalDate.now(klok);
            List<Geld.Verstrekking> lijst = verstrekkingen.vanCasus(casus.id());
            model.addAttribute("verstrekkingen", lijst);
            // the approved and paid loans with their terms, schedule, repayments and arrears
            List<Leningen.Lening> lening = leningen.van(lijst);
            model.addAttribute("leningen", lening);
            model.addAttribute("opvolgsoorten", Leningen.Opvolgsoort.values());
            // the section is open while this account has a grant to decide or to pay, or when it moves house
            model.addAttribute("geldOpen", casus.status() == Status.VERHUIZING && rechten.voorstellen()
                    || lijst.stream().anyMatch(v -> v.status() == Geld.Verstrekkingstatus.VOORGESTELD
                            && rechten.goedkeuren() || v.status() == Geld.Verstrekkingstatus.GOEDGEKEURD
                            && rechten.betalen())
                    || rechten.lening() && lening.stream().anyMatch(l -> l.voorwaarden() == null || l.signaal()));
            model.addAttribute("geldRegels", potten.regels(g.team(), vandaag.getYear()));
            model.addAttribute("geldJaar", vandaag.getYear());
            // the link to the budget page only for whoever may open it
            model.addAttribute("budgetrechten", potten.rechten(g));
            // "jaar code" of a pot → "naam jaar": a pot is shown by its name, never by its code
            model.addAttribute("potlabels", cijfers.potLabels(g.team()));
            formulier(model, "voorstel", new VoorstelFormulier(null, null, null, null, null, null));
            formulier(model, "goedkeuring", new GoedkeuringFormulier(null, "casus"));
            formulier(model, "afwijzing", new AfwijzingFormulier(null, null, "casus"));
            formulier(model, "betaling", new BetalingFormulier(null, vandaag.toString(), null, "casus"));
            formulier(model, "leningvoorwaarden", new LeningFormulier(null, null, null, null, null));
            formulier(model, "aflossing", new AflossingFormulier(null, vandaag.toString(), null, null));
            formulier(model, "opvolging", new OpvolgingFormulier(null, null, null));
        } else {
            model.addAttribute("verstrekkingen", null);
        }
    }
}
