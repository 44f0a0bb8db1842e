package nl.woonregie.programma;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.programma.caseload.Caseloadoverzicht;
import nl.woonregie.programma.caseload.Caseloadregels;
import nl.woonregie.programma.caseload.Jaarcijfer;
import nl.woonregie.programma.caseload.Jaarcijfercontrole;
import nl.woonregie.programma.caseload.Leeftijdsband;
import nl.woonregie.programma.caseload.Statushouder;
import nl.woonregie.programma.internal.CaseloadOpslag;
import nl.woonregie.programma.internal.ProgrammaOpslag;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration caseload of a municipality (issue 18 §4, Wassenaar's plan 004): the statushouders housed in it,
 * personal data protected as Verhuisbox protects its clients — access by role and assignment, every read logged,
 * anonymised after the retention term — with the overview per theme (counts without names), the overdue
 * participatieverklaringen on the application's clock, and the municipality's taakstelling and realisation: the
 * half-years from toezicht's stored records ({@link CijferStanden}, the same figures, not a copy) and the years
 * before them as stated yearly figures with the check of their contradictions ({@link Jaarcijfercontrole}).
 *
 * <p>Who: a {@link Rol#CASEMANAGER_INTEGRATIE} of the municipality reads and keeps the statushouders assigned to him
 * or her (another's is 404) and registers new ones (assigned to him or her); the PROGRAMMAMANAGER of a programme the
 * municipality owns keeps the whole caseload (assigning case managers), its overview and the yearly figures; a
 * BEHEERDER everything. Nobody else: 403 for the municipality's caseload. Every read of a person's data — a list
 * that shows names too — is logged ({@code caseload_verwerking}) with the role and its purpose.
 */
@Service
public class Caseload {

    static final int NAAM = 200;
    static final int HUISHOUDEN = 40;
    static final int TEKST = 2000;
    static final int BRON = 200;
    private static final Pattern GEMEENTE = Pattern.compile("GM\\d{4}");
    private static final Set<String> TAALNIVEAUS = Set.of("A0", "A1", "A2", "B1", "B2", "C1", "C2");

    private final CaseloadOpslag opslag;
    private final ProgrammaOpslag programmas;
    private final GebiedService gebied;
    private final Gebruikers gebruikers;
    private final CijferStanden cijfers;
    private final ApplicationEventPublisher gebeurtenissen;
    private final int bewaarMaanden;

    Caseload(CaseloadOpslag opslag, ProgrammaOpslag programmas, GebiedService gebied, Gebruikers gebruikers,
            CijferStanden cijfers, ApplicationEventPublisher gebeurtenissen,
            @Value("${woonregie.caseload.bewaartermijn-maanden:24}") int bewaarMaanden) {
        this.opslag = opslag;
        this.programmas = programmas;
        this.gebied = gebied;
        this.gebruikers = gebruikers;
        this.cijfers = cijfers;
        this.gebeurtenissen = gebeurtenissen;
        this.bewaarMaanden = bewaarMaanden;
    }

    public int bewaartermijnMaanden() {
        return bewaarMaanden;
    }

    /** Today by the application's clock (the day the rules are judged on). */
    public LocalDate vandaag() {
        return gebied.vandaag();
    }

    /** The label of a code (for the API's descriptions and the workbook). */
    static String label(Enum<?> code) {
        return Labels.van(code);
    }

    // --- access

    /** The role an account reads a municipality's caseload in, and what it sees. */
    public enum Zicht {
        /** Everything (BEHEERDER, the municipality's programme manager). */
        REGIE,
        /** The statushouders assigned to this case manager. */
        EIGEN,
        GEEN
    }

    /** What this account may see of the municipality's caseload. */
    public Zicht zicht(Gebruiker g, String gemeente) {
        if (g == null || gemeente == null) {
            return Zicht.GEEN;
        }
        if (g.heeft(Rol.BEHEERDER) || programmamanagerVan(g).contains(gemeente)) {
            return Zicht.REGIE;
        }
        return g.gemeenten(Rol.CASEMANAGER_INTEGRATIE).contains(gemeente) ? Zicht.EIGEN : Zicht.GEEN;
    }

    /** The municipalities whose programme (one it owns) this account manages. */
    private Set<String> programmamanagerVan(Gebruiker g) {
        Set<String> s = new LinkedHashSet<>();
        for (Toewijzing t : g.toewijzingen()) {
            if (t.rol() == Rol.PROGRAMMAMANAGER && t.programma() != null) {
                programmas.lees(t.programma()).ifPresent(p -> s.add(p.plan().eigenaar()));
            }
        }
        return s;
    }

    /** The municipalities whose caseload this account may open (for the menu), in order. */
    public List<String> gemeenten(Gebruiker g) {
        Set<String> s = new LinkedHashSet<>(programmamanagerVan(g));
        s.addAll(g.gemeenten(Rol.CASEMANAGER_INTEGRATIE));
        return List.copyOf(s);
    }

    /** 403 unless the account sees (part of) the municipality's caseload; 404 for an unknown municipality. */
    public Zicht vereisZicht(Gebruiker g, String gemeente) {
        if (g == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan.", null);
        }
        if (gemeente == null || !GEMEENTE.matcher(gemeente).matches() || gebied.gemeente(gemeente).isEmpty()) {
            throw ApiException.notFound("Gemeente " + gemeente + " bestaat niet.");
        }
        Zicht z = zicht(g, gemeente);
        if (z == Zicht.GEEN) {
            throw geenToegang("Alleen de casemanagers integratie en de programmamanager van de gemeente zien haar "
                    + "caseload.");
        }
        return z;
    }

    private Zicht vereisRegie(Gebruiker g, String gemeente) {
        if (vereisZicht(g, gemeente) != Zicht.REGIE) {
            throw geenToegang("Het overzicht van de caseload en de jaarcijfers houdt de programmamanager bij.");
        }
        return Zicht.REGIE;
    }

    private static String rol(Gebruiker g, Zicht z) {
        if (z == Zicht.EIGEN) {
            return Rol.CASEMANAGER_INTEGRATIE.name();
        }
        return g.heeft(Rol.BEHEERDER) ? Rol.BEHEERDER.name() : Rol.PROGRAMMAMANAGER.name();
    }

    private static String doel(Zicht z) {
        return z == Zicht.EIGEN ? "Integratie: begeleiding van de statushouder"
                : "Integratie: regie op de caseload van de gemeente";
    }

    // --- reads

    /**
     * The statushouders this account may read in the municipality (the case manager's own, or all), in the caseload
     * or not yet anonymised; the read of the names is logged for each person shown.
     */
    @Transactional
    public List<Statushouder> lijst(Gebruiker g, String gemeente, String handeling) {
        Zicht z = vereisZicht(g, gemeente);
        List<Statushouder> l = opslag.lijst(gemeente, z == Zicht.EIGEN ? g.id() : null).stream()
                .filter(s -> s.geanonimiseerdOp() == null).toList();
        if (!l.isEmpty()) {
            opslag.gelezen(l.stream().map(Statushouder::id).toList(), g.actor(), rol(g, z), doel(z), handeling);
        }
        return l;
    }

    /** One statushouder (404 when the account may not read it: another case manager's); the read is logged. */
    @Transactional
    public Statushouder lees(Gebruiker g, long id, String handeling) {
        Statushouder s = zichtbaar(g, id);
        Zicht z = zicht(g, s.gemeente());
        opslag.gelezen(List.of(id), g.actor(), rol(g, z), doel(z), handeling);
        return s;
    }

    private Statushouder zichtbaar(Gebruiker g, long id) {
        if (g == null) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "Niet aangemeld", "Meld u aan.", null);
        }
        Statushouder s = opslag.lees(id).filter(x -> x.geanonimiseerdOp() == null).orElseThrow(() -> nietGevonden(id));
        Zicht z = zicht(g, s.gemeente());
        if (z == Zicht.GEEN || z == Zicht.EIGEN && !Objects.equals(s.casemanager(), g.id())) {
            throw nietGevonden(id);
        }
        return s;
    }

    /** The logged reads of a statushouder (for whoever may read it, its programme manager and BEHEERDER). */
    @Transactional(readOnly = true)
    public List<CaseloadOpslag.Verwerking> verwerkingen(Gebruiker g, long id) {
        Statushouder s = zichtbaar(g, id);
        vereisRegie(g, s.gemeente());
        return opslag.verwerkingen(id);
    }

    /** The name of a case manager's account (for pages and the API), or null. */
    public String casemanagerNaam(Long id) {
        return id == null ? null : gebruikers.naam(id);
    }

    // --- the overview, without names

    /** The counts of the caseload on the application's today (programme manager, BEHEERDER); no personal data. */
    @Transactional(readOnly = true)
    public Caseloadoverzicht overzicht(Gebruiker g, String gemeente) {
        vereisRegie(g, gemeente);
        return Caseloadoverzicht.van(opslag.lijst(gemeente, null), gebied.vandaag());
    }

    /** The names of the case managers counted in an overview. */
    public Map<Long, String> casemanagers(Caseloadoverzicht o) {
        return gebruikers.namen(o.perCasemanager().keySet());
    }

    /**
     * The participatieverklaringen overdue today among the statushouders this account may read, earliest due first;
     * a read of those persons, logged.
     */
    @Transactional
    public List<Statushouder> teLaat(Gebruiker g, String gemeente, String handeling) {
        Zicht z = vereisZicht(g, gemeente);
        List<Statushouder> l = Caseloadoverzicht.teLaat(opslag.lijst(gemeente, z == Zicht.EIGEN ? g.id() : null),
                gebied.vandaag());
        if (!l.isEmpty()) {
            opslag.gelezen(l.stream().map(Statushouder::id).toList(), g.actor(), rol(g, z), doel(z), handeling);
        }
        return l;
    }

    /** The overview as a workbook: counts per theme, no names (sheets Overzicht, Leeftijd, Route, Casemanager). */
    @Transactional(readOnly = true)
    public byte[] overzichtXlsx(Gebruiker g, String gemeente) {
        Caseloadoverzicht o = overzicht(g, gemeente);
        List<List<?>> kern = List.of(
                List.of("Personen in de caseload", o.personen()),
                List.of("Huishoudens", o.huishoudens()),
                List.of("Participatieverklaring getekend", o.participatieverklaringGetekend()),
                List.of("Participatieverklaring te laat", o.participatieverklaringTeLaat()),
                List.of("18 jaar of ouder zonder extra spoor", o.zonderExtraSpoor()),
                List.of("Kinderen van 4 tot 18 zonder school", o.zonderSchool()),
                List.of("AMV minderjarig", o.amvMinderjarig()),
                List.of("AMV 18 jaar of ouder", o.amvMeerderjarig()),
                List.of("Intake Werk en Inkomen gedaan", o.intakeWerkInkomen()),
                List.of("NOA-assessment gedaan", o.noaAssessment()),
                List.of("Zonder casemanager", o.zonderCasemanager()));
        List<List<?>> banden = new ArrayList<>();
        o.perLeeftijdsband().forEach((b, n) -> banden.add(List.of(Labels.van(b), n)));
        List<List<?>> routes = new ArrayList<>();
        o.perInburgeringsroute().forEach((r, n) -> routes.add(List.of(Labels.van(r), n)));
        Map<Long, String> namen = casemanagers(o);
        List<List<?>> cm = new ArrayList<>();
        o.perCasemanager().forEach((id, n) -> cm.add(List.of(namen.getOrDefault(id, "onbekend"), n)));
        return Spreadsheet.werkmap()
                .blad("Overzicht", List.of("Caseload " + gebied.naam(gemeente) + " op " + o.dag(), "Aantal"), kern)
                .blad("Leeftijd", List.of("Leeftijdsband", "Aantal"), banden)
                .blad("Route", List.of("Inburgeringsroute", "Aantal"), routes)
                .blad("Casemanager", List.of("Casemanager", "Aantal"), cm)
                .bytes();
    }

    // --- changes

    /** Registers a statushouder; 400 naming every invalid field. A case manager is assigned what he registers. */
    @Transactional
    public Statushouder registreer(Gebruiker g, String gemeente, Statushouderverzoek v, String client) {
        Zicht z = vereisZicht(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        Statushouder s = controleer(g, z, gemeente, 0, 1, v, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De statushouder kan zo niet worden vastgelegd.", f);
        }
        long id = opslag.voegToe(s);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("velden", velden(null, s));
        w.put("casemanager", casemanagerNaam(s.casemanager()));
        gebeurtenissen.publishEvent(new CaseloadGebeurtenis.Geregistreerd(id, gemeente, w,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /** Changes a statushouder at version {@code versie} (If-Match); 409 when it changed meanwhile. */
    @Transactional
    public Statushouder wijzig(Gebruiker g, long id, String versie, Statushouderverzoek v, String client) {
        Statushouder oud = zichtbaar(g, id);
        Zicht z = zicht(g, oud.gemeente());
        List<InvalidParam> f = new ArrayList<>();
        Integer van = versie(versie, f);
        Statushouder s = controleer(g, z, oud.gemeente(), id, oud.versie(), v, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De statushouder kan zo niet worden gewijzigd.", f);
        }
        if (!opslag.wijzig(s, van)) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Deze statushouder is intussen "
                    + "gewijzigd (nu versie " + oud.versie() + "); laad hem opnieuw.", null);
        }
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("velden", velden(oud, s));
        w.put("casemanager", casemanagerNaam(s.casemanager()));
        gebeurtenissen.publishEvent(new CaseloadGebeurtenis.Gewijzigd(id, oud.gemeente(), van + 1, w,
                new Actor(g.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    private Statushouder controleer(Gebruiker g, Zicht z, String gemeente, long id, int versie,
            Statushouderverzoek v, List<InvalidParam> f) {
        if (v == null) {
            f.add(new InvalidParam("naam", "verplicht"));
            return null;
        }
        LocalDate vandaag = gebied.vandaag();
        String naam = tekst(v.naam(), "naam", NAAM, true, f);
        String huishouden = tekst(v.huishouden(), "huishouden", HUISHOUDEN, true, f);
        String toelichting = tekst(v.toelichting(), "toelichting", TEKST, false, f);
        LocalDate geboren = datum(v.geboortedatum(), "geboortedatum", true, vandaag, f);
        LocalDate aankomst = datum(v.aankomstdatum(), "aankomstdatum", true, vandaag, f);
        if (geboren != null && aankomst != null && aankomst.isBefore(geboren)) {
            f.add(new InvalidParam("aankomstdatum", "niet vóór de geboortedatum"));
        }
        if (geboren != null && geboren.isBefore(LocalDate.of(1900, 1, 1))) {
            f.add(new InvalidParam("geboortedatum", "niet vóór 1900"));
        }
        boolean amv = Boolean.TRUE.equals(v.amv());
        if (amv && geboren != null && aankomst != null && Leeftijdsband.leeftijd(geboren, aankomst) >= 18) {
            f.add(new InvalidParam("amv", "een AMV is bij aankomst jonger dan 18"));
        }
        LocalDate pv = datum(v.participatieverklaring(), "participatieverklaring", false, vandaag, f);
        if (v.inburgeringsroute() == null) {
            f.add(new InvalidParam("inburgeringsroute", "verplicht: kies een route"));
        }
        if (v.school() == null) {
            f.add(new InvalidParam("school", "verplicht: kies een school (of geen school)"));
        }
        String taal = v.taalniveau() == null || v.taalniveau().isBlank() ? null : v.taalniveau().strip();
        if (taal != null && !TAALNIVEAUS.contains(taal)) {
            f.add(new InvalidParam("taalniveau", "een van A0, A1, A2, B1, B2, C1, C2"));
        }
        LocalDate intake = datum(v.intakeWerkInkomen(), "intakeWerkInkomen", false, vandaag, f);
        LocalDate uit = datum(v.uitCaseload(), "uitCaseload", false, vandaag, f);
        if (uit != null && aankomst != null && uit.isBefore(aankomst)) {
            f.add(new InvalidParam("uitCaseload", "niet vóór de aankomstdatum"));
        }
        Long casemanager = null;
        String cm = v.casemanager() == null || v.casemanager().isBlank() ? null : v.casemanager().strip();
        if (z == Zicht.EIGEN) {
            if (cm != null && !cm.equals(g.getUsername())) {
                f.add(new InvalidParam("casemanager", "een casemanager legt alleen eigen statushouders vast; de "
                        + "programmamanager wijst toe"));
            }
            casemanager = g.id();
        } else if (cm != null) {
            if (cm.length() > NAAM) {
                f.add(new InvalidParam("casemanager", "ten hoogste " + NAAM + " tekens"));
            } else {
                casemanager = gebruikers.idInGemeente(cm, Rol.CASEMANAGER_INTEGRATIE, gemeente).orElse(null);
                if (casemanager == null) {
                    f.add(new InvalidParam("casemanager", "geen actieve casemanager integratie van deze gemeente"));
                }
            }
        }
        if (!f.isEmpty()) {
            return null;
        }
        return new Statushouder(id, gemeente, naam, huishouden, geboren, aankomst, amv, pv, v.inburgeringsroute(),
                taal, Boolean.TRUE.equals(v.spoorOpleiding()), Boolean.TRUE.equals(v.spoorWerk()),
                Boolean.TRUE.equals(v.spoorParticipatie()), v.school(), intake, Boolean.TRUE.equals(v.noaAssessment()),
                casemanager, uit, toelichting, null, versie);
    }

    /** The names of the fields that differ (all set fields for a new one); values stay out of the audit trail. */
    private static List<String> velden(Statushouder oud, Statushouder nieuw) {
        Map<String, Object> a = oud == null ? Map.of() : waarden(oud);
        List<String> l = new ArrayList<>();
        waarden(nieuw).forEach((k, val) -> {
            if (!Objects.equals(a.get(k), val) && (oud != null || val != null)) {
                l.add(k);
            }
        });
        return l;
    }

    private static Map<String, Object> waarden(Statushouder s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", s.naam());
        m.put("huishouden", s.huishouden());
        m.put("geboortedatum", s.geboortedatum());
        m.put("aankomstdatum", s.aankomstdatum());
        m.put("amv", s.amv());
        m.put("participatieverklaring", s.participatieverklaring());
        m.put("inburgeringsroute", s.inburgeringsroute());
        m.put("taalniveau", s.taalniveau());
        m.put("spoorOpleiding", s.spoorOpleiding());
        m.put("spoorWerk", s.spoorWerk());
        m.put("spoorParticipatie", s.spoorParticipatie());
        m.put("school", s.school());
        m.put("intakeWerkInkomen", s.intakeWerkInkomen());
        m.put("noaAssessment", s.noaAssessment());
        m.put("casemanager", s.casemanager());
        m.put("uitCaseload", s.uitCaseload());
        m.put("toelichting", s.toelichting());
        return m;
    }

    // --- retention

    /**
     * Anonymises the statushouders who left the caseload longer than the retention term before {@code vandaag}; one
     * audit entry per municipality lists them. Idempotent; the number anonymised.
     */
    @Transactional
    public int anonimiseer(LocalDate vandaag, String client) {
        Map<String, List<Long>> perGemeente = new LinkedHashMap<>();
        for (Statushouder s : opslag.teAnonimiseren(vandaag.minusMonths(bewaarMaanden))) {
            if (opslag.anonimiseer(s.id(), vandaag)) {
                perGemeente.computeIfAbsent(s.gemeente(), k -> new ArrayList<>()).add(s.id());
            }
        }
        perGemeente.forEach((gemeente, ids) -> {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("bewaartermijnMaanden", bewaarMaanden);
            w.put("aantal", ids.size());
            gebeurtenissen.publishEvent(new CaseloadGebeurtenis.Geanonimiseerd(gemeente, ids, w,
                    new Actor("systeem", client)));
        });
        return perGemeente.values().stream().mapToInt(List::size).sum();
    }

    // --- taakstelling and realisation

    /** A half-year of toezicht's records: the taakstelling, what was housed, and the backlog carried on. */
    public record Halfjaar(String periode, String omschrijving, long taakstelling, long additioneleOpgave,
            Long gehuisvest, long achterstand) {
    }

    /**
     * The municipality's taakstelling and realisation: the half-years of toezicht's records, the first year they
     * cover, the stated yearly figures of the years before, and their check.
     */
    public record Taakstelling(String gemeente, Integer eersteJaarToezicht, List<Halfjaar> halfjaren,
            List<Jaarcijfer> jaarcijfers, Jaarcijfercontrole.Controle controle) {
    }

    /**
     * Reads the half-years from toezicht's stored figures: the taakstelling (and additional task) per half-year, the
     * number housed as COA's final figure or else its latest standing, and the backlog as the opening balance of the
     * records plus each half-year's task minus what was housed (a running count; toezicht's judgment of a period
     * stays in its own history).
     */
    @Transactional(readOnly = true)
    public Taakstelling taakstelling(Gebruiker g, String gemeente) {
        vereisRegie(g, gemeente);
        GemeenteCijfers c = cijfers.lees(List.of(gemeente)).get(gemeente);
        List<Halfjaar> halfjaren = new ArrayList<>();
        Integer eerste = eersteJaar(c);
        if (c != null) {
            long achterstand = c.beginstand() == null ? 0 : c.beginstand().saldoIn();
            List<Periode> perioden = c.taakstellingen().keySet().stream().sorted(Comparator.naturalOrder()).toList();
            for (Periode p : perioden) {
                GemeenteCijfers.Taakstelling t = c.taakstellingen().get(p);
                long extra = t.additioneleOpgave() == null ? 0 : t.additioneleOpgave();
                Long gehuisvest = c.definitief().get(p);
                if (gehuisvest == null) {
                    List<GemeenteCijfers.CoaStand> standen = c.coaStanden().getOrDefault(p, List.of());
                    gehuisvest = standen.isEmpty() ? null : standen.get(standen.size() - 1).gehuisvest();
                }
                achterstand += t.taakstelling() + extra - (gehuisvest == null ? 0 : gehuisvest);
                halfjaren.add(new Halfjaar(p.toString(), p.omschrijving(), t.taakstelling(), extra, gehuisvest,
                        achterstand));
            }
        }
        List<Jaarcijfer> jaarcijfers = opslag.jaarcijfers(gemeente);
        return new Taakstelling(gemeente, eerste, halfjaren, jaarcijfers, Jaarcijfercontrole.controleer(jaarcijfers));
    }

    private static Integer eersteJaar(GemeenteCijfers c) {
        if (c == null) {
            return null;
        }
        Integer eerste = c.beginstand() == null ? null : c.beginstand().periode().jaar();
        for (Periode p : c.taakstellingen().keySet()) {
            eerste = eerste == null ? p.jaar() : Math.min(eerste, p.jaar());
        }
        return eerste;
    }

    /**
     * Enters a yearly figure as its source states it, for a year before toezicht's records begin (400 otherwise);
     * answers the taakstelling with the check, so that a contradiction shows the moment it is entered.
     */
    @Transactional
    public Taakstelling voegJaarcijferToe(Gebruiker g, String gemeente, Jaarcijfer c, String client) {
        vereisRegie(g, gemeente);
        List<InvalidParam> f = new ArrayList<>();
        if (c == null) {
            throw ApiException.invalid("Het jaarcijfer ontbreekt.", List.of(new InvalidParam("jaar", "verplicht")));
        }
        Integer eerste = eersteJaar(cijfers.lees(List.of(gemeente)).get(gemeente));
        if (c.jaar() < 2000 || c.jaar() > 2100) {
            f.add(new InvalidParam("jaar", "tussen 2000 en 2100"));
        } else if (eerste != null && c.jaar() >= eerste) {
            f.add(new InvalidParam("jaar", "de toezichtgegevens beginnen in " + eerste + "; vanaf dan gelden hun "
                    + "halfjaren, een jaarcijfer alleen voor de jaren ervoor"));
        }
        if (c.grootheid() == null) {
            f.add(new InvalidParam("grootheid", "verplicht: TAAKSTELLING of GEHUISVEST"));
        }
        if (c.deel() == null) {
            f.add(new InvalidParam("deel", "verplicht: JAAR, EERSTE_HALFJAAR, TWEEDE_HALFJAAR of ACHTERSTAND"));
        } else if (c.deel() == Jaarcijfer.Deel.ACHTERSTAND && c.grootheid() == Jaarcijfer.Grootheid.GEHUISVEST) {
            f.add(new InvalidParam("deel", "een achterstand hoort bij de taakstelling"));
        }
        if (c.waarde() < 0 || c.waarde() > 100_000) {
            f.add(new InvalidParam("waarde", "tussen 0 en 100.000"));
        }
        String bron = tekst(c.bron(), "bron", BRON, true, f);
        String toelichting = tekst(c.toelichting(), "toelichting", TEKST, false, f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het jaarcijfer kan zo niet worden vastgelegd.", f);
        }
        Jaarcijfer schoon = new Jaarcijfer(0, c.jaar(), c.grootheid(), c.deel(), c.waarde(), bron, toelichting);
        long id = opslag.voegJaarcijferToe(gemeente, schoon, g.actor());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("jaar", c.jaar());
        w.put("grootheid", c.grootheid().name());
        w.put("deel", c.deel().name());
        w.put("waarde", c.waarde());
        w.put("bron", bron);
        gebeurtenissen.publishEvent(new CaseloadGebeurtenis.JaarcijferVastgelegd(id, gemeente, w,
                new Actor(g.actor(), client)));
        return taakstelling(g, gemeente);
    }

    // --- helpers

    private static String tekst(String waarde, String veld, int max, boolean verplicht, List<InvalidParam> f) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht"));
            }
            return null;
        }
        if (waarde.length() > max) {
            f.add(new InvalidParam(veld, "ten hoogste " + max + " tekens"));
            return null;
        }
        return waarde.strip();
    }

    private static LocalDate datum(LocalDate d, String veld, boolean verplicht, LocalDate vandaag,
            List<InvalidParam> f) {
        if (d == null) {
            if (verplicht) {
                f.add(new InvalidParam(veld, "verplicht: een datum als JJJJ-MM-DD"));
            }
            return null;
        }
        if (d.isAfter(vandaag)) {
            f.add(new InvalidParam(veld, "niet in de toekomst"));
        }
        return d;
    }

    private static Integer versie(String tekst, List<InvalidParam> f) {
        String t = tekst == null ? null : tekst.strip().replace("\"", "").replace("W/", "");
        if (t == null || !t.matches("\\d{1,6}") || Integer.parseInt(t) < 1) {
            f.add(new InvalidParam("If-Match", "verplicht: de versie die u wijzigt (de ETag van de statushouder)"));
            return null;
        }
        return Integer.parseInt(t);
    }

    private static ApiException geenToegang(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", detail, null);
    }

    private static ApiException nietGevonden(long id) {
        return ApiException.notFound("Statushouder " + id + " bestaat niet of u mag hem niet lezen.");
    }
}
