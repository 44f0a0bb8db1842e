package nl.woonregie.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.aanbod.Aanbodbron;
import nl.woonregie.aanbod.Aanbodbronnen;
import nl.woonregie.aanbod.Bronverzoek;
import nl.woonregie.doorbraakplan.Bijeenkomstverzoek;
import nl.woonregie.doorbraakplan.Communicatieplannen;
import nl.woonregie.doorbraakplan.Communicatieverzoek;
import nl.woonregie.doorbraakplan.Informeertaak;
import nl.woonregie.doorbraakplan.Lead;
import nl.woonregie.doorbraakplan.Leads;
import nl.woonregie.doorbraakplan.Leadverzoek;
import nl.woonregie.doorbraakplan.Mijlpaal;
import nl.woonregie.doorbraakplan.Mijlpaalverzoek;
import nl.woonregie.doorbraakplan.Planning;
import nl.woonregie.doorbraakplan.Scoreverzoek;
import nl.woonregie.doorbraakplan.Stapverzoek;
import nl.woonregie.doorbraakplan.Steunplannen;
import nl.woonregie.doorbraakplan.Tranche;
import nl.woonregie.doorbraakplan.Uitgangspunten;
import nl.woonregie.doorbraakplan.Uitgangspuntenverzoek;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's Doorbraakplan of 's-Gravenhage (issue 17 §8), as far as the memos of seed 000 show it, stored through
 * {@code doorbraakplan}'s services as the programme team would enter it (what is real and what is reconstructed: the
 * README and {@code docs/doorbraakplan.md}, "The demo").
 *
 * <ul>
 *   <li><b>The groslijst</b> (000:L157-164): 42 leads, submitted at the meeting with the bewonersorganisaties of
 *       13 October 2021 and in other ways; <b>24 drop at the first filter</b>, availability ("eerste zeef",
 *       {@code NIET_BESCHIKBAAR}); 18 go on to the analysis. Only Leeghwaterplein's name is public: the others are
 *       "Locatie … (fictief)", their submitters and contacts made up.</li>
 *   <li><b>The second tranche</b> (000:L274-275, 323, 901-903): 9 locations put to wethouder Balster on 25 January
 *       2022, 3 dropped there, 6 go on to a feasibility study; the memo of 28 January says "7 remained" (9 − 3 = 6), and
 *       the college designated 7 on 22 March 2022. The funnel cannot write that down: here a tenth location
 *       ("Locatie F (fictief)", its owner's answer came late) joins the tranche on 27 January, so that 7 remain from
 *       then on and 7 are designated — a reconstruction, said so in the docs. Oranje or groen per location and the
 *       references are the demo's own (the source gives neither per location).</li>
 *   <li><b>Leeghwaterplein</b> is one of the 7: its designation adds it to the supply ({@code aanbod}), and the
 *       municipality then enters the facts of its memo of 26 September 2022 as that project's second version (the
 *       project the supply demo used to add itself, so that the supply has it once).</li>
 *   <li><b>Tasks</b> to inform submitters: done, with when and how, except two that are overdue and one decided a few
 *       days before the demo was loaded (so still open within its term; dated from the application's clock, like the
 *       Verhuisbox demo's dates).</li>
 *   <li><b>Support plans</b> (000:L753-757, 787-842): Leeghwaterplein's (woonbegeleiding for 40 onzelfstandig
 *       Q4 2022 – Q4 2027 by OCW, doorstroombegeleiding for 40 in 2027-Q3 by DSO, cover 2022 "Retraiteclaim 2022"
 *       € 44.400) and the plan for all locations (locatiemanagement € 60.000 a year 2023–2027 by DPZ: the memo's amount
 *       is redacted, this is the example) — the overview gives € 1.312.400, of which € 237.600 uncovered in
 *       each of 2023–2026.</li>
 * </ul>
 */
@Component
@org.springframework.context.annotation.Conditional(DemoModus.class)
class DoorbraakplanDemo {

