package nl.woonregie.verhuisbox.traject;

import static nl.woonregie.verhuisbox.traject.Casuspaginadeel.formulier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.AfsluitingFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.ChecklistFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.GezinsgesprekFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.NetwerkAfsluitingFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.NetwerkFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.OverdrachtFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.IntakeFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.OvergangFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.StopFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.ToetsFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.ToewijzingFormulier;
import nl.woonregie.verhuisbox.traject.VerhuisboxPagina.UitkeringFormulier;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The trajectory's own part of the case page: the checklists, the criteria of the ICP-toets, the municipalities to
 * move to, and the form records of its steps ({@link VerhuisboxPagina}) with their defaults.
 */
@Component
class TrajectCasuspagina implements Casuspaginadeel {

    private final Checklisten checklisten;
    private final Toetsing toetsing;
    private final GebiedService gebied;
    private final Clock klok;
    private final Overdrachten overdrachten;
    private final Zoekgebiedkeuze zoekgebieden;
    private final Intakeafspraken intakeafspraken;

    TrajectCasuspagina(Checklisten checklisten, Toetsing toetsing, GebiedService gebied, Clock klok,
            Overdrachten overdrachten, Zoekgebiedkeuze zoekgebieden, Intakeafspraken intakeafspraken) {
        this.intakeafspraken = intakeafspraken;
        this.zoekgebieden = zoekgebieden;
        this.overdrachten = overdrachten;
        this.checklisten = checklisten;
        this.toetsing = toetsing;
        this.gebied = gebied;
        this.klok = klok;
    }

    @Override
    public void vul(Casus c, Gebruiker g, Rechten rechten, Model model) {
        LocalDate vandaag = LocalDate.now(klok);
        model.addAttribute("checklist", checklisten.items(c.id()));
        model.addAttribute("stopredenen", Stopreden.values());
        model.addAttribute("overdrachten", overdrachten.lijst(c.id()));
        model.addAttribute("overdrachtMogelijk", Overdrachten.mogelijk(c));
        Intakeafspraken.Intakeafsprakenlijst afspraken = intakeafspraken.lijst(c.id());
        model.addAttribute("intakeafspraken", afspraken);
        model.addAttribute("afspraakPlanbaar", Intakeafspraken.planbaar(c, afspraken));
        Intakeafspraken.Intakeafspraak open = afspraken.afspraken().stream().filter(a -> a.uitkomst() == null)
                .findFirst()
                .orElse(null);
        model.addAttribute("openAfspraak", c.status() == Status.INTAKE ? open : null);
        String aanmelderEmail = afspraken.afspraken().isEmpty() ? null
                : afspraken.afspraken().get(afspraken.afspraken().size() - 1).aanmelderEmail();
        formulier(model, "intakeafspraak", new IntakeafspraakPagina.AfspraakFormulier(
                volgendeWerkdag(vandaag).toString(), "10:00", "spreekbox HAS", null, aanmelderEmail, null));
        if (open != null) {
            formulier(model, "verplaatsing", new IntakeafspraakPagina.AfspraakFormulier(open.datum().toString(),
                    open.tijd(), open.plaats(), open.notitie(), open.aanmelderEmail(),
                    String.valueOf(open.versie())));
            formulier(model, "afspraakuitkomst", new IntakeafspraakPagina.UitkomstFormulier(
                    Intakeafspraken.Uitkomst.VERSCHENEN.name(), String.valueOf(open.versie())));
        }
        if (c.status() == Status.VERHUIZING) {
            model.addAttribute("gemeenten", gebied.gemeentenOp(vandaag).stream()
                    .sorted(Comparator.comparing(Gemeente::naam)).toList());
        }
        if (c.status() == Status.ICP_TOETS) {
            model.addAttribute("criteria", toetsing.criteria(toetsing.criteriaJaar(vandaag.getYear())));
        }
        formulier(model, "behandelen", new OvergangFormulier("Melding ontvangen, ICP-toets gestart"));
        formulier(model, "toets", ToetsFormulier.leeg());
        formulier(model, "toewijzing", new ToewijzingFormulier(c.casemanager(), c.administratief()));
        formulier(model, "toelaten", new OvergangFormulier("Eerste op de wachtlijst, capaciteit beschikbaar"));
        List<IntakeFormulier.Regio> regios = new ArrayList<>();
        for (Casussen.Zoekregio r : c.zoekregios()) {
            regios.add(r.gebied() != null ? new IntakeFormulier.Regio("", null, String.valueOf(r.gebied()))
                    : new IntakeFormulier.Regio(r.regio(), Casussen.Zoekregio.kansrijk(r) ? "ja" : null, null));
        }
        while (regios.size() < IntakeFormulier.REGIOS) {
            regios.add(new IntakeFormulier.Regio("", null, null));
        }
        if (c.status() == Status.INTAKE) { // the areas of the register of search areas to choose from (ADR 0061)
            model.addAttribute("zoekgebieden", g.team() == null ? List.of() : zoekgebieden.keuzes(g.team()));
        }
        formulier(model, "intake", new IntakeFormulier(c.variant() == null ? null : c.variant().name(), regios));
        formulier(model, "vinklijst", new ChecklistFormulier(null, Map.of()));
        formulier(model, "naarZoeken", new OvergangFormulier("Intake afgerond, plan afgesproken"));
        formulier(model, "afsluiting", new AfsluitingFormulier(Uitkomst.VERHUISD.name(), null, null,
                vandaag.toString(), "Verhuisd, overdracht gedaan"));
        formulier(model, "stoppen", new StopFormulier(null, null));
        formulier(model, "uitkering", new UitkeringFormulier("ja", null));
        formulier(model, "gezinsgesprek", new GezinsgesprekFormulier(null, null));
        formulier(model, "overdracht", new OverdrachtFormulier(null, null, null, vandaag.toString(), null));
        formulier(model, "netwerk", new NetwerkFormulier(null, vandaag.toString(), "ja", "ja"));
        formulier(model, "netwerkAfsluiting", new NetwerkAfsluitingFormulier(vandaag.toString(),
                "Gehuisvest in het eigen netwerk"));
    }

    /** The next weekday after {@code dag} (the form's suggestion; public holidays are not known here). */
    static LocalDate volgendeWerkdag(LocalDate dag) {
        LocalDate d = dag.plusDays(1);
        while (d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }
}
