package nl.woonregie.programma;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Scopesoort;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.programma.ProgrammaGebeurtenis.Onderdeel;
import nl.woonregie.programma.begroting.Begroting;
import nl.woonregie.programma.begroting.Begrotingsplan;
import nl.woonregie.programma.begroting.Begrotingsrekening;
import nl.woonregie.programma.begroting.Dekking;
import nl.woonregie.programma.begroting.Dekkingsplan;
import nl.woonregie.programma.begroting.Dekkingsrekening;
import nl.woonregie.programma.begroting.Realisatieplan;
import nl.woonregie.programma.begroting.Realisatierekening;
import nl.woonregie.programma.begroting.Realisatiestand;
import nl.woonregie.programma.internal.Dekkingstarieven;
import nl.woonregie.programma.internal.Plancontrole;
import nl.woonregie.programma.internal.ProgrammaOpslag;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's programmes: reading them, their computed budget, and changing their plan one part at a time,
 * each change a new version (who, when, why) and a {@link ProgrammaGebeurtenis} in the audit trail.
 *
 * <p>Who: BEHEERDER all (and only BEHEERDER makes a programme); the PROGRAMMAMANAGER of a programme reads it and
 * changes its themes, goals, projects, indicators and measurements; its CONTROLLER reads it and changes its budget
 * lines; GEMEENTE and BESTUUR of the owner gemeente and of its partner gemeenten read; the PROJECTLEIDER of one of its
 * projects (ADR 0049) reads it and brings that project up to date — its status, planning and expected result — and
 * nothing else. A change names the version it changes (the API's If-Match); a programme changed in between is
 * refused (409).
 */
@Service
public class ProgrammaService {

    private final ProgrammaOpslag opslag;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    ProgrammaService(ProgrammaOpslag opslag, GebiedService gebied, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /**
     * What an account may do with a programme (for buttons).
     *
     * @param projecten the numbers of the projects the account is the PROJECTLEIDER of (ADR 0049)
     */
    public record Rechten(boolean lezen, boolean planWijzigen, boolean begrotingWijzigen, Set<Integer> projecten) {

        public Rechten {
            projecten = projecten == null ? Set.of() : Set.copyOf(projecten);
        }

        /** Rights without a project of one's own. */
        public Rechten(boolean lezen, boolean planWijzigen, boolean begrotingWijzigen) {
            this(lezen, planWijzigen, begrotingWijzigen, Set.of());
        }

        /** May the account bring this project up to date (the programme manager any, its projectleider this one)? */
        public boolean projectBijwerken(int nummer) {
            return planWijzigen || projecten.contains(nummer);
        }

        /** Is the account only the projectleider of this project (it changes its status, planning, result)? */
        public boolean alleenProjectleider(int nummer) {
            return !planWijzigen && projecten.contains(nummer);
        }
    }

    /** The rights of this account on this programme. */
    public Rechten rechten(Gebruiker g, Programma p) {
        boolean beheerder = g.heeft(Rol.BEHEERDER);
        boolean manager = beheerder || heeftProgrammarol(g, Rol.PROGRAMMAMANAGER, p.id());
        boolean controller = beheerder || heeftProgrammarol(g, Rol.CONTROLLER, p.id());
        Set<Integer> projecten = projectenVan(g, p);
        boolean lezen = manager || controller || !projecten.isEmpty() || leestAlsGemeente(g, p.plan());
        return new Rechten(lezen, manager, controller, projecten);
    }

    /** The projects of this programme's current plan the account is the PROJECTLEIDER of. */
    private static Set<Integer> projectenVan(Gebruiker g, Programma p) {
        Set<Integer> s = new LinkedHashSet<>();
        for (Programmaplan.Project pr : p.plan().projecten()) {
            if (g.toewijzingen().stream().anyMatch(t -> t.isProgrammaproject(p.id(), pr.nummer()))) {
                s.add(pr.nummer());
            }
        }
        return s;
    }

    /** May this account use the programme pages at all (the main menu's entry)? */
    public boolean heeftProgrammas(Gebruiker g) {
        return g != null && (g.heeft(Rol.BEHEERDER, Rol.PROGRAMMAMANAGER, Rol.CONTROLLER)
                || !lijst(g).isEmpty());
    }

    private static boolean heeftProgrammarol(Gebruiker g, Rol rol, long id) {
        return g.toewijzingen().stream().anyMatch(t -> t.rol() == rol && t.programma() != null
                && t.programma() == id);
    }

    private static Set<String> leesgemeenten(Gebruiker g) {
        Set<String> s = new LinkedHashSet<>(g.gemeenten(Rol.GEMEENTE));
        s.addAll(g.gemeenten(Rol.BESTUUR));
        return s;
    }

    private static boolean leestAlsGemeente(Gebruiker g, Programmaplan plan) {
        Set<String> s = leesgemeenten(g);
        return s.contains(plan.eigenaar()) || plan.partnergemeenten().stream().anyMatch(s::contains);
    }

    /** The programmes this account may read, in the order they were made. */
    @Transactional(readOnly = true)
    public List<Programma> lijst(Gebruiker g) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Toewijzing t : g.toewijzingen()) {
            if ((t.rol() == Rol.PROGRAMMAMANAGER || t.rol() == Rol.CONTROLLER || t.rol() == Rol.PROJECTLEIDER
                    && t.scopesoort() == Scopesoort.PROGRAMMAPROJECT)
                    && t.programma() != null) {
                ids.add(t.programma());
            }
        }
        return opslag.lijst(g.heeft(Rol.BEHEERDER), leesgemeenten(g), ids);
    }

    /** One programme with its history: 404 when it does not exist or the account may not read it. */
    @Transactional(readOnly = true)
    public Programma lees(Gebruiker g, long id) {
        Programma p = opslag.lees(id).orElseThrow(() -> nietGevonden(id));
        if (!rechten(g, p).lezen()) {
            throw nietGevonden(id);
        }
        return p;
    }

    /** The computed budget of a programme (totals with their lines, multi-year lines unsplit, the findings). */
    @Transactional(readOnly = true)
    public Begroting begroting(Gebruiker g, long id) {
        return begroting(lees(g, id).plan());
    }

    /** The computed budget of a plan: the arithmetic applied to its lines. */
    public static Begroting begroting(Programmaplan plan) {
        return Begrotingsrekening.bereken(new Begrotingsplan(plan.vanJaar(), plan.totJaar(),
                plan.doelen().stream().map(d -> new Begrotingsplan.Doel(d.nummer(), d.thema())).toList(),
                plan.projecten().stream().map(p -> new Begrotingsplan.Project(p.nummer(), p.doel())).toList(),
                plan.regels().stream().map(r -> new Begrotingsplan.Regel(r.nummer(), r.bedrag(), r.vanJaar(),
                        r.totJaar(), r.thema(), r.doel(), r.projecten(), r.financieringsbron())).toList(),
                plan.vermeldTotaal()));
    }

    /**
     * The computed budget of persons × rates of a plan (income and spending per year, the balance, the findings), or
     * null when the plan has none. A line with a kind of dated rate uses the rate valid on 1 January of its year.
     */
    public static Dekking dekking(Programmaplan plan) {
        if (plan.dekking() == null) {
            return null;
        }
        Dekkingstarieven tarieven = Dekkingstarieven.standaard();
        return Dekkingsrekening.bereken(new Dekkingsplan(plan.dekking().regels().stream().map(r -> {
            BigDecimal tarief = r.tarief();
            String bron = null;
            if (r.tariefsoort() != null) {
                var w = tarieven.tarief(r.tariefsoort(), r.jaar()).orElseThrow();
                tarief = w.waarde();
                bron = "tarief " + Labels.inZin(r.tariefsoort()) + " vanaf " + Weergave.dag(w.vanaf());
            }
            return new Dekkingsplan.Regel(r.nummer(), r.jaar(), Dekkingsplan.Stroom.valueOf(r.stroom().name()),
                    r.omschrijving(), Dekkingsplan.Berekening.valueOf(r.berekening().name()), r.bedrag(), r.aantal(),
                    tarief, bron, r.deelVanRegel(), r.teller(), r.noemer(), r.vermeldBedrag());
        }).toList(), plan.dekking().vermeldeTotalen().stream().map(v -> new Dekkingsplan.VermeldTotaal(v.jaar(),
                Dekkingsplan.Stroom.valueOf(v.stroom().name()), v.bedrag())).toList()));
    }

    /** Makes a programme (version 1): BEHEERDER only; 400 naming every invalid field of the plan. */
    @Transactional
    public Programma aanmaken(Gebruiker g, Programmaplan plan, String reden, String client) {
        if (!g.heeft(Rol.BEHEERDER)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen een beheerder maakt een programma "
                    + "aan; daarna houdt de programmamanager het bij.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        if (plan == null) {
            fouten.add(new InvalidParam("plan", "verplicht"));
        } else {
            fouten.addAll(Plancontrole.controleer(plan, this::gemeenteBestaat));
        }
        String r = reden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het programma is niet aangemaakt.", fouten);
        }
        long id = opslag.voegToe(plan, "Programma aangemaakt", r, g.actor());
        Map<String, Object> waarden = opslag.alsMap(plan);
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new ProgrammaGebeurtenis.Aangemaakt(id, plan.eigenaar(), waarden,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /**
     * A programme's own facts, as a form or the API changes them (the owner is fixed once made).
     *
     * @param partnergemeenten the partner gemeenten (codes); null: unchanged
     */
    public record Gegevens(String naam, String regio, List<String> partnergemeenten, Integer vanJaar, Integer totJaar,
            String bronMiddelen, String besluit) {
    }

    /**
     * Changes a programme's own facts — name, region, period, source of funds, decision reference — as a new version:
     * the programme manager and BEHEERDER; the partner gemeenten only BEHEERDER (as the import of a workbook decides;
     * another's change of them is named at {@code partnergemeenten}). The owner stays. The whole plan is judged again,
     * as after every change.
     */
    @Transactional
    public Programma zetGegevens(Gebruiker g, long id, String versie, Gegevens gegevens, String reden,
            String client) {
        Programma huidig = lees(g, id);
        vereisWijzigen(g, huidig, Onderdeel.GEGEVENS);
        Programmaplan oud = huidig.plan();
        List<InvalidParam> fouten = new ArrayList<>();
        if (gegevens == null) {
            fouten.add(new InvalidParam("naam", "verplicht"));
            versie(versie, fouten);
            reden(reden, fouten);
            throw ApiException.invalid("Het programma is niet gewijzigd.", fouten);
        }
        List<String> partners = gegevens.partnergemeenten() == null ? oud.partnergemeenten()
                : gegevens.partnergemeenten();
        if (!g.heeft(Rol.BEHEERDER) && !partners.equals(oud.partnergemeenten())) {
            fouten.add(new InvalidParam("partnergemeenten", "alleen de beheerder wijzigt de partnergemeenten"));
        }
        if (gegevens.vanJaar() == null) {
            fouten.add(new InvalidParam("vanJaar", "verplicht: het eerste jaar van het programma"));
        }
        if (gegevens.totJaar() == null) {
            fouten.add(new InvalidParam("totJaar", "verplicht: het laatste jaar van het programma"));
        }
        if (!fouten.isEmpty()) {
            versie(versie, fouten);
            reden(reden, fouten);
            throw ApiException.invalid("Het programma is niet gewijzigd.", fouten);
        }
        Gegevens vorige = new Gegevens(oud.naam(), oud.regio(), oud.partnergemeenten(), oud.vanJaar(), oud.totJaar(),
                oud.bronMiddelen(), oud.besluit());
        Gegevens nieuw = new Gegevens(gegevens.naam(), gegevens.regio(), partners, gegevens.vanJaar(),
                gegevens.totJaar(), gegevens.bronMiddelen(), gegevens.besluit());
        return schrijfNa(g, huidig, versie, Onderdeel.GEGEVENS, 0, vorige, nieuw, "", List.of(nieuw),
                (p, l) -> new Programmaplan(l.get(0).naam(), p.eigenaar(), l.get(0).regio(),
                        l.get(0).partnergemeenten(), l.get(0).vanJaar(), l.get(0).totJaar(), l.get(0).bronMiddelen(),
                        l.get(0).besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(), p.doelen(),
                        p.projecten(), p.regels(), p.indicatoren(), p.dekking()).metUitvoering(p.uitvoering()),
                reden, client);
    }

    /** Adds or changes a theme (by its number). */
    @Transactional
    public Programma zetThema(Gebruiker g, long id, String versie, Programmaplan.Thema thema, String reden,
            String client) {
        return zet(g, id, versie, Onderdeel.THEMA, thema, Programmaplan.Thema::nummer, "themas", Programmaplan::themas,
                (p, l) -> new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                        p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), l,
                        p.doelen(), p.projecten(), p.regels(), p.indicatoren(), p.dekking())
                        .metUitvoering(p.uitvoering()), reden, client);
    }

    /** Adds or changes a goal (by its number). */
    @Transactional
    public Programma zetDoel(Gebruiker g, long id, String versie, Programmaplan.Doel doel, String reden,
            String client) {
        return zet(g, id, versie, Onderdeel.DOEL, doel, Programmaplan.Doel::nummer, "doelen", Programmaplan::doelen,
                (p, l) -> new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                        p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                        l, p.projecten(), p.regels(), p.indicatoren(), p.dekking())
                        .metUitvoering(p.uitvoering()), reden, client);
    }

    /**
     * Adds or changes a project (by its number): the programme manager (and BEHEERDER) every field; the PROJECTLEIDER
     * of the project its status, planning and expected result (ADR 0049: a field it leaves empty stays as it is,
     * another field it changes is named in the 400); anyone else 403.
     */
    @Transactional
    public Programma zetProject(Gebruiker g, long id, String versie, Programmaplan.Project project, String reden,
            String client) {
        Programma huidig = lees(g, id);
        if (project != null && rechten(g, huidig).alleenProjectleider(project.nummer())) {
            return zetProjectAlsProjectleider(g, huidig, versie, project, reden, client);
        }
        return zet(g, id, versie, Onderdeel.PROJECT, project, Programmaplan.Project::nummer, "projecten",
                Programmaplan::projecten,
                (p, l) -> new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                        p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                        p.doelen(), l, p.regels(), p.indicatoren(), p.dekking())
                        .metUitvoering(p.uitvoering()), reden, client);
    }

    private Programma zetProjectAlsProjectleider(Gebruiker g, Programma huidig, String versie,
            Programmaplan.Project project, String reden, String client) {
        List<Programmaplan.Project> oud = huidig.plan().projecten();
        Programmaplan.Project vorige = oud.stream().filter(x -> x.nummer() == project.nummer()).findFirst()
                .orElseThrow();
        List<InvalidParam> fouten = new ArrayList<>();
        String niet = "de programmamanager wijzigt dit; de projectleider wijzigt status, planning en verwacht "
                + "resultaat";
        if (project.doel() != 0 && project.doel() != vorige.doel()) {
            fouten.add(new InvalidParam("doel", niet));
        }
        verschilt(fouten, "naam", project.naam(), vorige.naam(), niet);
        verschilt(fouten, "soort", project.soort(), vorige.soort(), niet);
        verschilt(fouten, "eigenaar", project.eigenaar(), vorige.eigenaar(), niet);
        if (!project.partners().isEmpty() && !project.partners().equals(vorige.partners())) {
            fouten.add(new InvalidParam("partners", niet));
        }
        if (!fouten.isEmpty()) {
            versie(versie, fouten);
            reden(reden, fouten);
            throw ApiException.invalid("Het project is niet gewijzigd.", fouten);
        }
        Programmaplan.Project nieuw = new Programmaplan.Project(vorige.nummer(), vorige.doel(), vorige.naam(),
                vorige.soort(), project.status() == null ? vorige.status() : project.status(),
                project.planning() == null ? vorige.planning() : project.planning(), vorige.eigenaar(),
                vorige.partners(), project.verwachtResultaat() == null ? vorige.verwachtResultaat()
                        : project.verwachtResultaat());
        List<Programmaplan.Project> lijst = vervang(oud, nieuw, Programmaplan.Project::nummer);
        return schrijfNa(g, huidig, versie, Onderdeel.PROJECT, nieuw.nummer(), vorige, nieuw,
                "projecten[" + lijst.indexOf(nieuw) + "].", lijst,
                (p, l) -> new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                        p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                        p.doelen(), l, p.regels(), p.indicatoren(), p.dekking())
                        .metUitvoering(p.uitvoering()), reden, client);
    }

    private static void verschilt(List<InvalidParam> fouten, String veld, Object gestuurd, Object was, String reden) {
        if (gestuurd != null && !gestuurd.equals(was)) {
            fouten.add(new InvalidParam(veld, reden));
        }
    }

    /** Adds or changes a budget line (by its number): the CONTROLLER of the programme and BEHEERDER. */
    @Transactional
    public Programma zetRegel(Gebruiker g, long id, String versie, Programmaplan.Begrotingsregel regel, String reden,
            String client) {
        return zet(g, id, versie, Onderdeel.BEGROTINGSREGEL, regel, Programmaplan.Begrotingsregel::nummer, "regels",
                Programmaplan::regels,
                (p, l) -> new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                        p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                        p.doelen(), p.projecten(), l, p.indicatoren(), p.dekking())
                        .metUitvoering(p.uitvoering()), reden, client);
    }

    /**
     * Adds or changes a line of the budget of persons × rates (by its number): the CONTROLLER of the programme and
     * BEHEERDER. A plan without such a budget gets one.
     */
    @Transactional
    public Programma zetDekkingsregel(Gebruiker g, long id, String versie, Programmaplan.Dekkingsregel regel,
            String reden, String client) {
        return zet(g, id, versie, Onderdeel.DEKKINGSREGEL, regel, Programmaplan.Dekkingsregel::nummer,
                "dekking.regels", p -> p.dekking() == null ? List.of() : p.dekking().regels(),
                (p, l) -> new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(),
                        p.totJaar(), p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(),
                        p.doelen(), p.projecten(), p.regels(), p.indicatoren(), new Programmaplan.Dekkingsbegroting(l,
                                p.dekking() == null ? List.of() : p.dekking().vermeldeTotalen()))
                        .metUitvoering(p.uitvoering()),
                reden, client);
    }

    /**
     * Sets what was spent on a budget line in one of its years (replacing the figure of that year): the CONTROLLER of
     * the programme and BEHEERDER. 404 for an unknown line; a line of "n.v.t." or a year outside the line's: 400.
     */
    @Transactional
    public Programma zetRealisatie(Gebruiker g, long id, String versie, Uitvoering.Realisatie realisatie,
            String reden, String client) {
        Programma huidig = lees(g, id);
        vereisWijzigen(g, huidig, Onderdeel.REALISATIE);
        Uitvoering oud = uitvoering(huidig.plan());
        regel(huidig, realisatie.regel());
        Uitvoering.Realisatie vorige = oud.realisaties().stream().filter(r -> r.regel() == realisatie.regel()
                && r.jaar() == realisatie.jaar()).findFirst().orElse(null);
        List<Uitvoering.Realisatie> nieuw = new ArrayList<>(oud.realisaties());
        if (vorige != null) {
            nieuw.set(nieuw.indexOf(vorige), realisatie);
        } else {
            nieuw.add(realisatie);
        }
        String prefix = "uitvoering.realisaties[" + nieuw.indexOf(realisatie) + "].";
        return schrijf(g, huidig, versie, Onderdeel.REALISATIE, realisatie.regel(), vorige, realisatie, prefix, nieuw,
                (p, l) -> p.metUitvoering(new Uitvoering(l, uitvoering(p).verdelingen())), reden, client);
    }

    /**
     * Sets the controller's split of a multi-year line over its years (the amounts add up to the line's amount); an
     * empty split removes it, so the line is a span again. The CONTROLLER of the programme and BEHEERDER.
     */
    @Transactional
    public Programma zetVerdeling(Gebruiker g, long id, String versie, int regel, List<Uitvoering.Jaarbedrag> jaren,
            String reden, String client) {
        Programma huidig = lees(g, id);
        vereisWijzigen(g, huidig, Onderdeel.VERDELING);
        if (jaren == null) {
            List<InvalidParam> fouten = new ArrayList<>();
            fouten.add(new InvalidParam("jaren", "verplicht: de jaren met hun bedrag, of [] om de verdeling te laten "
                    + "vervallen"));
            versie(versie, fouten);
            reden(reden, fouten);
            throw ApiException.invalid("Het programma is niet gewijzigd.", fouten);
        }
        Uitvoering.Verdeling verdeling = new Uitvoering.Verdeling(regel, jaren);
        Uitvoering oud = uitvoering(huidig.plan());
        regel(huidig, verdeling.regel());
        Uitvoering.Verdeling vorige = oud.verdelingen().stream().filter(v -> v.regel() == verdeling.regel())
                .findFirst().orElse(null);
        List<Uitvoering.Verdeling> nieuw = new ArrayList<>(oud.verdelingen());
        nieuw.remove(vorige);
        if (!verdeling.jaren().isEmpty()) {
            nieuw.add(verdeling);
        }
        String prefix = verdeling.jaren().isEmpty() ? null
                : "uitvoering.verdelingen[" + nieuw.indexOf(verdeling) + "].";
        return schrijf(g, huidig, versie, Onderdeel.VERDELING, verdeling.regel(), vorige, verdeling, prefix, nieuw,
                (p, l) -> p.metUitvoering(new Uitvoering(uitvoering(p).realisaties(), l)), reden, client);
    }

    private static Uitvoering uitvoering(Programmaplan p) {
        return p.uitvoering() == null ? new Uitvoering(List.of(), List.of()) : p.uitvoering();
    }

    private static Programmaplan.Begrotingsregel regel(Programma p, int nummer) {
        return p.plan().regels().stream().filter(r -> r != null && r.nummer() == nummer).findFirst()
                .orElseThrow(() -> ApiException.notFound("Begrotingsregel " + nummer + " bestaat niet in dit "
                        + "programma."));
    }

    /**
     * Budget against spending of a plan: per line and group of lines the budget, what was spent, what remains, the
     * exhaustion and the forecast to the end; the transfer of unspent money (ADR 0045).
     */
    public static Realisatiestand realisatie(Programmaplan plan) {
        return realisatie(plan, begroting(plan));
    }

    /** {@link #realisatie(Programmaplan)} with the plan's budget already computed. */
    public static Realisatiestand realisatie(Programmaplan plan, Begroting begroting) {
        Uitvoering u = uitvoering(plan);
        return Realisatierekening.bereken(new Realisatieplan(begroting, plan.regels().stream()
                .filter(r -> r.bedrag() != null && r.vanJaar() != null && r.totJaar() != null)
                .map(r -> new Realisatieplan.Regel(r.nummer(), r.bedrag(), r.vanJaar(), r.totJaar(),
                        r.restmiddelen())).toList(),
                u.realisaties().stream().map(r -> new Realisatieplan.Realisatie(r.regel(), r.jaar(), r.bedrag(),
                        r.maand())).toList(),
                u.verdelingen().stream().map(v -> new Realisatieplan.Verdeling(v.regel(), v.jaren().stream()
                        .map(j -> new Realisatieplan.Jaardeel(j.jaar(), j.bedrag())).toList())).toList(),
                plan.restmiddelen()));
    }

    /** Adds or changes an indicator (by its number), keeping its measurements when the request names none. */
    @Transactional
    public Programma zetIndicator(Gebruiker g, long id, String versie, Programmaplan.Indicator indicator,
            String reden, String client) {
        return zet(g, id, versie, Onderdeel.INDICATOR, indicator, Programmaplan.Indicator::nummer, "indicatoren",
                Programmaplan::indicatoren, ProgrammaService::metIndicatoren, reden, client);
    }

    /** Adds a measurement to an indicator: 404 for an unknown indicator. */
    @Transactional
    public Programma voegMetingToe(Gebruiker g, long id, String versie, int indicator, Programmaplan.Meting meting,
            String reden, String client) {
        Programma huidig = lees(g, id);
        Programmaplan.Indicator in = huidig.plan().indicatoren().stream().filter(i -> i.nummer() == indicator)
                .findFirst().orElseThrow(() -> ApiException.notFound("Indicator " + indicator + " bestaat niet in "
                        + "dit programma."));
        List<Programmaplan.Meting> metingen = new ArrayList<>(in.metingen());
        metingen.add(meting);
        Programmaplan.Indicator nieuw = new Programmaplan.Indicator(in.nummer(), in.naam(), in.eenheid(),
                in.streefwaarde(), in.deadline(), in.doel(), in.project(), metingen, in.richting());
        String prefix = "indicatoren[" + huidig.plan().indicatoren().indexOf(in) + "].metingen["
                + (metingen.size() - 1) + "].";
        return schrijf(g, huidig, versie, Onderdeel.METING, indicator, in, nieuw, meting == null ? null : prefix,
                vervang(huidig.plan().indicatoren(), nieuw, Programmaplan.Indicator::nummer),
                ProgrammaService::metIndicatoren, reden, client);
    }

    private static Programmaplan metIndicatoren(Programmaplan p, List<Programmaplan.Indicator> l) {
        return new Programmaplan(p.naam(), p.eigenaar(), p.regio(), p.partnergemeenten(), p.vanJaar(), p.totJaar(),
                p.bronMiddelen(), p.besluit(), p.vermeldTotaal(), p.restmiddelen(), p.themas(), p.doelen(),
                p.projecten(), p.regels(), l, p.dekking()).metUitvoering(p.uitvoering());
    }

    private interface Vervanger<T> {
        Programmaplan met(Programmaplan p, List<T> lijst);
    }

    private <T> Programma zet(Gebruiker g, long id, String versie, Onderdeel onderdeel, T item,
            ToIntFunction<T> nummer, String lijstnaam, Function<Programmaplan, List<T>> lijst, Vervanger<T> vervanger,
            String reden, String client) {
        Programma huidig = lees(g, id);
        vereisWijzigen(g, huidig, onderdeel);
        if (item == null) {
            throw ApiException.invalid("Niets gewijzigd.", List.of(new InvalidParam("nummer", "verplicht")));
        }
        List<T> oud = lijst.apply(huidig.plan());
        T vorige = oud.stream().filter(x -> nummer.applyAsInt(x) == nummer.applyAsInt(item)).findFirst().orElse(null);
        T teZetten = item;
        if (item instanceof Programmaplan.Indicator in && vorige instanceof Programmaplan.Indicator v
                && in.metingen().isEmpty()) {
            // an indicator keeps its measurements (once, not by calling zet again: that never ended for an
            // indicator without measurements), and its direction when the request names none
            @SuppressWarnings("unchecked")
            T metMetingen = (T) new Programmaplan.Indicator(in.nummer(), in.naam(), in.eenheid(), in.streefwaarde(),
                    in.deadline(), in.doel(), in.project(), v.metingen(),
                    in.richting() == null ? v.richting() : in.richting());
            teZetten = metMetingen;
        }
        List<T> nieuw = vervang(oud, teZetten, nummer);
        String prefix = lijstnaam + "[" + nieuw.indexOf(teZetten) + "].";
        return schrijf(g, huidig, versie, onderdeel, nummer.applyAsInt(teZetten), vorige, teZetten, prefix, nieuw,
                vervanger, reden, client);
    }

    private static <T> List<T> vervang(List<T> oud, T item, ToIntFunction<T> nummer) {
        List<T> nieuw = new ArrayList<>(oud);
        int plek = -1;
        for (int i = 0; i < nieuw.size(); i++) {
            if (nummer.applyAsInt(nieuw.get(i)) == nummer.applyAsInt(item)) {
                plek = i;
            }
        }
        if (plek >= 0) {
            nieuw.set(plek, item);
        } else {
            nieuw.add(item);
        }
        return nieuw;
    }

    private <T> Programma schrijf(Gebruiker g, Programma huidig, String versie, Onderdeel onderdeel, int nummer,
            Object vorige, Object item, String prefix, List<T> nieuw, Vervanger<T> vervanger, String reden,
            String client) {
        vereisWijzigen(g, huidig, onderdeel);
        return schrijfNa(g, huidig, versie, onderdeel, nummer, vorige, item, prefix, nieuw, vervanger, reden, client);
    }

    /** Writes a change whose right has been checked (by {@link #vereisWijzigen} or as the project's projectleider). */
    private <T> Programma schrijfNa(Gebruiker g, Programma huidig, String versie, Onderdeel onderdeel, int nummer,
            Object vorige, Object item, String prefix, List<T> nieuw, Vervanger<T> vervanger, String reden,
            String client) {
        List<InvalidParam> fouten = new ArrayList<>();
        Integer van = versie(versie, fouten);
        Programmaplan plan = vervanger.met(huidig.plan(), nieuw);
        for (InvalidParam f : Plancontrole.controleer(plan, this::gemeenteBestaat)) {
            // the fields of the part sent are named as the request names them; others keep their path in the plan
            fouten.add(prefix != null && f.name().startsWith(prefix)
                    ? new InvalidParam(f.name().substring(prefix.length()), f.reason()) : f);
        }
        String r = reden(reden, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het programma is niet gewijzigd.", fouten);
        }
        String wat = switch (onderdeel) {
            case THEMA -> "Thema " + nummer;
            case DOEL -> "Doel " + nummer;
            case PROJECT -> "Project " + nummer;
            case BEGROTINGSREGEL -> "Begrotingsregel " + nummer;
            case DEKKINGSREGEL -> "Regel " + nummer + " van inkomsten en uitgaven";
            case REALISATIE -> "Realisatie van begrotingsregel " + nummer;
            case VERDELING -> "Verdeling van begrotingsregel " + nummer;
            case GEGEVENS -> "Gegevens van het programma";
            case INDICATOR -> "Indicator " + nummer;
            case METING -> "Meting bij indicator " + nummer;
        } + (vorige == null ? " toegevoegd" : onderdeel == Onderdeel.METING ? " toegevoegd" : " gewijzigd");
        if (!opslag.schrijf(huidig.id(), van, plan, wat, r, g.actor())) {
            Programma nu = opslag.lees(huidig.id()).orElseThrow();
            throw new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "Programma '" + huidig.plan().naam()
                    + "' is intussen gewijzigd (nu versie " + nu.versie() + "); bekijk het opnieuw.", null);
        }
        Map<String, Object> waarden = opslag.alsMap(item);
        waarden.put("reden", r);
        gebeurtenissen.publishEvent(new ProgrammaGebeurtenis.OnderdeelGezet(huidig.id(), huidig.plan().eigenaar(),
                van + 1, onderdeel, nummer, opslag.alsMap(vorige), waarden, new Actor(g.actor(), client)));
        return opslag.lees(huidig.id()).orElseThrow();
    }

    /** The budget lines (and those of persons × rates) are the controller's; the rest of the plan the programme manager's (BEHEERDER both). */
    private void vereisWijzigen(Gebruiker g, Programma p, Onderdeel onderdeel) {
        Rechten r = rechten(g, p);
        boolean begroting = onderdeel == Onderdeel.BEGROTINGSREGEL || onderdeel == Onderdeel.DEKKINGSREGEL
                || onderdeel == Onderdeel.REALISATIE || onderdeel == Onderdeel.VERDELING;
        boolean mag = begroting ? r.begrotingWijzigen() : r.planWijzigen();
        if (!mag) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", begroting
                    ? "De begrotingsregels houdt de controller van het programma bij."
                    : r.projecten().isEmpty() ? "Het plan houdt de programmamanager van het programma bij."
                    : "Als projectleider werkt u alleen uw eigen project bij (status, planning en verwacht "
                    + "resultaat); de rest van het plan houdt de programmamanager bij.", null);
        }
    }

    /** Whether a programme exists (for the scope of an assignment). */
    @Transactional(readOnly = true)
    public boolean bestaat(long id) {
        return opslag.bestaat(id);
    }

    private boolean gemeenteBestaat(String code) {
        return gebied.gemeente(code).isPresent();
    }

    static Integer versie(String tekst, List<InvalidParam> fouten) {
        String t = tekst == null ? null : tekst.strip().replace("\"", "").replace("W/", "");
        if (t == null || !t.matches("\\d{1,6}") || Integer.parseInt(t) < 1) {
            fouten.add(new InvalidParam("If-Match", "verplicht: de versie die u wijzigt (de ETag van het programma)"));
            return null;
        }
        return Integer.parseInt(t);
    }

    static String reden(String reden, List<InvalidParam> fouten) {
        if (reden == null || reden.isBlank()) {
            fouten.add(new InvalidParam("reden", "verplicht: waarom u dit wijzigt"));
            return null;
        }
        if (reden.length() > 2000) {
            fouten.add(new InvalidParam("reden", "ten hoogste 2000 tekens"));
            return null;
        }
        return reden.strip();
    }

    private static ApiException nietGevonden(long id) {
        return ApiException.notFound("Programma " + id + " bestaat niet of u mag het niet lezen.");
    }
}