    static final String GEMEENTE = DemoData.DEN_HAAG;
    static final String LEEGHWATERPLEIN = "Leeghwaterplein";
    static final String TRANCHE = "Tweede tranche";
    static final LocalDate BIJEENKOMST = LocalDate.of(2021, 10, 13);
    static final LocalDate BESCHIKBAARHEID_GEVRAAGD = LocalDate.of(2021, 12, 13);
    static final LocalDate BESCHIKBAAR = LocalDate.of(2022, 1, 12);
    static final LocalDate WETHOUDER = LocalDate.of(2022, 1, 25);
    static final LocalDate LATER_TOEGEVOEGD = LocalDate.of(2022, 1, 27);
    static final LocalDate NAAR_COLLEGE = LocalDate.of(2022, 2, 8);
    static final LocalDate COLLEGE = LocalDate.of(2022, 3, 22);
    static final LocalDate BRIEVEN = LocalDate.of(2022, 3, 29);
    static final LocalDate DERDE_TRANCHE_ONDERZOEK = LocalDate.of(2022, 6, 14);
    /** Days before the load date on which the wethouders started the study of "Locatie K (fictief)". */
    static final int RECENT_DAGEN = 3;
    static final String COLLEGEKENMERK = "fictief C-2022-1";
    static final String CLIENT = "demo";

    /** A designated location of the second tranche: the facts aanbod needs, as the demo chose them. */
    record Aangewezen(String naam, String kleur, int plaatsen, int eenheden, String duur, String woonvorm,
            String start, String perWeek, String einde) {
    }

    /** The 7 of the second tranche; Leeghwaterplein first, with its memo's facts. */
    static final List<Aangewezen> AANGEWEZEN = List.of(
            new Aangewezen(LEEGHWATERPLEIN, "ORANJE", 40, 120, "TIJDELIJK", "ONZELFSTANDIG", "2023-02-01", "10",
                    "2028-01-31"),
            new Aangewezen("Locatie A (fictief)", "GROEN", 24, 24, "TIJDELIJK", "ZELFSTANDIG", "2023-04-01", "4",
                    "2028-03-31"),
            new Aangewezen("Locatie B (fictief)", "ORANJE", 16, 20, "TIJDELIJK", "ONZELFSTANDIG", "2023-06-01", "4",
                    "2026-05-31"),
            new Aangewezen("Locatie C (fictief)", "GROEN", 30, 60, "PERMANENT", "ZELFSTANDIG", "2023-09-01", "5",
                    null),
            new Aangewezen("Locatie D (fictief)", "ORANJE", 20, 40, "TIJDELIJK", "ONZELFSTANDIG", "2023-10-01", "5",
                    "2028-09-30"),
            new Aangewezen("Locatie E (fictief)", "GROEN", 12, 12, "PERMANENT", "ZELFSTANDIG", "2023-05-01", "3",
                    null),
            new Aangewezen("Locatie F (fictief)", "ORANJE", 18, 36, "TIJDELIJK", "ZELFSTANDIG", "2023-11-01", "3",
                    "2028-10-31"));

    /** The three the wethouder did not want studied (25 January 2022). */
    static final List<String> WETHOUDER_AFGEVALLEN = List.of("Locatie G (fictief)", "Locatie H (fictief)",
            "Locatie J (fictief)");

    /** The rest of the 18: K–M in a feasibility study, N–S still being analysed. */
    static final List<String> OVERIG = List.of("Locatie K (fictief)", "Locatie L (fictief)", "Locatie M (fictief)",
            "Locatie N (fictief)", "Locatie P (fictief)", "Locatie Q (fictief)", "Locatie R (fictief)",
            "Locatie S (fictief)");

    static final int EERSTE_ZEEF = 24;

    private static final String[] SOORTEN = {"Leegstaand kantoorgebouw", "Braakliggend terrein",
        "Voormalig schoolgebouw", "Leegstaand winkelpand", "Parkeerterrein", "Voormalige kerk"};
    private static final String[] ASPECTEN = {"UITGANGSPUNTEN", "RUIMTELIJKE_MOGELIJKHEDEN", "FINANCIEN",
        "LEEFBAARHEID_EN_VEILIGHEID"};

    private final Leads leads;
    private final Steunplannen steunplannen;
    private final Aanbodbronnen bronnen;
    private final GebiedService gebied;
    private final Uitgangspunten uitgangspunten;
    private final Planning planning;
    private final Communicatieplannen communicatie;
    private final JsonMapper json = JsonMapper.builder().build();

    DoorbraakplanDemo(Leads leads, Steunplannen steunplannen, Aanbodbronnen bronnen, GebiedService gebied,
            Uitgangspunten uitgangspunten, Planning planning, Communicatieplannen communicatie) {
        this.leads = leads;
        this.steunplannen = steunplannen;
        this.bronnen = bronnen;
        this.gebied = gebied;
        this.uitgangspunten = uitgangspunten;
        this.planning = planning;
        this.communicatie = communicatie;
    }

