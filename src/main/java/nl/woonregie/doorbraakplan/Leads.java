package nl.woonregie.doorbraakplan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.aanbod.Aanbodbronnen;
import nl.woonregie.aanbod.Bronverzoek;
import nl.woonregie.doorbraakplan.internal.LeadOpslag;
import nl.woonregie.doorbraakplan.pijplijn.Aspect;
import nl.woonregie.doorbraakplan.pijplijn.Inbrenger;
import nl.woonregie.doorbraakplan.pijplijn.Kleur;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.doorbraakplan.pijplijn.Pijplijn;
import nl.woonregie.doorbraakplan.pijplijn.Stap;
import nl.woonregie.doorbraakplan.pijplijn.Trechter;
import nl.woonregie.doorbraakplan.pijplijn.Uitkomst;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.platform.web.Labels;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lead register of a municipality's doorbraakplan and its pipeline ({@link Pijplijn}): registering a lead, its
 * steps with their entry conditions, the analysis, the feasibility study, the tasks to inform the submitter, the
 * reasons for dropping, the tranches and the funnel. One call authorises and judges, naming every invalid field.
 *
 * <p>Who: the municipality's PROGRAMMATEAM registers and moves leads, records decisions (with date and reference),
 * tasks and tranches; BESTUUR of the municipality reads (without the submitter's name and contact); a PROJECTLEIDER
 * whose project is the lead reads that lead (with the submitter: the projectleider informs the submitter of the
 * college's decision) and records its study's conclusion; BEHEERDER all. Every read of a submitter's name and contact
 * is logged ({@code dbp_verwerking}); after the retention term ({@code woonregie.doorbraakplan.bewaartermijn-maanden},
 * 24, counted from the day the lead was closed) both are anonymised.
 */
@Service
public class Leads {

    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    static final int NAAM = 200;
    static final int ADRES = 300;
    static final int TEKST = 2000;
    static final int KENMERK = 100;
    static final int CONCLUSIE = 4000;
    static final int MAX_AANTAL = 100_000;

    private final LeadOpslag opslag;
    private final GebiedService gebied;
    private final Aanbodbronnen aanbod;
    private final ApplicationEventPublisher gebeurtenissen;
    private final int termijnDagen;
    private final int bewaarMaanden;

    Leads(LeadOpslag opslag, GebiedService gebied, Aanbodbronnen aanbod, ApplicationEventPublisher gebeurtenissen,
            @Value("${woonregie.doorbraakplan.informeertermijn-dagen:14}") int termijnDagen,
            @Value("${woonregie.doorbraakplan.bewaartermijn-maanden:24}") int bewaarMaanden) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.aanbod = aanbod;
        this.gebeurtenissen = gebeurtenissen;
        this.termijnDagen = termijnDagen;
        this.bewaarMaanden = bewaarMaanden;
    }

    /** The deadline of a task to inform the submitter, in calendar days after the decision. */
    public int informeertermijnDagen() {
        return termijnDagen;
    }

    public int bewaartermijnMaanden() {
        return bewaarMaanden;
    }

    // --- access

    /** What an account may do with a lead (for the pages' buttons). */
    public record Rechten(boolean wijzigen, boolean onderzoek, boolean inbrenger) {
    }

    /** May the account read the municipality's register, tasks, tranches and funnel? */
    public static boolean magLezen(Gebruiker g, String gemeente) {
        return g != null && gemeente != null && (g.heeft(Rol.BEHEERDER)
                || g.gemeenten(Rol.PROGRAMMATEAM).contains(gemeente) || g.gemeenten(Rol.BESTUUR).contains(gemeente));
    }

    /** {@link #magLezen} for templates (the doorbraakplan's menu). */
    public boolean leesbaar(Gebruiker g, String gemeente) {
        return magLezen(g, gemeente);
    }

    /** May the account register and move the municipality's leads? */
    public static boolean magWijzigen(Gebruiker g, String gemeente) {
        return g != null && gemeente != null && (g.heeft(Rol.BEHEERDER)
                || g.gemeenten(Rol.PROGRAMMATEAM).contains(gemeente));
    }

    /**
     * Is the account the projectleider of this lead (a PROJECTLEIDER assignment with the lead as its project, not a
     * programme's project of the same number: ADR 0049)?
     */
    public static boolean isProjectleider(Gebruiker g, long lead) {
        return g != null && g.toewijzingen().stream()
                .anyMatch(t -> t.isLeadProject(lead));
    }

    public Rechten rechten(Gebruiker g, Lead lead) {
        boolean wijzigen = magWijzigen(g, lead.gemeente());
        boolean projectleider = isProjectleider(g, lead.id());
        return new Rechten(wijzigen, (wijzigen || projectleider) && lead.status() == Leadstatus.HAALBAARHEIDSONDERZOEK,
                wijzigen || projectleider);
    }

    /** 403 unless the account may read the municipality's pipeline; 404 for an unknown municipality (BEHEERDER). */
    public Gebruiker vereisLezen(Gebruiker g, String gemeente) {
        bekend(g, gemeente);
        if (!magLezen(g, gemeente)) {
            throw geenToegang("Alleen het programmateam en het bestuur van de gemeente zien haar Doorbraakplan.");
        }
        return g;
    }

    /** 403 unless the account may change the municipality's pipeline. */
    public Gebruiker vereisWijzigen(Gebruiker g, String gemeente) {
        bekend(g, gemeente);
        if (!magWijzigen(g, gemeente)) {
            throw geenToegang("Alleen het programmateam van de gemeente houdt de leads bij; het bestuur leest ze.");
        }
        return g;
    }

    private void bekend(Gebruiker g, String gemeente) {
        if (g == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan.", null);
        }
        if (gemeente == null || !GEMEENTE.matcher(gemeente).matches() || gebied.gemeente(gemeente).isEmpty()) {
            if (g.heeft(Rol.BEHEERDER)) {
                throw ApiException.notFound("Gemeente " + gemeente + " bestaat niet.");
            }
            throw geenToegang("Geen toegang tot deze gemeente.");
        }
    }

    private static ApiException geenToegang(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", detail, null);
    }

    // --- leads

    /** The municipality's register (filters: a state, a tranche; null for all). No personal data. */
    @Transactional(readOnly = true)
    public List<Leadoverzicht> register(Gebruiker g, String gemeente, Leadstatus status, Long tranche) {
        vereisLezen(g, gemeente);
        return opslag.register(gemeente, status, tranche);
    }

    /**
     * One lead with its history and the steps it may take. The submitter's name and contact only for who may see them
     * (each such read logged with {@code handeling}); 404 when the municipality has no such lead.
     */
    @Transactional
    public Lead lees(Gebruiker g, String gemeente, long id, String handeling) {
        if (!isProjectleider(g, id)) {
            vereisLezen(g, gemeente);
        }
        Lead lead = opslag.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."));
        Rechten r = rechten(g, lead);
        Lead getoond = lead.metStappen(r.wijzigen() ? Pijplijn.mogelijk(lead.status()) : List.of());
        if (!r.inbrenger()) {
            return getoond.zonderInbrenger();
        }
        if (lead.inbrengerNaam() != null || lead.inbrengerContact() != null) {
            opslag.gelezen(id, g.actor(), rol(g, lead), "Doorbraakplan: de inbrenger informeren over besluiten",
                    handeling);
        }
        return getoond;
    }

    /**
     * A lead without the submitter's name and contact and without steps, for the view of its location: its
     * projectleider, and who reads the municipality's pipeline (programme team, bestuur, BEHEERDER); 403 otherwise,
     * 404 when the municipality has no such lead. Nothing personal is read, so nothing is logged.
     */
    @Transactional(readOnly = true)
    public Lead leesVoorLocatie(Gebruiker g, String gemeente, long id) {
        if (!isProjectleider(g, id)) {
            vereisLezen(g, gemeente);
        }
        return opslag.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."))
                .metStappen(List.of()).zonderInbrenger();
    }

    private static String rol(Gebruiker g, Lead lead) {
        if (g.gemeenten(Rol.PROGRAMMATEAM).contains(lead.gemeente())) {
            return Rol.PROGRAMMATEAM.name();
        }
        if (isProjectleider(g, lead.id())) {
            return Rol.PROJECTLEIDER.name();
        }
        return Rol.BEHEERDER.name();
    }

    /** The municipality of a lead the account may read (its projectleider too): 403 otherwise, 404 unknown. */
    @Transactional(readOnly = true)
    public String gemeenteVan(Gebruiker g, long id) {
        if (g == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan.", null);
        }
        String gemeente = opslag.lees(id).map(Lead::gemeente)
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet."));
        if (!magLezen(g, gemeente) && !isProjectleider(g, id)) {
            throw geenToegang("Geen toegang tot deze lead.");
        }
        return gemeente;
    }

    /** The reads of a lead's personal data (who, role, what), for the programme team and the administrator. */
    @Transactional(readOnly = true)
    public List<String> verwerkingen(Gebruiker g, String gemeente, long id) {
        vereisWijzigen(g, gemeente);
        opslag.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."));
        return opslag.verwerkingen(id);
    }

    /** Registers a lead (state INGEDIEND); 400 naming every invalid field. */
    @Transactional
    public Lead indienen(Gebruiker g, String gemeente, Leadverzoek v, String client) {
        vereisWijzigen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        String naam = tekst(v.naam(), "naam", NAAM, true, f);
        String adres = tekst(v.adres(), "adres", ADRES, false, f);
        String omschrijving = tekst(v.omschrijving(), "omschrijving", TEKST, false, f);
        LocalDate op = datum(v.ingediendOp(), "ingediendOp", true, f);
        if (op != null && op.isAfter(gebied.vandaag())) {
            f.add(new InvalidParam("ingediendOp", "ligt in de toekomst"));
        }
        Inbrenger soort = code(v.inbrengerSoort(), "inbrengerSoort", Inbrenger.class, true, f);
        String inbrenger = tekst(v.inbrengerNaam(), "inbrengerNaam", NAAM, true, f);
        String contact = tekst(v.inbrengerContact(), "inbrengerContact", ADRES, true, f);
        String eigenaar = tekst(v.eigenaar(), "eigenaar", NAAM, false, f);
        Integer plaatsen = geheel(v.plaatsen(), "plaatsen", false, f);
        Integer eenheden = geheel(v.eenheden(), "eenheden", false, f);
        if (plaatsen != null && eenheden != null && eenheden < plaatsen) {
            f.add(new InvalidParam("eenheden", "minder eenheden (" + eenheden + ") dan plaatsen (" + plaatsen + ")"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De lead is niet geregistreerd.", f);
        }
        opslag.zorgVoorRedenen(gemeente);
        long id = opslag.voegToe(gemeente, naam, adres, omschrijving, op, soort, inbrenger, contact, eigenaar, plaatsen,
                eenheden, g.actor());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("naam", naam);
        w.put("ingediendOp", op.toString());
        w.put("inbrengerSoort", soort.name());
        w.put("plaatsen", plaatsen);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.Ingediend(id, gemeente, w, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /**
     * Takes a step of the pipeline: 400 naming every invalid field (the pipeline's entry conditions, the step's
     * input), 409 when the lead changed in between. A decision or a drop makes a task to inform the submitter; the
     * college's designation adds the location as a project to the municipality's supply ({@code aanbod}).
     */
    @Transactional
    public Lead stap(Gebruiker g, String gemeente, long id, Stapverzoek v, String client) {
        vereisWijzigen(g, gemeente);
        Lead lead = opslag.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."));
        List<InvalidParam> f = new ArrayList<>();
        Stap stap = code(v.stap(), "stap", Stap.class, true, f);
        Integer versie = geheel(v.versie(), "versie", true, f);
        LocalDate datum = datum(v.datum(), "datum", false, f);
        String kenmerk = tekst(v.kenmerk(), "kenmerk", KENMERK, false, f);
        String toelichting = tekst(v.toelichting(), "toelichting", TEKST, false, f);
        String reden = tekst(v.reden(), "reden", 40, false, f);
        Long tranche = null;
        Integer trancheId = geheel(v.tranche(), "tranche", false, f);
        if (trancheId != null) {
            tranche = opslag.trancheVan(gemeente, trancheId).orElse(null);
            if (tranche == null) {
                f.add(new InvalidParam("tranche", "onbekende tranche van deze gemeente"));
            }
        }
        Kleur kleur = code(v.kleur(), "kleur", Kleur.class, false, f);
        String projectleider = tekst(v.projectleider(), "projectleider", KENMERK, false, f);
        Integer plaatsen = geheel(v.plaatsen(), "plaatsen", false, f);
        Integer eenheden = geheel(v.eenheden(), "eenheden", false, f);
        if (stap != null && stap != Stap.HAALBAARHEIDSONDERZOEK_STARTEN && projectleider != null) {
            f.add(new InvalidParam("projectleider", "alleen bij de start van het haalbaarheidsonderzoek"));
        }
        if (stap == Stap.HAALBAARHEIDSONDERZOEK_STARTEN && projectleider == null) {
            f.add(new InvalidParam("projectleider", "verplicht: wie het haalbaarheidsonderzoek leidt"));
        }
        if (stap != null && stap != Stap.AANWIJZEN) {
            for (String[] veld : new String[][] {{"kleur", v.kleur()}, {"plaatsen", v.plaatsen()},
                    {"eenheden", v.eenheden()}, {"duur", v.duur()}, {"woonvorm", v.woonvorm()},
                    {"startInhuizing", v.startInhuizing()}, {"eindeGebruik", v.eindeGebruik()}}) {
                if (veld[1] != null && !veld[1].isBlank()) {
                    f.add(new InvalidParam(veld[0], "alleen bij de aanwijzing door het college"));
                }
            }
        }
        if (stap != null && stap != Stap.AFVALLEN && reden != null) {
            f.add(new InvalidParam("reden", "alleen wanneer de lead afvalt"));
        }
        opslag.zorgVoorRedenen(gemeente);
        Map<String, String> redenen = new LinkedHashMap<>();
        opslag.afvalredenen(gemeente).stream().filter(Afvalreden::actief)
                .forEach(r -> redenen.put(r.code(), r.omschrijving()));
        LocalDate laatste = lead.stappen().isEmpty() ? null : lead.stappen().get(lead.stappen().size() - 1).datum();
        Set<Aspect> geanalyseerd = EnumSet.noneOf(Aspect.class);
        lead.analyse().forEach(a -> geanalyseerd.add(a.aspect()));
        if (stap != null) {
            boolean datumFout = f.stream().anyMatch(x -> x.name().equals("datum"));
            for (Pijplijn.Bezwaar b : Pijplijn.beoordeel(
                    new Pijplijn.Feiten(lead.status(), laatste, geanalyseerd, lead.conclusie() != null),
                    new Pijplijn.Invoer(stap, datumFout ? LocalDate.MIN : datum, kenmerk, kleur,
                            tranche != null ? tranche : lead.tranche(), reden, toelichting),
                    redenen, gebied.vandaag())) {
                if (!(datumFout && b.veld().equals("datum")) && !(trancheId != null && b.veld().equals("tranche"))) {
                    f.add(new InvalidParam(b.veld(), b.melding()));
                }
            }
        }
        if (!f.isEmpty() && f.stream().anyMatch(x -> x.name().equals("stap"))) {
            throw ApiException.invalid("De stap is niet gezet.", f);
        }
        if (versie != null && versie != lead.versie()) {
            throw conflict(lead);
        }
        Long bron = null;
        if (stap == Stap.AANWIJZEN && f.isEmpty()) {
            bron = project(g, gemeente, lead, v, datum, kenmerk, kleur, plaatsen, eenheden, client, f);
        } else if (stap == Stap.AANWIJZEN) {
            projectvelden(v, plaatsen, lead, f);
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De stap is niet gezet.", f);
        }
        Leadstatus naar = Pijplijn.na(stap);
        boolean eind = naar.eind();
        boolean gezet = opslag.zet(id, versie, lead.status(), new LeadOpslag.Wijziging(naar, tranche, projectleider,
                kleur, plaatsen, eenheden, bron, stap == Stap.AFVALLEN ? reden : null,
                stap == Stap.AFVALLEN ? toelichting : null, eind ? datum : null));
        if (!gezet) {
            throw conflict(lead);
        }
        long stapId = opslag.stap(id, stap, lead.status(), naar, datum, kenmerk, toelichting,
                stap == Stap.AFVALLEN ? reden : null, tranche, g.actor());
        if (stap.informeren()) {
            opslag.taak(id, gemeente, stapId, datum.plusDays(termijnDagen));
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("stap", stap.name());
        w.put("van", lead.status().name());
        w.put("naar", naar.name());
        w.put("datum", datum.toString());
        w.put("kenmerk", kenmerk);
        w.put("reden", stap == Stap.AFVALLEN ? reden : null);
        w.put("toelichting", toelichting);
        w.put("tranche", tranche);
        w.put("kleur", kleur == null ? null : kleur.name());
        w.put("projectleider", projectleider);
        w.put("aanbodbron", bron);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.StapGezet(id, gemeente, w, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /** The project facts {@code aanbod} needs, checked before the source is made (names as the step's fields). */
    private static void projectvelden(Stapverzoek v, Integer plaatsen, Lead lead, List<InvalidParam> f) {
        if (plaatsen == null && lead.plaatsen() == null && f.stream().noneMatch(x -> x.name().equals("plaatsen"))) {
            f.add(new InvalidParam("plaatsen", "verplicht: de plaatsen voor statushouders van het project"));
        }
    }

    /** Adds the designated location to the municipality's supply as a project (status BESLOTEN); its id. */
    private Long project(Gebruiker g, String gemeente, Lead lead, Stapverzoek v, LocalDate datum, String kenmerk,
            Kleur kleur, Integer plaatsen, Integer eenheden, String client, List<InvalidParam> f) {
        projectvelden(v, plaatsen, lead, f);
        if (!f.isEmpty()) {
            return null;
        }
        Integer p = plaatsen != null ? plaatsen : lead.plaatsen();
        Integer e = eenheden != null ? eenheden : lead.eenheden();
        Bronverzoek b = new Bronverzoek(Aanbodbron.Soort.PROJECT.name(), lead.naam(),
                "Doorbraakplanlocatie (" + Labels.inZin(kleur) + "), aangewezen door het college op "
                        + nl.woonregie.platform.web.Weergave.dag(datum)
                        + " (" + kenmerk + ")", null, null, null, null, null, null, v.duur(), v.woonvorm(),
                e == null ? null : e.toString(), p.toString(), null, lead.eigenaar(), v.startInhuizing(), null,
                v.eindeGebruik(), Aanbodbron.Projectstatus.BESLOTEN.name(), null, null, null, null, null,
                "Aangewezen als Doorbraakplanlocatie: de lead '" + lead.naam() + "' van het Doorbraakplan");
        // the programme team writes the designated project into its municipality's supply: aanbod allows it for a
        // PROJECT and keeps the author (this account) in the source's version and the audit trail
        try {
            return aanbod.toevoegenAangewezenProject(g, gemeente, b, client).id();
        } catch (ApiException ex) {
            if (ex.invalidParams().isEmpty()) {
                throw ex;
            }
            for (InvalidParam i : ex.invalidParams()) {
                String veld = switch (i.name()) {
                    case "naam", "eigenaar", "toelichting", "reden", "status" -> null;
                    default -> i.name();
                };
                f.add(new InvalidParam(veld == null ? "stap" : veld, (veld == null ? i.name() + ": " : "")
                        + i.reason()));
            }
            return null;
        }
    }

    /** Records the outcome of one aspect of the analysis (the lead in ANALYSE); 400 naming every invalid field. */
    @Transactional
    public Lead analyseer(Gebruiker g, String gemeente, long id, String aspect, String uitkomst, String toelichting,
            String client) {
        vereisWijzigen(g, gemeente);
        Lead lead = opslag.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."));
        List<InvalidParam> f = new ArrayList<>();
        Aspect a = code(aspect, "aspect", Aspect.class, true, f);
        Uitkomst u = code(uitkomst, "uitkomst", Uitkomst.class, true, f);
        String t = tekst(toelichting, "toelichting", TEKST, true, f);
        if (lead.status() != Leadstatus.ANALYSE) {
            f.add(new InvalidParam("aspect", "alleen tijdens de analyse (de lead is nu "
                    + Labels.inZin(lead.status()) + ")"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De analyse is niet vastgelegd.", f);
        }
        opslag.aspect(id, a, u, t, g.actor());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("aspect", a.name());
        w.put("uitkomst", u.name());
        w.put("toelichting", t);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.Vastgelegd(id, gemeente, w, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /**
     * Records the feasibility study's conclusion (the lead in HAALBAARHEIDSONDERZOEK): the programme team or the lead's
     * projectleider.
     */
    @Transactional
    public Lead onderzoek(Gebruiker g, String gemeente, long id, String conclusie, String client) {
        if (!isProjectleider(g, id)) {
            vereisWijzigen(g, gemeente);
        }
        Lead lead = opslag.lees(id).filter(l -> l.gemeente().equals(gemeente))
                .orElseThrow(() -> ApiException.notFound("Lead " + id + " bestaat niet bij deze gemeente."));
        List<InvalidParam> f = new ArrayList<>();
        String c = tekst(conclusie, "conclusie", CONCLUSIE, true, f);
        if (lead.status() != Leadstatus.HAALBAARHEIDSONDERZOEK) {
            f.add(new InvalidParam("conclusie", "alleen tijdens het haalbaarheidsonderzoek (de lead is nu "
                    + Labels.inZin(lead.status()) + ")"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De conclusie is niet vastgelegd.", f);
        }
        opslag.conclusie(id, c);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("conclusie", c);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.Vastgelegd(id, gemeente, w, new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    private ApiException conflict(Lead lead) {
        Lead nu = opslag.lees(lead.id()).orElseThrow();
        return new ApiException(HttpStatus.CONFLICT, "Gewijzigd", "Lead '" + lead.naam() + "' is intussen gewijzigd "
                + "(nu versie " + nu.versie() + ", " + Labels.inZin(nu.status()) + "); bekijk haar opnieuw.", null);
    }

    // --- tasks

    /** The municipality's tasks to inform submitters (open ones only when asked), overdue ones marked. */
    @Transactional(readOnly = true)
    public List<Informeertaak> taken(Gebruiker g, String gemeente, boolean alleenOpen) {
        vereisLezen(g, gemeente);
        return opslag.taken(gemeente, alleenOpen, gebied.vandaag());
    }

    /** Records when and how the submitter was informed; 409 when the task was done already. */
    @Transactional
    public Informeertaak afhandelen(Gebruiker g, String gemeente, long taak, String datum, String wijze,
            String toelichting, String client) {
        vereisWijzigen(g, gemeente);
        Informeertaak t = opslag.gemeenteVanTaak(taak).filter(gemeente::equals)
                .flatMap(x -> opslag.taak(taak, gebied.vandaag()))
                .orElseThrow(() -> ApiException.notFound("Taak " + taak + " bestaat niet bij deze gemeente."));
        List<InvalidParam> f = new ArrayList<>();
        LocalDate op = datum(datum, "datum", true, f);
        if (op != null && op.isAfter(gebied.vandaag())) {
            f.add(new InvalidParam("datum", "ligt in de toekomst"));
        } else if (op != null && op.isBefore(t.besluitdatum())) {
            f.add(new InvalidParam("datum", "ligt vóór het besluit (" + t.besluitdatum() + ")"));
        }
        Informeerwijze w = code(wijze, "wijze", Informeerwijze.class, true, f);
        String tekst = tekst(toelichting, "toelichting", TEKST, false, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De taak is niet afgehandeld.", f);
        }
        if (!opslag.afhandelen(taak, op, w, tekst, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Al gedaan", "Deze taak is al afgehandeld.", null);
        }
        Map<String, Object> waarden = new LinkedHashMap<>();
        waarden.put("lead", t.lead());
        waarden.put("datum", op.toString());
        waarden.put("wijze", w.name());
        waarden.put("toelichting", tekst);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.Geinformeerd(taak, gemeente, waarden,
                new Actor(g.actor(), client)));
        return opslag.taak(taak, gebied.vandaag()).orElseThrow();
    }

    // --- reasons and tranches

    /** The municipality's reasons for dropping a lead (the standard list the first time). */
    @Transactional
    public List<Afvalreden> afvalredenen(Gebruiker g, String gemeente) {
        vereisLezen(g, gemeente);
        opslag.zorgVoorRedenen(gemeente);
        return opslag.afvalredenen(gemeente);
    }

    /** Adds a reason to the municipality's list, or withdraws one ({@code actief} false; a used reason stays). */
    @Transactional
    public List<Afvalreden> reden(Gebruiker g, String gemeente, String code, String omschrijving, boolean actief,
            String client) {
        vereisWijzigen(g, gemeente);
        opslag.zorgVoorRedenen(gemeente);
        List<InvalidParam> f = new ArrayList<>();
        String c = tekst(code, "code", 40, true, f);
        if (c != null && !CODE.matcher(c).matches()) {
            f.add(new InvalidParam("code", "hoofdletters, cijfers en _, beginnend met een letter (2 tot 40 tekens)"));
        }
        boolean bestaat = c != null && opslag.afvalredenen(gemeente).stream().anyMatch(r -> r.code().equals(c));
        String o = tekst(omschrijving, "omschrijving", NAAM, actief && !bestaat, f);
        if (!actief && c != null && !bestaat) {
            f.add(new InvalidParam("code", "onbekende reden"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De lijst van redenen is niet gewijzigd.", f);
        }
        if (!bestaat) {
            opslag.voegRedenToe(gemeente, c, o);
        } else {
            opslag.zetRedenActief(gemeente, c, actief);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("code", c);
        w.put("omschrijving", o);
        w.put("actief", actief);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.LijstGewijzigd("doorbraakplan-afvalreden", gemeente + ":" + c,
                gemeente, "AFVALREDEN_GEWIJZIGD", w, new Actor(g.actor(), client)));
        return opslag.afvalredenen(gemeente);
    }

    @Transactional(readOnly = true)
    public List<Tranche> tranches(Gebruiker g, String gemeente) {
        vereisLezen(g, gemeente);
        return opslag.tranches(gemeente);
    }

    /** Makes a tranche (name; the college decision's date and reference when known). */
    @Transactional
    public Tranche tranche(Gebruiker g, String gemeente, String naam, String besluitdatum, String kenmerk,
            String client) {
        vereisWijzigen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        String n = tekst(naam, "naam", NAAM, true, f);
        if (n != null && opslag.trancheNaamBestaat(gemeente, n)) {
            f.add(new InvalidParam("naam", "de gemeente heeft al een tranche met deze naam"));
        }
        LocalDate d = datum(besluitdatum, "besluitdatum", false, f);
        String k = tekst(kenmerk, "kenmerk", KENMERK, false, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De tranche is niet gemaakt.", f);
        }
        long id = opslag.voegTrancheToe(gemeente, n, d, k, g.actor());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("naam", n);
        w.put("besluitdatum", d == null ? null : d.toString());
        w.put("kenmerk", k);
        gebeurtenissen.publishEvent(new LeadGebeurtenis.LijstGewijzigd("doorbraakplan-tranche", Long.toString(id),
                gemeente, "TRANCHE_GEMAAKT", w, new Actor(g.actor(), client)));
        return opslag.tranches(gemeente).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    // --- funnel

    /** The funnel on a peildatum (today when null), of one tranche when given. */
    @Transactional(readOnly = true)
    public Leadtrechter trechter(Gebruiker g, String gemeente, String peildatum, String tranche) {
        vereisLezen(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        LocalDate dag = peildatum == null || peildatum.isBlank() ? gebied.vandaag()
                : datum(peildatum, "peildatum", true, f);
        Integer t = geheel(tranche, "tranche", false, f);
        Tranche tr = null;
        if (t != null) {
            tr = opslag.tranches(gemeente).stream().filter(x -> x.id() == t).findFirst().orElse(null);
            if (tr == null) {
                f.add(new InvalidParam("tranche", "onbekende tranche van deze gemeente"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De trechter is niet berekend.", f);
        }
        Map<String, String> namen = new LinkedHashMap<>();
        opslag.afvalredenen(gemeente).forEach(r -> namen.put(r.code(), r.omschrijving()));
        Trechter.Uitkomst u = Trechter.tel(opslag.paden(gemeente, dag, tr == null ? null : tr.id()));
        return new Leadtrechter(gemeente, dag, tr == null ? null : tr.id(), tr == null ? null : tr.naam(), u.leads(),
                u.treden().stream().map(x -> new Leadtrechter.Trede(x.stand(), x.bereikt(), x.afgevallen(),
                        x.doorgegaan(), x.nu(), x.over())).toList(),
                u.afgevallen().stream().map(x -> new Leadtrechter.Afval(x.stand(), x.reden(),
                        namen.getOrDefault(x.reden(), x.reden()), x.aantal())).toList());
    }

    // --- retention

    /**
     * Anonymises the submitter of every lead closed more than the retention term before {@code vandaag}; answers how
     * many. Idempotent.
     */
    @Transactional
    public int anonimiseer(LocalDate vandaag, String client) {
        int n = 0;
        for (Lead l : opslag.teAnonimiseren(vandaag.minusMonths(bewaarMaanden))) {
            if (opslag.anonimiseer(l.id())) {
                Map<String, Object> w = new LinkedHashMap<>();
                w.put("geslotenOp", l.geslotenOp().toString());
                w.put("bewaartermijnMaanden", bewaarMaanden);
                gebeurtenissen.publishEvent(new LeadGebeurtenis.Geanonimiseerd(l.id(), l.gemeente(), w,
                        new Actor("systeem", client)));
                n++;
            }
        }
        return n;
    }

    // --- export

    /** The register (no personal data) and the funnel of today as XLSX (sheets Register, Trechter, Afgevallen). */
    @Transactional(readOnly = true)
    public byte[] xlsx(Gebruiker g, String gemeente) {
        vereisLezen(g, gemeente);
        List<List<?>> register = new ArrayList<>();
        for (Leadoverzicht l : opslag.register(gemeente, null, null)) {
            register.add(java.util.Arrays.asList(l.id(), l.naam(), l.adres(), Labels.van(l.status()),
                    Labels.van(l.inbrenger()), l.ingediendOp(), l.laatsteStap(),
                    l.kleur() == null ? null : Labels.van(l.kleur()), l.trancheNaam(), l.afvalredenOmschrijving(),
                    l.projectleider()));
        }
        Leadtrechter t = trechter(g, gemeente, null, null);
        List<List<?>> treden = new ArrayList<>();
        for (Leadtrechter.Trede x : t.treden()) {
            treden.add(List.of(Labels.van(x.stand()), x.bereikt(), x.afgevallen(), x.doorgegaan(), x.nu(), x.over()));
        }
        List<List<?>> afval = new ArrayList<>();
        for (Leadtrechter.Afval x : t.afgevallen()) {
            afval.add(List.of(Labels.van(x.stand()), x.omschrijving(), x.aantal()));
        }
        return nl.woonregie.platform.export.Spreadsheet.werkmap()
                .blad("Register", List.of("Nummer", "Locatie", "Adres", "Stand", "Inbrenger", "Ingediend op",
                        "Laatste stap", "Kleur", "Tranche", "Reden van afvallen", "Projectleider"), register)
                .blad("Trechter", List.of("Stand", "Bereikt", "Afgevallen", "Doorgegaan", "Nu", "Over"), treden)
                .blad("Afgevallen", List.of("Afgevallen bij", "Reden", "Aantal"), afval)
                .bytes();
    }

    // --- reading input

    static String tekst(String s, String veld, int max, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            f.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
            return null;
        }
        return t;
    }

    static LocalDate datum(String s, String veld, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht (JJJJ-MM-DD)"));
            }
            return null;
        }
        try {
            return IsoDatum.parse(s.strip());
        } catch (DateTimeParseException e) {
            f.add(new InvalidParam(veld, "geen datum JJJJ-MM-DD"));
            return null;
        }
    }

    static Integer geheel(String s, String veld, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        String t = s.strip().replace(".", "");
        if (!t.matches("\\d{1,9}") || Long.parseLong(t) > MAX_AANTAL * 100L) {
            f.add(new InvalidParam(veld, "een geheel getal vanaf 0"));
            return null;
        }
        return Integer.parseInt(t);
    }

    static <E extends Enum<E>> E code(String s, String veld, Class<E> soort, boolean verplicht, List<InvalidParam> f) {
        if (s == null || s.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        for (E e : soort.getEnumConstants()) {
            if (e.name().equals(s.strip())) {
                return e;
            }
        }
        f.add(new InvalidParam(veld, "onbekend; mogelijk: " + String.join(", ",
                java.util.Arrays.stream(soort.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }
}
