package nl.woonregie.programma;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.programma.internal.EvaluatieOpslag;
import nl.woonregie.programma.internal.ProgrammaOpslag;
import nl.woonregie.programma.voortgang.Evaluatiestatus;
import nl.woonregie.programma.voortgang.Programmavoortgang;
import nl.woonregie.programma.voortgang.Voortgangsplan;
import nl.woonregie.programma.voortgang.Voortgangsrekening;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report of a programme over a period and its evaluation moments (issue 18 §5). Whoever reads the
 * programme reads its report; its PROGRAMMAMANAGER (and BEHEERDER) records the evaluation moments, each a new
 * version of the programme (If-Match, 409 on a stale one, a reason) and an {@link EvaluatieGebeurtenis}.
 */
@Service
public class VoortgangService {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ProgrammaService programmas;
    private final ProgrammaOpslag opslag;
    private final EvaluatieOpslag evaluaties;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    VoortgangService(ProgrammaService programmas, ProgrammaOpslag opslag, EvaluatieOpslag evaluaties,
            GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.programmas = programmas;
        this.opslag = opslag;
        this.evaluaties = evaluaties;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * The progress report of a programme over a period: its computed progress and its budget as computed today.
     *
     * @param id        the programme's id
     * @param naam      its name
     * @param versie    its current version
     * @param voortgang per goal, project and indicator, the evaluation moments and the findings
     * @param begroting the budget as computed today (totals with their lines; realisation where the plan has it)
     */
    @Schema(name = "ProgrammaVoortgangsrapportage")
    public record Rapportage(long id, String naam, int versie, Programmavoortgang voortgang,
            BegrotingAntwoord begroting) {
    }

    /** The report with its programme (for the pages). */
    public record Rapport(Programma programma, Rapportage rapportage) {
    }

    /**
     * The progress report of a programme over {@code van}–{@code tot} (ISO dates, both inclusive; default the first
     * day of the plan's first year until today): 404 when the programme does not exist or the account may not read it,
     * 400 naming {@code van} and {@code tot} when they cannot be read or {@code van} lies after {@code tot}.
     */
    @Transactional(readOnly = true)
    public Rapport rapport(Gebruiker g, long id, String van, String tot) {
        Programma p = programmas.lees(g, id);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate begin = datum("van", van, LocalDate.of(p.plan().vanJaar(), 1, 1), fouten);
        LocalDate eind = datum("tot", tot, gebied.vandaag(), fouten);
        if (fouten.isEmpty() && begin.isAfter(eind)) {
            fouten.add(new InvalidParam("van", "ligt na tot: de periode begint op of voor haar einde"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Geen rapportage over deze periode.", fouten);
        }
        return new Rapport(p, new Rapportage(p.id(), p.plan().naam(), p.versie(), Voortgangsrekening.bereken(
                voortgangsplan(p, opslag.standen(id), evaluaties.lijst(id), begin, eind)),
                BegrotingAntwoord.van(p.plan(), ProgrammaService.begroting(p.plan()))));
    }

    /** The plan of the report: the versions' projects with their status label, the indicators, the evaluations. */
    static Voortgangsplan voortgangsplan(Programma p, List<ProgrammaOpslag.Stand> standen,
            List<Evaluatiemoment> evaluaties, LocalDate van, LocalDate tot) {
        Programmaplan plan = p.plan();
        return new Voortgangsplan(van, tot,
                plan.doelen().stream().map(d -> new Voortgangsplan.Doel(d.nummer(), d.thema(), d.omschrijving(),
                        d.deadline())).toList(),
                standen.stream().map(s -> new Voortgangsplan.Stand(s.versie(), s.op().atZoneSameInstant(ZONE)
                        .toLocalDate(), s.door(), s.reden(), s.plan().projecten().stream().map(x ->
                        new Voortgangsplan.Project(x.nummer(), x.doel(), x.naam(),
                                x.status() == null ? null : x.status().name(),
                                x.status() == null ? null : Labels.van(x.status()), x.planning(), x.eigenaar()))
                        .toList())).toList(),
                plan.indicatoren().stream().map(i -> new Voortgangsplan.Indicator(i.nummer(), i.naam(), i.eenheid(),
                        i.streefwaarde(), i.richting(), i.deadline(), i.doel(), i.project(), i.metingen().stream()
                        .map(m -> new Voortgangsplan.Meting(m.datum(), m.waarde(), m.bron(), m.toelichting()))
                        .toList())).toList(),
                evaluaties.stream().map(e -> new Voortgangsplan.Evaluatie(e.nummer(), e.naam(), e.datum(),
                        e.status(), e.uitkomst(), e.project(), e.door())).toList());
    }

    /** The evaluation moments of a programme (404 as for reading it). */
    @Transactional(readOnly = true)
    public List<Evaluatiemoment> evaluaties(Gebruiker g, long id) {
        programmas.lees(g, id);
        return evaluaties.lijst(id);
    }

    /** What an evaluation moment is set to (the request). */
    public record Evaluatie(String naam, LocalDate datum, Evaluatiestatus status, String uitkomst, Integer project) {
    }

    /**
     * Records or changes evaluation moment {@code nummer}: the programme manager of the programme and BEHEERDER (403
     * for other readers, 404 for who may not read it). A held moment needs its outcome. Every invalid field is named;
     * {@code versie} is the programme's version (If-Match), 409 when it changed in between.
     */
    @Transactional
    public Programma zetEvaluatie(Gebruiker g, long id, String versie, int nummer, Evaluatie e, String reden,
            String client) {
        Programma huidig = programmas.lees(g, id);
        if (!programmas.rechten(g, huidig).planWijzigen()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "De evaluatiemomenten legt de "
                    + "programmamanager van het programma vast.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = ProgrammaService.versie(versie, fouten);
        if (nummer < 1 || nummer > 999) {
            fouten.add(new InvalidParam("nummer", "een getal van 1 tot en met 999"));
        }
        if (e.naam() == null || e.naam().isBlank()) {
            fouten.add(new InvalidParam("naam", "verplicht: wat er geëvalueerd wordt"));
        } else if (e.naam().strip().length() > 200) {
            fouten.add(new InvalidParam("naam", "ten hoogste 200 tekens"));
        }
        if (e.datum() == null) {
            fouten.add(new InvalidParam("datum", "verplicht"));
        } else if (e.datum().getYear() < 2000 || e.datum().getYear() > 2100) {
            fouten.add(new InvalidParam("datum", "een datum tussen 2000 en 2100"));
        }
        String uitkomst = e.uitkomst() == null || e.uitkomst().isBlank() ? null : e.uitkomst().strip();
        if (e.status() == null) {
            fouten.add(new InvalidParam("status", "verplicht: gepland of gehouden"));
        } else if (e.status() == Evaluatiestatus.GEHOUDEN && uitkomst == null) {
            fouten.add(new InvalidParam("uitkomst", "verplicht bij een gehouden evaluatie"));
        }
        if (uitkomst != null && uitkomst.length() > 4000) {
            fouten.add(new InvalidParam("uitkomst", "ten hoogste 4000 tekens"));
        }
        if (e.project() != null && huidig.plan().projecten().stream().noneMatch(x -> x.nummer() == e.project())) {
            fouten.add(new InvalidParam("project", "project " + e.project() + " bestaat niet in dit programma"));
        }
        String r = ProgrammaService.reden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het evaluatiemoment is niet vastgelegd.", fouten);
        }
        Evaluatiemoment vorige = evaluaties.lees(id, nummer).orElse(null);
        String wat = "Evaluatiemoment " + nummer + (vorige == null ? " toegevoegd" : " gewijzigd");
        if (!opslag.schrijf(id, van, huidig.plan(), wat, r, g.actor())) {
            Programma nu = opslag.lees(id).orElseThrow();
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "Programma '" + huidig.plan().naam()
                    + "' is intussen gewijzigd (nu versie " + nu.versie() + "); bekijk het opnieuw.", null);
        }
        Evaluatiemoment nieuw = new Evaluatiemoment(nummer, e.naam().strip(), e.datum(), e.status(), uitkomst,
                e.project(), van + 1, g.actor(), null);
        evaluaties.zet(id, nieuw, van + 1, g.actor());
        Map<String, Object> waarden = alsMap(nieuw);
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new EvaluatieGebeurtenis(id, huidig.plan().eigenaar(), van + 1, nummer,
                vorige == null ? new java.util.LinkedHashMap<>() : alsMap(vorige), waarden,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    private static Map<String, Object> alsMap(Evaluatiemoment e) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("nummer", e.nummer());
        m.put("naam", e.naam());
        m.put("datum", e.datum().toString());
        m.put("status", e.status().name());
        m.put("uitkomst", e.uitkomst());
        m.put("project", e.project());
        return m;
    }

    private static LocalDate datum(String veld, String tekst, LocalDate standaard, List<InvalidParam> fouten) {
        if (tekst == null || tekst.isBlank()) {
            return standaard;
        }
        try {
            LocalDate d = IsoDatum.parse(tekst.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                fouten.add(new InvalidParam(veld, "een datum tussen 2000 en 2100"));
            }
            return d;
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam(veld, "een datum als 2021-12-31"));
            return null;
        }
    }
}