    /** Loads 's-Gravenhage's Doorbraakplan; the id of the Leeghwaterplein lead (for its projectleider's account). */
    long laad(Gebruiker demo) {
        Tranche tranche = leads.tranche(demo, GEMEENTE, TRANCHE, COLLEGE.toString(), COLLEGEKENMERK, CLIENT);
        String t = Long.toString(tranche.id());

        // the groslijst: 42 leads; the 24 of the first filter are numbered, the 18 that go on have letters
        List<Lead> zeef = new ArrayList<>();
        for (int i = 1; i <= EERSTE_ZEEF; i++) {
            zeef.add(indienen(demo, "Locatie " + i + " (fictief)", i));
        }
        List<Lead> verder = new ArrayList<>();
        int n = EERSTE_ZEEF;
        for (Aangewezen a : AANGEWEZEN) {
            verder.add(a.naam().equals(LEEGHWATERPLEIN) ? leeghwaterplein(demo) : indienen(demo, a.naam(), ++n));
        }
        for (String naam : WETHOUDER_AFGEVALLEN) {
            verder.add(indienen(demo, naam, ++n));
        }
        for (String naam : OVERIG) {
            verder.add(indienen(demo, naam, ++n));
        }

        // step 2: the programme team asks every owner about availability; the first filter
        for (Lead l : zeef) {
            l = stap(demo, l, "BESCHIKBAARHEID_VRAGEN", BESCHIKBAARHEID_GEVRAAGD, null, null);
            afvallen(demo, l, BESCHIKBAARHEID_GEVRAAGD.plusDays(21 + l.id() % 12), "NIET_BESCHIKBAAR",
                    "Eerste zeef: de eigenaar stelt de locatie niet beschikbaar voor het Doorbraakplan.", null);
        }
        List<Lead> opnieuw = new ArrayList<>();
        for (Lead l : verder) {
            l = stap(demo, l, "BESCHIKBAARHEID_VRAGEN", BESCHIKBAARHEID_GEVRAAGD, null, null);
            boolean laat = l.naam().equals("Locatie F (fictief)");
            opnieuw.add(stap(demo, l, "BESCHIKBAAR", laat ? LATER_TOEGEVOEGD : BESCHIKBAAR, null,
                    laat ? "De eigenaar bevestigde de beschikbaarheid pas eind januari." : null));
        }
        verder = opnieuw;

        // step 3: the analysis; steps 4–5: the wethouder (Balster, 25 January 2022) on 9 of them
        List<Lead> onderzoek = new ArrayList<>();
        long leeghwaterpleinBron = 0;
        long leeghwaterplein = 0;
        List<Lead> aangewezenLeads = new ArrayList<>();
        int pl = 0;
        for (Lead l : verder) {
            String naam = l.naam();
            boolean aangewezen = AANGEWEZEN.stream().anyMatch(a -> a.naam().equals(naam));
            if (naam.equals(LEEGHWATERPLEIN)) {
                l = analyseLeeghwaterplein(demo, l);
            } else if (WETHOUDER_AFGEVALLEN.contains(naam)) {
                l = analyse(demo, l, 4, true);
                afvallen(demo, l, WETHOUDER, "BESLUIT_WETHOUDERS", "Voorgelegd aan wethouder Balster voor de "
                        + "tweede tranche: geen haalbaarheidsonderzoek (het aspect met een negatieve uitkomst).", t);
                continue;
            } else {
                // K, L, M are studied for a later tranche; N–S are still being analysed (two or three aspects)
                int index = OVERIG.indexOf(naam);
                l = analyse(demo, l, aangewezen || index < 3 ? 4 : 2 + index % 2, false);
            }
            if (aangewezen) {
                boolean laat = naam.equals("Locatie F (fictief)");
                pl++;
                l = stap(demo, l, new Stapverzoek("HAALBAARHEIDSONDERZOEK_STARTEN", v(l), (laat ? LATER_TOEGEVOEGD
                        : WETHOUDER).toString(), "fictief W-2022-" + (laat ? 2 : 1), laat
                        ? "Later aan de tweede tranche toegevoegd: zo bleven er 7 locaties over."
                        : "Voorgelegd aan wethouder Balster voor de tweede tranche.", null, t,
                        "Projectleider " + (char) ('A' + pl - 1) + " (fictief)", null, null, null, null, null, null,
                        null));
                onderzoek.add(l);
            } else if (naam.equals("Locatie L (fictief)") || naam.equals("Locatie M (fictief)")) {
                stap(demo, l, new Stapverzoek("HAALBAARHEIDSONDERZOEK_STARTEN", v(l),
                        DERDE_TRANCHE_ONDERZOEK.toString(), "fictief W-2022-3", "Onderzocht voor een volgende "
                        + "tranche.", null, null, "Projectleider " + naam.charAt(8) + " (fictief)", null, null, null,
                        null, null, null, null));
            } else if (naam.equals("Locatie K (fictief)")) {
                LocalDate recent = gebied.vandaag().minusDays(RECENT_DAGEN);
                stap(demo, l, new Stapverzoek("HAALBAARHEIDSONDERZOEK_STARTEN", v(l), recent.toString(),
                        "fictief W-recent", "Besloten kort voor de datum van de demo: de inbrenger is nog niet "
                        + "geïnformeerd en de termijn loopt nog.", null, null, "Projectleider K (fictief)", null,
                        null, null, null, null, null, null));
            }
        }

        // steps 6–8: the study, the wethouders put the 7 to the college, the college designates them (22 March)
        for (Lead l : onderzoek) {
            String naam = l.naam();
            Aangewezen a = AANGEWEZEN.stream().filter(x -> x.naam().equals(naam)).findFirst().orElseThrow();
            l = leads.onderzoek(demo, GEMEENTE, l.id(), naam.equals(LEEGHWATERPLEIN)
                    ? "Tijdelijke containerwoningen (hoogstens 5 jaar) op braakliggend terrein van een ontwikkelaar, "
                            + "40 van de 120 voor statushouders; concurrerende ruimteclaim voorzieningen en groen; "
                            + "potentieel haalbare businesscase inclusief BZK-middelen."
                    : "Haalbaar (verzonnen voor de demo).", CLIENT);
            l = stap(demo, l, new Stapverzoek("NAAR_COLLEGE", v(l), NAAR_COLLEGE.toString(), "fictief W-2022-4",
                    "Met de andere locaties als één pakket gedeeld met de stadsdelen en OOV.", null, null, null, null,
                    null, null, null, null, null, null));
            l = stap(demo, l, new Stapverzoek("AANWIJZEN", v(l), COLLEGE.toString(), COLLEGEKENMERK, "Collegebesluit "
                    + "tweede tranche Doorbraakplan.", null, t, null, a.kleur(), Integer.toString(a.plaatsen()),
                    Integer.toString(a.eenheden()), a.duur(), a.woonvorm(), a.start(), a.einde()));
            long bron = projectfeiten(demo, l, a);
            aangewezenLeads.add(l);
            if (naam.equals(LEEGHWATERPLEIN)) {
                leeghwaterpleinBron = bron;
                leeghwaterplein = l.id();
            }
        }

        informeren(demo);
        steunplannen(demo, leeghwaterpleinBron);
        uitgangspunten(demo, leeghwaterplein);
        planning(demo, tranche.id());
        communicatie(demo, tranche.id(), leeghwaterplein, aangewezenLeads);
        return leeghwaterplein;
    }

