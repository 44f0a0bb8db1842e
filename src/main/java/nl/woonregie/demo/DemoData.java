package nl.woonregie.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.NieuweGebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.toezicht.cijfers.CijferImport;
import nl.woonregie.toezicht.cijfers.Huurcontracten;
import nl.woonregie.toezicht.cijfers.ImportSoort;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --woonregie.demo}: a coherent demo of Zuid-Holland, loaded once into an empty database. What in it is real
 * and what is generated is listed in the README ("Start the app", demo data); in short:
 *
 * <ul>
 *   <li>Real: the municipalities, their boundaries, herindelingen and population (CBS, see
 *       {@code referentiedata/PROVENANCE.md}); and the figures of 's-Gravenhage from the province's letters, the
 *       worked example of toezicht.md §4 ({@link DenHaag}): taakstellingen 2020-II to 2021-II, the saldo carried into
 *       2020-II, COA's housed at 30 September and 31 December 2020 and at 31 March, 30 June and 30 September 2021,
 *       the koppelingen at 30 September 2020 and 2021, one omkoppeling in 2020-II, one lease in 2020-II, and the
 *       supervisor's judgment that the koppelingen of 1 April 2021 were insufficient. So 's-Gravenhage's judgments
 *       follow its real letters up to 1 October 2021.</li>
 *   <li>Generated (seeded, the same at every load): everything else — the national taakstellingen in
 *       {@link #LANDELIJK} (rounded demo assumptions) and every municipality's share of them by population (so also
 *       's-Gravenhage's taakstellingen from 2022-I on), every other COA standing (the other koppelingen of
 *       's-Gravenhage included), the other municipalities' saldi, omkoppelingen and stapelgemeente months, the
 *       decisions of Gedeputeerde Staten, and so every province total. The imports say which is which in their
 *       reason (and so does every figure's version in {@code GET /api/v1/gemeenten/{code}/cijfers}).</li>
 *   <li>Voorne aan Zee starts in 2023-I with the saldo and the highest step of Brielle, Hellevoetsluis and
 *       Westvoorne.</li>
 *   <li>Rounds for every peildatum from 1 October 2020; all vastgesteld except the last, which is left in CONCEPT for
 *       the visitor to finish. Steps 4–6 proposals get a recorded decision in some cases. Each round is vastgesteld
 *       as of its historical date ({@link #vastgesteldOp}), and so gets its letters, with kenmerken in the order of
 *       vaststelling and dated that day.</li>
 *   <li>Supply plans ({@link AanbodDemo}): 's-Gravenhage's 2022-II sources from its memo of 26 September 2022 (real
 *       figures, with the dates and paces the memo does not give chosen by the demo) and its statement beside the
 *       forecast; made-up plans for Rotterdam, Leiden, Zoetermeer and Delft in 2023-I.</li>
 *   <li>'s-Gravenhage's Doorbraakplan ({@link DoorbraakplanDemo}): the groslijst of 42 leads (24 dropped at the first
 *       filter), the second tranche designated on 22 March 2022 with Leeghwaterplein (which so enters the supply), the
 *       tasks to inform the submitters and the support plans with their cover; only Leeghwaterplein's name and the
 *       memos' counts, dates and amounts are real, the other locations and all submitters are fictitious.</li>
 *   <li>Demo accounts (printed at start), created only in demo mode.</li>
 * </ul>
 */
@Component
@Conditional(DemoModus.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PROVINCIE = "PV28";
    static final String DEN_HAAG = "GM0518";
    static final String ACTOR = "demo";

    /** National taakstelling per period (demo assumptions, rounded; 2022-II plus the ambition of 20,000). */
    static final Map<String, long[]> LANDELIJK = new LinkedHashMap<>();

    static {
        LANDELIJK.put("2020-II", new long[] {6_150, 0});
        LANDELIJK.put("2021-I", new long[] {13_050, 0});
        LANDELIJK.put("2021-II", new long[] {10_600, 0});
        LANDELIJK.put("2022-I", new long[] {13_000, 0});
        LANDELIJK.put("2022-II", new long[] {13_500, 6_500});
        LANDELIJK.put("2023-I", new long[] {19_000, 0});
    }

    private final TransactionTemplate tx;
    private final GebiedService gebied;
    private final RondeService rondes;
    private final CijferImport cijfers;
    private final Huurcontracten huurcontracten;
    private final Gebruikers gebruikers;
    private final AuditTrail audittrail;
    private final ApplicationEventPublisher gebeurtenissen;
    private final AanbodDemo aanbod;
    private final nl.woonregie.doorbraakplan.Afdelingen afdelingen;
    private final ProgrammaDemo programma;
    private final DoorbraakplanDemo doorbraakplan;
    private final ProjectleiderDemo projectleider;
    private final CaseloadDemo caseload;
    private final ContactenDemo contacten;
    private final LadderDemo ladder;
    private final DemoVerzending verzending;
    private final nl.woonregie.platform.achtergrond.Achtergrondtaken taken;
    private final String demoWachtwoord;

    DemoData(TransactionTemplate tx, GebiedService gebied, RondeService rondes, CijferImport cijfers,
            Huurcontracten huurcontracten, Gebruikers gebruikers, AuditTrail audittrail,
            ApplicationEventPublisher gebeurtenissen, AanbodDemo aanbod, ProgrammaDemo programma,
            CaseloadDemo caseload, ContactenDemo contacten, LadderDemo ladder,
            nl.woonregie.doorbraakplan.Afdelingen afdelingen, DoorbraakplanDemo doorbraakplan,
            ProjectleiderDemo projectleider, DemoVerzending verzending,
            nl.woonregie.platform.achtergrond.Achtergrondtaken taken,
            @Value("${WOONREGIE_DEMO_PASSWORD:demo-woonregie-2026}") String demoWachtwoord) {
        this.tx = tx;
        this.contacten = contacten;
        this.verzending = verzending;
        this.ladder = ladder;
        this.taken = taken;
        this.gebied = gebied;
        this.rondes = rondes;
        this.cijfers = cijfers;
        this.huurcontracten = huurcontracten;
        this.gebruikers = gebruikers;
        this.audittrail = audittrail;
        this.gebeurtenissen = gebeurtenissen;
        this.aanbod = aanbod;
        this.afdelingen = afdelingen;
        this.programma = programma;
        this.doorbraakplan = doorbraakplan;
        this.projectleider = projectleider;
        this.caseload = caseload;
        this.demoWachtwoord = demoWachtwoord;
    }

    record Account(String gebruikersnaam, Rol rol, String provincie, String gemeente, String omschrijving) {
    }

    /** The demo's DIENST: OCW of 's-Gravenhage (its scope names a department, so it is made apart from the others). */
    static final String DIENST_ACCOUNT = "dienst-denhaag";

    static final List<Account> ACCOUNTS = List.of(
            new Account("toezicht-zh", Rol.TOEZICHTHOUDER, PROVINCIE, null, "toezichthouder provincie Zuid-Holland"),
            new Account("toezicht-nh", Rol.TOEZICHTHOUDER, "PV27", null, "toezichthouder provincie Noord-Holland"),
            new Account("gemeente-denhaag", Rol.GEMEENTE, null, DEN_HAAG, "beleidsmedewerker 's-Gravenhage"),
            new Account("gemeente-rotterdam", Rol.GEMEENTE, null, "GM0599", "beleidsmedewerker Rotterdam"),
            new Account("coa", Rol.COA, null, null, "COA, levert de realisatiecijfers"),
            new Account("rijk", Rol.RIJK, null, null, "Rijk: het landelijke overzicht en de verdeling"),
            new Account("beleid-zh", Rol.BELEIDSMEDEWERKER, PROVINCIE, null,
                    "beleidsmedewerker provincie Zuid-Holland (nog zonder eigen pagina's)"),
            new Account("programma-denhaag", Rol.PROGRAMMATEAM, null, DEN_HAAG,
                    "programmateam 's-Gravenhage: doorbraakplan, de ondersteuning doorrekenen"),
            new Account("bestuur-denhaag", Rol.BESTUUR, null, DEN_HAAG,
                    "bestuur 's-Gravenhage, alleen lezen; de ondersteuning doorrekenen"));

    @Override
    public void run(ApplicationArguments args) {
        boolean geladen = audittrail.zoek(new AuditTrail.Filter(null, DemoGeladen.ACTIE, null, null, null, null), 1, 1)
                .totaal() > 0;
        if (!geladen) {
            long start = System.nanoTime();
            tx.executeWithoutResult(s -> laad());
            log.info("Demo data for Zuid-Holland loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        StringBuilder sb = new StringBuilder("\n==========================================================================\n"
                + " Woonregie DEMO — accounts (wachtwoord voor allemaal: " + demoWachtwoord + ")\n");
        ACCOUNTS.forEach(a -> sb.append(String.format("   %-20s %s%n", a.gebruikersnaam(), a.omschrijving())));
        sb.append(String.format("   %-20s %s%n", DIENST_ACCOUNT, "dienst OCW van 's-Gravenhage: de eigen regels van "
                + "de ondersteuningsplannen"));
        sb.append(String.format("   %-20s %s%n", ProjectleiderDemo.ACCOUNT, ProjectleiderDemo.OMSCHRIJVING));
        ProgrammaDemo.ACCOUNTS.forEach(a -> sb.append(String.format("   %-20s %s%n", a[0], a[1])));
        CaseloadDemo.ACCOUNTS.forEach(a -> sb.append(String.format("   %-20s %s%n", a[0], a[1])));
        sb.append("   beheerder            beheerder (geen demo-account: WOONREGIE_ADMIN_PASSWORD of het wachtwoord\n"
                + "                        dat bij de eerste start eenmalig is getoond)\n");
        sb.append(" De cijfers zijn gegenereerd, behalve die van 's-Gravenhage tot en met 30 september 2021\n"
                + " (uit de toezichtbrieven); zie de README, 'What is real in the demo'.\n"
                + " Gebruik deze accounts alleen voor de demo.\n"
                + "==========================================================================\n");
        System.out.println(sb);
    }

    private void laad() {
        Gebruiker demo = Gebruiker.met(0, ACTOR, Toewijzing.zonderScope(Rol.BEHEERDER));
        for (Account a : ACCOUNTS) {
            gebruikers.maak(new NieuweGebruiker(a.gebruikersnaam(), demoWachtwoord, a.rol(), a.provincie(),
                    a.gemeente()), demo, "demo");
        }
        // Den Haag's departments of the doorbraakplan memos, and a DIENST of one of them (OCW)
        for (String[] a : new String[][] {{"SZW", "Sociale Zaken en Werkgelegenheid"},
                {"OCW", "Onderwijs, Cultuur en Welzijn"}, {"DSO", "Stedelijke Ontwikkeling"}, {"DPZ", "Publiekszaken"}}) {
            afdelingen.vastleggen(demo, DEN_HAAG, a[0], a[1], "Demo: de diensten van de memo's", "demo");
        }
        gebruikers.maak(new NieuweGebruiker(DIENST_ACCOUNT, demoWachtwoord, Rol.DIENST, null, DEN_HAAG, null, null,
                "OCW", null, null), demo, "demo");
        Random random = new Random(20201001L);
        Map<String, Long> saldo = new HashMap<>();
        Map<String, Double> prestatie = new HashMap<>();
        List<Object[]> taak = new ArrayList<>();
        List<Object[]> taakEcht = new ArrayList<>();
        List<Object[]> coa = new ArrayList<>();
        List<Object[]> coaEcht = new ArrayList<>();
        List<Object[]> begin = new ArrayList<>();
        Periode eerste = Periode.of("2020-II");
        for (var entry : LANDELIJK.entrySet()) {
            Periode p = Periode.of(entry.getKey());
            LocalDate indeling = p.eersteDag().isBefore(GebiedService.INDELING_BEKEND_VANAF)
                    ? GebiedService.INDELING_BEKEND_VANAF : p.eersteDag();
            List<Gemeente> gemeenten = gebied.gemeentenVanProvincie(PROVINCIE, indeling);
            int jaar = Math.max(2022, p.jaar());
            Map<String, Long> inwoners = new HashMap<>();
            long nederland = 0;
            for (Gemeente g : gebied.gemeentenOp(LocalDate.of(jaar, 1, 1))) {
                long n = gebied.bevolkingOp(g.code(), LocalDate.of(jaar, 1, 1)).map(b -> (long) b.inwoners()).orElse(0L);
                inwoners.put(g.code(), n);
                nederland += n;
            }
            for (Gemeente g : gemeenten) {
                String code = g.code();
                long taakstelling = Math.round((double) entry.getValue()[0] * inwoners.getOrDefault(code, 0L) / nederland);
                long additioneel = Math.round((double) entry.getValue()[1] * inwoners.getOrDefault(code, 0L) / nederland);
                if (code.equals(DEN_HAAG) && DenHaag.TAAKSTELLING.containsKey(p.code())) {
                    taakstelling = DenHaag.TAAKSTELLING.get(p.code());
                }
                if (!saldo.containsKey(code)) {
                    long s = code.equals(DEN_HAAG) ? 2 : random.nextInt(21) - 5;
                    if (p.equals(eerste)) {
                        begin.add(new Object[] {code, p.code(), s, "0"});
                    } else {
                        // a municipality that came into being by a herindeling: the saldi of its predecessors
                        s = saldo.entrySet().stream().filter(e -> opgegaanIn(e.getKey(), code))
                                .mapToLong(Map.Entry::getValue).sum();
                        begin.add(new Object[] {code, p.code(), s, "VOORGANGERS"});
                    }
                    saldo.put(code, s);
                    prestatie.put(code, 0.55 + random.nextDouble() * 0.6);
                }
                boolean echteTaakstelling = code.equals(DEN_HAAG) && DenHaag.TAAKSTELLING.containsKey(p.code());
                (echteTaakstelling ? taakEcht : taak).add(new Object[] {code, p.code(), taakstelling,
                    entry.getValue()[1] == 0 ? null : additioneel});
                long opgave = taakstelling + saldo.get(code);
                long eind = code.equals(DEN_HAAG) && DenHaag.EINDE.containsKey(p.code()) ? DenHaag.EINDE.get(p.code())
                        : Math.max(0, Math.round(opgave * prestatie.get(code) * (0.85 + random.nextDouble() * 0.3)));
                boolean stapel = random.nextInt(25) == 0;
                long gehuisvest = 0;
                for (int m = 1; m <= 6; m++) {
                    LocalDate datum = p.eersteDag().plusMonths(m).minusDays(1);
                    long doel = Math.round(eind * m / 6.0 * (m == 6 ? 1 : 0.8 + random.nextDouble() * 0.3));
                    gehuisvest = Math.max(gehuisvest, Math.min(doel, eind));
                    if (m == 6) {
                        gehuisvest = eind;
                    }
                    long koppelingen = Math.max(0, Math.round((opgave - gehuisvest) * (0.5 + random.nextDouble() * 0.9)));
                    long omk = random.nextInt(8) == 0 ? 1 + random.nextInt(2) : 0;
                    long[] echt = null;
                    if (code.equals(DEN_HAAG) && DenHaag.TAAKSTELLING.containsKey(p.code())) {
                        echt = DenHaag.stand(p.code(), m);
                        if (echt == null && m < 4) {
                            continue; // only the real standings where the letters give them
                        }
                        if (echt != null) {
                            gehuisvest = echt[0];
                            koppelingen = echt[1];
                            omk = echt[2];
                        }
                    }
                    (echt != null ? coaEcht : coa).add(new Object[] {code, p.code(), datum, gehuisvest, koppelingen,
                        m == 6 ? omk : 0, stapel && m >= 3});
                }
                saldo.put(code, opgave - eind);
            }
        }
        // the figures go in as a province would put them in: imports of the same files, all checks included; the
        // real figures of 's-Gravenhage in imports of their own, so that every figure's reason says what it is
        cijfers.importeerCsv(ImportSoort.TAAKSTELLING, csv("gemeente;periode;taakstelling;additioneleOpgave", taak),
                "demo-taakstellingen.csv", "demo, gegenereerd: aandeel in de bevolking van aangenomen landelijke "
                        + "aantallen", demo, "demo");
        cijfers.importeerCsv(ImportSoort.TAAKSTELLING, csv("gemeente;periode;taakstelling;additioneleOpgave",
                taakEcht), "demo-taakstellingen-s-gravenhage.csv", "echt: de taakstellingen van 's-Gravenhage uit de "
                        + "toezichtbrieven van de provincie Zuid-Holland (uitgewerkt voorbeeld)", demo, "demo");
        cijfers.importeerCsv(ImportSoort.COA_STAND,
                csv("gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente", coa),
                "demo-coa-standen.csv", "demo, gegenereerd: standen van COA", demo, "demo");
        cijfers.importeerCsv(ImportSoort.COA_STAND,
                csv("gemeente;periode;datum;gehuisvest;koppelingen;omkoppelingen;stapelgemeente", coaEcht),
                "demo-coa-standen-s-gravenhage.csv", "echt: gehuisvest van 's-Gravenhage uit de toezichtbrieven van de "
                        + "provincie Zuid-Holland, en de koppelingen op 30 september 2020 en 2021 en de omkoppeling "
                        + "van 2020-II; de koppelingen op de andere data zijn gegenereerd", demo, "demo");
        // the predecessors' highest step is only known after the rounds: their successor's beginstand waits
        List<Object[]> uitgesteld = begin.stream().filter(b -> "VOORGANGERS".equals(b[3])).toList();
        cijfers.importeerCsv(ImportSoort.BEGINSTAND, csv("gemeente;periode;saldoIn;trede",
                begin.stream().filter(b -> !"VOORGANGERS".equals(b[3])).toList()), "demo-beginstanden.csv",
                "demo: beginstand 2020-II, gegenereerd; 's-Gravenhage: saldo 2 uit de toezichtbrieven (echt), "
                        + "trede 0 aangenomen", demo, "demo");
        huurcontracten.legHistorischVast(DEN_HAAG, Periode.of("2020-II"), List.of(new Huurcontracten.Contract(
                LocalDate.of(2020, 12, 21), 1, "DH-2020-12-01")), demo, "demo");

        LocalDate laatste = Periode.of("2023-I").peildatumEindoordeel();
        Map<LocalDate, Long> rondeVan = new HashMap<>();
        for (LocalDate peildatum = eerste.peildatumTussentijds(); !peildatum.isAfter(laatste);
                peildatum = peildatum.plusMonths(3)) {
            if (peildatum.equals(LocalDate.of(2023, 4, 1))) {
                List<Ronde.GemeenteUitkomst> januari = rondes.lees(rondeVan.get(LocalDate.of(2023, 1, 1)), g -> true)
                        .gemeenten();
                List<Object[]> voorgangers = new ArrayList<>();
                for (Object[] b : uitgesteld) {
                    String opvolger = (String) b[0];
                    String trede = januari.stream().filter(g -> opgegaanIn(g.gemeente(), opvolger))
                            .map(Ronde.GemeenteUitkomst::tredeNa).filter(java.util.Objects::nonNull)
                            .max(String::compareTo).orElse("0");
                    voorgangers.add(new Object[] {b[0], b[1], b[2], trede});
                }
                cijfers.importeerCsv(ImportSoort.BEGINSTAND, csv("gemeente;periode;saldoIn;trede", voorgangers),
                        "demo-beginstanden-herindeling.csv", "herindeling: saldo en hoogste trede van de voorgangers",
                        demo, "demo");
            }
            long id = rondes.maak(PROVINCIE, peildatum, null, demo, "demo");
            rondeVan.put(peildatum, id);
            Ronde ronde = rondes.lees(id, g -> true);
            if (peildatum.equals(LocalDate.of(2021, 4, 1))) {
                rondes.beslis(id, DEN_HAAG, RondeService.Soort.KOPPELINGEN_OORDEEL, "false",
                        "Volgens de opgave van COA waren de koppelingen per 1 april 2021 onvoldoende.", null, demo,
                        "demo");
            }
            for (Ronde.GemeenteUitkomst g : ronde.gemeenten()) {
                if (g.besluitVereist() && random.nextBoolean()) {
                    rondes.beslis(id, g.gemeente(), RondeService.Soort.BESLUIT,
                            g.beoordeling().voorgesteldeTrede().code(),
                            "Gedeputeerde Staten besluiten tot de volgende stap: de achterstand loopt op en de "
                                    + "afspraken uit het plan van aanpak zijn niet nagekomen.", null, demo, "demo");
                }
            }
            if (peildatum.isBefore(laatste)) {
                try {
                    rondes.stelHistorischVast(id, vastgesteldOp(peildatum), demo, "demo", null);
                } catch (nl.woonregie.platform.web.ApiException e) {
                    throw new IllegalStateException("Demo round " + peildatum + " fails the consistency check: "
                            + e.bevindingen(), e);
                }
            }
        }
        aanbod.laad(demo);
        projectleider.maak(demo, demoWachtwoord, doorbraakplan.laad(demo));
        programma.laad(demo, demoWachtwoord);
        caseload.laad(demo, demoWachtwoord);
        contacten.laad(demo);
        // step 4 of the ladder (issue 19 §3): a vooraankondiging decided, not yet sent nor published
        ladder.laad(rondeVan.entrySet().stream().filter(e -> e.getKey().isBefore(laatste))
                .sorted(Map.Entry.<LocalDate, Long>comparingByKey().reversed()).map(Map.Entry::getValue).toList());
        // one round is sent to the demo's contacts (issue 19 §9), once its letters exist: after this load commits
        long verzonden = rondeVan.get(DemoVerzending.PEILDATUM);
        taken.plan(verzending, "ronde-" + verzonden, "Demo: de brieven van de ronde per 1 april 2023 verzenden",
                new DemoVerzending.Verzenden(verzonden, rondes.lees(verzonden, g -> true).versie()), ACTOR);
        gebeurtenissen.publishEvent(new DemoGeladen(PROVINCIE, taak.size() + taakEcht.size(),
                coa.size() + coaEcht.size()));
    }

    /**
     * When the province made the round of this peildatum final, and so the date of its letters: the first Tuesday at
     * least six weeks after the peildatum, at 10:00 — the letters went out some weeks after each peildatum, once
     * COA's figures were in (the sources give no exact dates of the real letters, so this is the demo's rule).
     */
    static OffsetDateTime vastgesteldOp(LocalDate peildatum) {
        LocalDate dag = peildatum.plusWeeks(6).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        return dag.atTime(10, 0).atZone(GebiedService.TIJDZONE).toOffsetDateTime();
    }

    /** A CSV text (UTF-8, ;) of these rows under this header; null becomes an empty cell. */
    private static String csv(String kop, List<Object[]> rijen) {
        StringBuilder sb = new StringBuilder(kop).append('\n');
        for (Object[] r : rijen) {
            for (int i = 0; i < r.length; i++) {
                sb.append(i == 0 ? "" : ";").append(r[i] == null ? "" : r[i]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private boolean opgegaanIn(String code, String opvolger) {
        return gebied.gemeente(code).map(g -> opvolger.equals(g.opgegaanIn())).orElse(false);
    }
}