    // --- the uitgangspunten check, the tranche's planning and its communication (issue 17 §2, §6, §7)

    /**
     * Den Haag's six uitgangspunten (the memo of 28 January 2022) stored from the shipped starting set; Leeghwaterplein
     * scored only where a source says so (spreiding): the memo's table cells are not in the source. Its 40 places
     * are then computed against "Kleinschalig: ten hoogste 30", a finding the sources leave unresolved.
     */
    private void uitgangspunten(Gebruiker demo, long leeghwaterplein) {
        uitgangspunten.vastleggen(demo, GEMEENTE, new Uitgangspuntenverzoek("0", Uitgangspunten.startset().stream()
                .map(u -> new Uitgangspuntenverzoek.Regel(u.code(), u.naam(), u.omschrijving(),
                        u.maximum() == null ? null : u.maximum().toString(), u.bron())).toList(),
                "De uitgangspunten van het Doorbraakplan (memo 28 januari 2022)"), false, CLIENT);
        uitgangspunten.scoren(demo, GEMEENTE, leeghwaterplein, new Scoreverzoek("0", List.of(new Scoreverzoek.Regel(
                "SPREIDING", "VOLDOET", "De 7 locaties liggen goed verspreid over de stad (memo van 28 januari 2022, r. 371–372)"))), CLIENT);
    }

    /**
     * The 16 dated steps of the memo of 28 January 2022 as the second tranche's planning, each marked done on its last
     * day — but the college meeting of 8 March, left open (the college decided on 22 March: it shows as late), and the
     * meeting of the bewonersorganisaties, postponed to 17 May.
     */
    private void planning(Gebruiker demo, long tranche) {
        planning.sjabloonToevoegen(demo, GEMEENTE, tranche, CLIENT);
        for (Mijlpaal m : planning.planning(demo, GEMEENTE, tranche).mijlpalen()) {
            LocalDate laatste = m.tot() == null ? m.van() : m.tot();
            String van = m.van().toString();
            String toelichting = m.toelichting();
            String gedaan = laatste.toString();
            if (m.wat().startsWith("Collegebehandeling") && m.van().equals(LocalDate.of(2022, 3, 8))) {
                toelichting = "Het college besloot op 22 maart 2022 (memo 'Stappenplan communicatie', r. 901–903)";
                gedaan = null;
            } else if (m.van().equals(LocalDate.of(2022, 3, 10))) {
                van = "2022-05-17";
                gedaan = van;
                toelichting = "Uitgesteld naar mei (memo 'Stappenplan communicatie', r. 906–909; memo van 25 april 2022, r. 1102–1104)";
            }
            planning.wijzigen(demo, GEMEENTE, tranche, m.id(), new Mijlpaalverzoek(Integer.toString(m.versie()), van,
                    m.tot() == null || !van.equals(m.van().toString()) ? null : m.tot().toString(), m.wat(), m.wie(),
                    toelichting, gedaan), CLIENT);
        }
    }

    /**
     * Memo 5's "Stappenplan communicatie" for the second tranche (000:L933-1057) with a letter to the omwonenden of every
     * designated location, and the two meetings of memo 6: raad, bewonersorganisaties and omwonenden all informed on
     * 29 March 2022, so the same-moment check finds the tranche in order.
     */
    private void communicatie(Gebruiker demo, long tranche, long leeghwaterplein, List<Lead> aangewezen) {
        String t = Long.toString(tranche);
        String memo = "Stappenplan communicatie, memo 5";
        actie(demo, new Communicatieverzoek(null, t, null, "Collegebesluit 2de tranche projecten", null,
                List.of("COLLEGE"), "2022-03-22", null, List.of(), null, null, "GEDAAN", "2022-03-22", null, memo));
        for (Lead l : aangewezen) {
            actie(demo, new Communicatieverzoek(null, t, Long.toString(l.id()), "Informatie tweede tranche naar "
                    + "omwonenden", "samen met de stadsdelen", List.of("PROJECTLEIDERS", "STADSDELEN"), "2022-03-29",
                    null, List.of("OMWONENDEN"), "BRIEF", "Stadsdeel geeft advies over het verspreidingsgebied; "
                    + "Communicatie helpt bij het opstellen van de brieven", "GEDAAN", "2022-03-29", null, memo));
        }
        actie(demo, new Communicatieverzoek(null, t, null, "Informatie naar bewonersorganisaties", null,
                List.of("STADSDEELDIRECTEUREN"), "2022-03-29", null, List.of("BEWONERSORGANISATIES"), "TELEFONISCH",
                "Het stadsdeel belt de bewonersorganisaties", "GEDAAN", "2022-03-29", null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Nieuwsbrief naar bewonersorganisaties",
                "Communicatie stelt de nieuwsbrief op", List.of("COMMUNICATIE"), "2022-03-29", null,
                List.of("BEWONERSORGANISATIES", "ZORGORGANISATIES", "VASTGOEDORGANISATIES", "COLLEGAS"), "NIEUWSBRIEF",
                null, "GEDAAN", "2022-03-29", null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Raadsmededeling in RIS", null, List.of(), "2022-03-29",
                null, List.of("RAAD"), "RAADSMEDEDELING", "Het Doorbraakplan is nog niet in RIS beschikbaar", "GEDAAN",
                "2022-03-29", null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Partners op maat informeren", "samen met de stadsdelen",
                List.of("PROGRAMMATEAM", "STADSDELEN"), "2022-03-30", null, List.of("PARTNERS"), null, "Te denken valt "
                + "aan: corporaties, andere vastgoedpartners, zorgaanbieders, fondsen e.d., regiogemeenten, "
                + "belangenorganisaties cliënten", "GEDAAN", "2022-03-30", null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Stedelijke bewonersorganisaties uitnodigen per e-mail",
                null, List.of("PROGRAMMATEAM"), "2022-04", null, List.of("BEWONERSORGANISATIES"), "EMAIL", "Namens "
                + "wethouders Kapteijns, Parbhudayal en Balster vanuit een algemeen e-mailadres; Communicatie helpt bij "
                + "de uitnodiging en de afstemming met de bestuurders", "GEDAAN", "2022-04-29", null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Informatiebijeenkomst bewonersorganisaties",
                "samen met het programmateam", List.of("WETHOUDERS", "PROGRAMMATEAM"), "2022-05", null,
                List.of("BEWONERSORGANISATIES"), "BIJEENKOMST", "Eén wethouder geeft een statusupdate, ook over de "
                + "ingebrachte leads; daarna themagesprekken; Communicatie helpt bij de presentatie", "GEDAAN",
                "2022-05-17", null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Terugkoppeling bijeenkomst aan deelnemers", null,
                List.of("PROGRAMMATEAM"), "2022-05", null, List.of("BEWONERSORGANISATIES"), null, null, "GEPLAND", null,
                null, memo));
        actie(demo, new Communicatieverzoek(null, t, null, "Persbericht tweede tranche", null, List.of(), "2022-03-29",
                null, List.of("PERS"), "PERSBERICHT", null, "VERVALLEN", null, "Communicatie over vluchtelingen uit "
                + "Oekraïne heeft voorrang (memo 'Stappenplan communicatie', r. 962–966)", memo));
        communicatie.voegBijeenkomstToe(demo, GEMEENTE, new Bijeenkomstverzoek(null, t, Long.toString(leeghwaterplein),
                "Informatiebijeenkomst Leeghwaterplein", "Leeghwaterplein, stadsdeel Laak", "2022-04-20",
                List.of("OMWONENDEN"), "in samenwerking met coalitie Laak", "50", "true", "De opkomst en betrokkenheid "
                + "was groot; voor het vervolg worden afspraken gemaakt (memo van 25 april 2022, r. 1136–1138)", null), CLIENT);
        communicatie.voegBijeenkomstToe(demo, GEMEENTE, new Bijeenkomstverzoek(null, t, null,
                "Bijeenkomst bewonersorganisaties", null, "2022-05-17", List.of("BEWONERSORGANISATIES"),
                "wethouder Martijn Balster (wonen)", null, null, "Klein gezelschap, gesprek aan de hand van stellingen; "
                + "grote betrokkenheid; goed contact vanaf de planfase van een project is cruciaal (memo van 25 april 2022, r. 1144–1154)",
                null), CLIENT);
    }

    private void actie(Gebruiker demo, Communicatieverzoek v) {
        communicatie.voegActieToe(demo, GEMEENTE, v, CLIENT);
    }

    // --- the leads

    private Lead indienen(Gebruiker demo, String naam, int i) {
        // two thirds at the meeting with the bewonersorganisaties, the others in other ways until December
        boolean bijeenkomst = i % 3 != 0;
        String soort = bijeenkomst ? (i % 5 == 0 ? "WIJKVERENIGING" : "BEWONERSORGANISATIE")
                : switch (i % 4) {
                    case 0 -> "COLLEGA";
                    case 1 -> "EIGENAAR";
                    case 2 -> "ANDERS";
                    default -> "WIJKVERENIGING";
                };
        String inbrenger = switch (soort) {
            case "BEWONERSORGANISATIE" -> "Bewonersorganisatie Voorbeeldwijk " + i + " (fictief)";
            case "WIJKVERENIGING" -> "Wijkvereniging Voorbeeldbuurt " + i + " (fictief)";
            case "EIGENAAR" -> "Eigenaar " + i + " (fictief)";
            case "COLLEGA" -> "Collega " + i + " (fictief)";
            default -> "Bewoner " + i + " (fictief)";
        };
        LocalDate op = bijeenkomst ? BIJEENKOMST : BIJEENKOMST.plusDays(7L * (1 + i % 8));
        return leads.indienen(demo, GEMEENTE, new Leadverzoek(naam, null, SOORTEN[i % SOORTEN.length]
                + " (verzonnen voor de demo)" + (bijeenkomst ? "; ingebracht op de bijeenkomst met de "
                        + "bewonersorganisaties van 13 oktober 2021." : "; ingebracht buiten de bijeenkomst."),
                op.toString(), soort, inbrenger, "inbreng-" + i + "@voorbeeld.example", null,
                null, null), CLIENT);
    }

    private Lead leeghwaterplein(Gebruiker demo) {
        return leads.indienen(demo, GEMEENTE, new Leadverzoek(LEEGHWATERPLEIN, null, "Tijdelijke containerwoningen "
                + "op braakliggend terrein (memo 18 januari 2022); de ontwikkelaar is initiatiefnemer.",
                "2021-11-15", "EIGENAAR", "Initiatiefnemer Leeghwaterplein (fictief)",
                "initiatiefnemer@voorbeeld.example", "Ontwikkelaar (naam niet openbaar)", "40", "120"), CLIENT);
    }

    private Lead analyseLeeghwaterplein(Gebruiker demo, Lead l) {
        String[][] uitkomsten = {
            {"UITGANGSPUNTEN", "ONDER_VOORWAARDEN", "Tijdelijk (hoogstens 5 jaar); 40 van de 120 woningen voor "
                + "statushouders, met woonbegeleiding."},
            {"RUIMTELIJKE_MOGELIJKHEDEN", "ONDER_VOORWAARDEN", "Braakliggend terrein; concurrerende ruimteclaim "
                + "voorzieningen en groen."},
            {"FINANCIEN", "POSITIEF", "Potentieel haalbare businesscase inclusief BZK-middelen."},
            {"LEEFBAARHEID_EN_VEILIGHEID", "ONDER_VOORWAARDEN", "Woonbegeleiding en locatiemanagement nodig; "
                + "omwonenden in stadsdeel Laak informeren."}};
        Lead na = l;
        for (String[] u : uitkomsten) {
            na = leads.analyseer(demo, GEMEENTE, l.id(), u[0], u[1], u[2], CLIENT);
        }
        return na;
    }

    /** The first {@code aspecten} aspects; the last one negative when {@code negatief}. */
    private Lead analyse(Gebruiker demo, Lead l, int aspecten, boolean negatief) {
        Lead na = l;
        for (int i = 0; i < aspecten; i++) {
            boolean neg = negatief && i == aspecten - 1;
            na = leads.analyseer(demo, GEMEENTE, l.id(), ASPECTEN[i], neg ? "NEGATIEF"
                    : (l.id() + i) % 3 == 0 ? "ONDER_VOORWAARDEN" : "POSITIEF", neg
                    ? "Knelpunt dat niet op te lossen is (verzonnen voor de demo)."
                    : "Beoordeeld door het programmateam (verzonnen voor de demo).", CLIENT);
        }
        return na;
    }

    private static String v(Lead l) {
        return Integer.toString(l.versie());
    }

    private Lead stap(Gebruiker demo, Lead l, String stap, LocalDate datum, String tranche, String toelichting) {
        return stap(demo, l, new Stapverzoek(stap, v(l), datum.toString(), null, toelichting, null, tranche, null,
                null, null, null, null, null, null, null));
    }

    private Lead stap(Gebruiker demo, Lead l, Stapverzoek s) {
        return leads.stap(demo, GEMEENTE, l.id(), s, CLIENT);
    }

    private void afvallen(Gebruiker demo, Lead l, LocalDate datum, String reden, String toelichting, String tranche) {
        stap(demo, l, new Stapverzoek("AFVALLEN", v(l), datum.toString(), null, toelichting, reden, tranche, null,
                null, null, null, null, null, null, null));
    }

    /**
     * The designated project in the supply gets the facts the demo has for it as its second version: Leeghwaterplein's
     * from the memo of 26 September 2022 (as the supply demo had them, now woonvorm onzelfstandig as in the
     * Doorbraakplan memos), the fictitious ones said to be made up. No second project.
     */
    private long projectfeiten(Gebruiker demo, Lead l, Aangewezen a) {
        long id = l.aanbodbron();
        Aanbodbron bron = bronnen.lees(demo, GEMEENTE, id);
        boolean lwp = a.naam().equals(LEEGHWATERPLEIN);
        String toelichting = lwp
                ? "Uit de notitie: 120 flexwoningen, waarvan 40 voor statushouders, gepland in het eerste kwartaal van "
                        + "2023, tijdelijk (hoogstens 5 jaar). Doorbraakplanlocatie (oranje), aangewezen door het "
                        + "college op 22 maart 2022 (tweede tranche); onzelfstandig (gedeelde voorzieningen) volgens "
                        + "de memo's van het Doorbraakplan. Gekozen door de demo: inhuizing vanaf 1 februari 2023 met "
                        + "10 per week, einde gebruik na 5 jaar."
                : "Verzonnen voor de demo: Doorbraakplanlocatie (" + (a.kleur().equals("GROEN") ? "groen" : "oranje")
                        + ") van de tweede tranche, aangewezen door het college op 22 maart 2022; de namen van deze "
                        + "locaties zijn in de bron weggelakt.";
        Bronverzoek v = AanbodDemo.project(a.naam(), toelichting, a.duur(), a.woonvorm(), a.eenheden(), a.plaatsen(),
                lwp ? "statushouders en andere woningzoekenden" : "statushouders", bron.feiten().eigenaar(),
                a.start(), a.perWeek(), a.einde(), lwp ? "IN_VOORBEREIDING" : "BESLOTEN",
                lwp ? "demo: plan uit de notitie van 26 september 2022" : "demo: verzonnen locatie");
        if (lwp) {
            // the facts the doorbraakplan's memos track (issue 17 §5): 33% requirement, terms 5 vs 6, funding, advice
            v = v.metProjectfeiten(AanbodDemo.leeghwaterplein());
        }
        bronnen.wijzigen(demo, GEMEENTE, id, Integer.toString(bron.versie()), v, CLIENT);
        return id;
    }

    // --- informing the submitters

    /**
     * Every task is done with its date and way, except: the first filter's "Locatie 24 (fictief)" and the study of
     * "Locatie L (fictief)" (overdue), and the recent study of "Locatie K (fictief)" (open, within its term).
     */
    private void informeren(Gebruiker demo) {
        for (Informeertaak t : leads.taken(demo, GEMEENTE, true)) {
            String naam = t.leadnaam();
            if (naam.equals("Locatie 24 (fictief)") || naam.equals("Locatie K (fictief)")
                    || naam.equals("Locatie L (fictief)")) {
                continue;
            }
            String[] hoe = switch (t.stap()) {
                case AFVALLEN -> t.besluitdatum().isAfter(WETHOUDER.minusDays(1))
                        ? new String[] {"BRIEF", "7", "Brief van het programmateam: de wethouder start geen "
                            + "haalbaarheidsonderzoek."}
                        : t.lead() % 4 == 0
                                ? new String[] {"TELEFOON", "3", "Gebeld door het programmateam."}
                                : new String[] {"EMAIL", "5", "E-mail van het programmateam: de locatie valt af op "
                                    + "beschikbaarheid."};
                case HAALBAARHEIDSONDERZOEK_STARTEN -> new String[] {"EMAIL", "6", "E-mail van het programmateam: "
                    + "een haalbaarheidsonderzoek start."};
                case NAAR_COLLEGE -> new String[] {"TELEFOON", "7", "Gebeld door de projectleider: het voorstel gaat "
                    + "naar het college."};
                default -> new String[] {"BRIEF", Long.toString(BRIEVEN.toEpochDay() - COLLEGE.toEpochDay()),
                    "Brief van de projectleider op 29 maart, de dag van de brieven aan de omwonenden."};
            };
            leads.afhandelen(demo, GEMEENTE, t.id(), t.besluitdatum().plusDays(Long.parseLong(hoe[1])).toString(),
                    hoe[0], hoe[2], CLIENT);
        }
    }

    // --- the support plans

    private void steunplannen(Gebruiker demo, long bron) {
        steunplannen.vastleggen(demo, GEMEENTE, Long.toString(bron), json.readTree("""
                {"versie": 0, "reden": "Memo 'Benodigde begeleiding statushouders' van 11 maart 2022",
                 "regels": [
                   {"soort": "WOONBEGELEIDING", "wonen": "ONZELFSTANDIG", "dienst": "OCW", "personen": 40,
                    "vanKwartaal": "2022-Q4", "totKwartaal": "2027-Q4"},
                   {"soort": "DOORSTROOMBEGELEIDING", "dienst": "DSO", "personen": 40, "kwartaal": "2027-Q3"}],
                 "dekking": [{"jaar": 2022, "bron": "Retraiteclaim 2022", "bedrag": 44400, "dienst": "OCW"}]}"""),
                null, CLIENT);
        steunplannen.vastleggen(demo, GEMEENTE, Steunplannen.ALLE_LOCATIES, json.readTree("""
                {"versie": 0, "reden": "Locatiemanagement voor alle locaties (het bedrag van de memo is weggelakt; \
                dit is het voorbeeld van het programma)",
                 "regels": [{"soort": "LOCATIEMANAGEMENT", "dienst": "DPZ", "bedragPerJaar": 60000,
                             "vanKwartaal": "2023-Q1", "totKwartaal": "2027-Q4"}]}"""), null, CLIENT);
    }
}
