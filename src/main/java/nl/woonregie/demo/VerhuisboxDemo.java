package nl.woonregie.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.woonregie.document.Documenten;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.audit.AuditTrail;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toewijzing;
import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Teams;
import nl.woonregie.verhuisbox.Afsluiting;
import nl.woonregie.verhuisbox.Beschikkingen;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.Zoeken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --woonregie.demo}: the Verhuisbox team Den Haag with one account per role and 40 fictitious cases in every
 * state, made through the same services as the screens (so histories, tasks, checklists and the audit trail are
 * real), and a generated previous year imported in bulk ({@link Jaargenerator}). Uses only Verhuisbox's own API (the
 * package root) and platform.security's accounts and teams — no SQL. No real persons: names are invented, BSNs are
 * left out.
 */
@Component
@Conditional(DemoModus.class)
@Order(10)
class VerhuisboxDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VerhuisboxDemo.class);

    static final Map<String, String[]> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put("vhb-aanmelder", new String[] {"AANMELDER", "aanmelder (Leger des Heils), ziet alleen de status"});
        ACCOUNTS.put("vhb-aanmelder2", new String[] {"AANMELDER", "aanmelder (consulent D&T)"});
        ACCOUNTS.put("vhb-icp", new String[] {"ICP", "ICP, toetst meldingen"});
        ACCOUNTS.put("vhb-casemanager", new String[] {"CASEMANAGER", "casemanager Verhuisbox Plus"});
        ACCOUNTS.put("vhb-casemanager2", new String[] {"CASEMANAGER", "tweede casemanager"});
        ACCOUNTS.put("vhb-administratief", new String[] {"ADMINISTRATIEF", "administratief ondersteuner"});
        ACCOUNTS.put("vhb-consulent", new String[] {"CONSULENT", "consulent inkomen"});
        ACCOUNTS.put("vhb-coordinator", new String[] {"COORDINATOR", "coördinator (wachtlijst, capaciteit)"});
    }

    static final String[] VOORNAMEN = {"Anouk", "Bram", "Chantal", "Dennis", "Esra", "Farid", "Gerda", "Hamid",
        "Ilse", "Jordy", "Kim", "Lucas", "Mariam", "Nico", "Olga", "Priya", "Quinten", "Rachida", "Sven", "Tamara"};
    static final String[] ACHTERNAMEN = {"de Vries (demo)", "Bakker (demo)", "Visser (demo)", "Smit (demo)",
        "Meijer (demo)", "de Boer (demo)", "Mulder (demo)", "Bos (demo)", "Vos (demo)", "Peters (demo)"};
    static final String[][] REGIOS = {{"Parkstad Limburg", "Zuid-Limburg"}, {"Oost-Groningen", "Drenthe"},
        {"Achterhoek", "Twente"}, {"Zeeuws-Vlaanderen", "Walcheren"}, {"Noord-Oost Friesland", "Friesland"}};
    static final String[][] WONINGEN = {{"Heerlen", "Vincio Wonen", "Akerstraat 12"},
        {"Emmen", "Lefier", "Hoofdstraat 40"}, {"Winterswijk", "De Woonplaats", "Misterweg 7"},
        {"Terneuzen", "Woongoed Zeeuws-Vlaanderen", "Noordstraat 3"}, {"Dokkum", "Thús Wonen", "Markt 9"}};

    /** The states of the 40 cases, in the order they are made (progressing ones first: they pass the list). */
    static final List<Status> DOEL = new ArrayList<>();

    static {
        add(Status.AFGESLOTEN, 4);
        add(Status.VERHUIZING, 2);
        add(Status.AANBOD, 3);
        add(Status.ZOEKEN, 7);
        add(Status.INTAKE, 4);
        add(Status.GEWEIGERD, 4);
        add(Status.ICP_TOETS, 3);
        add(Status.WACHTLIJST, 9);
        add(Status.MELDING, 4);
    }

    static void add(Status s, int n) {
        for (int i = 0; i < n; i++) {
            DOEL.add(s);
        }
    }

    /** Who the demo is in the audit trail (for the accounts it makes). */
    static final Gebruiker DEMO = Gebruiker.met(0, "demo", Toewijzing.zonderScope(Rol.BEHEERDER));

    private final Casussen casussen;
    private final Zoeken zoeken;
    private final Geld geld;
    private final Beschikkingen beschikkingen;
    private final Jaargenerator generator;
    private final Gebruikers gebruikers;
    private final Teams teams;
    private final AuditTrail audittrail;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;
    private final Clock klok;
    private final String wachtwoord;
    private final Documenten documenten;

    VerhuisboxDemo(Casussen casussen, Zoeken zoeken, Geld geld, Beschikkingen beschikkingen, Jaargenerator generator,
            Gebruikers gebruikers, Teams teams, AuditTrail audittrail, ApplicationEventPublisher gebeurtenissen,
            TransactionTemplate tx, Clock klok,
            @Value("${WOONREGIE_DEMO_PASSWORD:demo-woonregie-2026}") String wachtwoord, Documenten documenten) {
        this.documenten = documenten;
        this.casussen = casussen;
        this.zoeken = zoeken;
        this.geld = geld;
        this.beschikkingen = beschikkingen;
        this.generator = generator;
        this.gebruikers = gebruikers;
        this.teams = teams;
        this.audittrail = audittrail;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
        this.klok = klok;
        this.wachtwoord = wachtwoord;
    }

    /** A marker in the audit trail: this part of the demo was loaded for the team (a restart does not repeat it). */
    record Geladen(String actie, long team) implements AuditGebeurtenis {

        public Actor door() {
            return new Actor("demo", null);
        }

        public String objectType() {
            return "vhb_team";
        }

        public String objectId() {
            return String.valueOf(team);
        }
    }

    private boolean geladen(String actie) {
        return audittrail.zoek(new AuditTrail.Filter(null, actie, null, null, null, null), 1, 1).totaal() > 0;
    }

    private void markeer(String actie, long team) {
        tx.executeWithoutResult(t -> gebeurtenissen.publishEvent(new Geladen(actie, team)));
    }

    private long denHaag() {
        return teams.alle().stream().filter(t -> t.naam().equals("Den Haag")).findFirst().orElseThrow().id();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!geladen("VHB_DEMO_GELADEN")) {
            long start = System.nanoTime();
            laad();
            log.info("Verhuisbox demo loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        if (!geladen("VHB_DEMO_JAAR_GELADEN")) {
            vorigJaar();
        }
        beschikkingenOpDeAchtergrond();
        StringBuilder sb = new StringBuilder("\n==========================================================================\n"
                + " Woonregie DEMO — Verhuisbox, team Den Haag (wachtwoord: " + wachtwoord + ")\n");
        ACCOUNTS.forEach((naam, w) -> sb.append(String.format("   %-20s %s%n", naam, w[1])));
        sb.append("==========================================================================\n");
        System.out.println(sb);
    }

    /**
     * The generated year's grants were imported in bulk, without their beschikking; the letters (about 20 ms each)
     * are made by a background job ({@code Beschikkingen.planOntbrekende}) so that the application is usable at once.
     * Until a letter is made, its grant's pages say so and reading it answers 409 — reading never makes a letter; a
     * restart continues with the ones still missing.
     */
    private void beschikkingenOpDeAchtergrond() {
        if (beschikkingen.planOntbrekende(denHaag(), "demo")) {
            log.info("Verhuisbox demo: de ontbrekende beschikkingen worden op de achtergrond gemaakt");
        }
    }

    /** A demo account of the team, made through platform.security when it does not exist yet. */
    private Gebruiker account(String naam, long team) {
        Rol rol = Rol.valueOf(ACCOUNTS.get(naam)[0]);
        long id = gebruikers.idVan(naam, rol, team).orElseGet(() -> gebruikers.maakTeamaccount(naam, wachtwoord, rol,
                team, DEMO, "demo").id());
        return Gebruiker.met(id, naam, Toewijzing.team(rol, team));
    }

    private void laad() {
        long team = denHaag();
        ACCOUNTS.keySet().forEach(naam -> account(naam, team));
        Gebruiker aanmelder = account("vhb-aanmelder", team);
        Gebruiker aanmelder2 = account("vhb-aanmelder2", team);
        Gebruiker icp = account("vhb-icp", team);
        Gebruiker cm = account("vhb-casemanager", team);
        Gebruiker cm2 = account("vhb-casemanager2", team);
        Gebruiker adm = account("vhb-administratief", team);
        Gebruiker coord = account("vhb-coordinator", team);
        List<Criterium> criteria = casussen.criteria(casussen.criteriaJaar(LocalDate.now(klok).getYear()));
        List<Long> demo = new ArrayList<>();
        Random r = new Random(20231005L);
        LocalDate vandaag = LocalDate.now(klok);
        List<Zoeken.Website> sites = zoeken.websites(team);
        for (int i = 0; i < DOEL.size(); i++) {
            Status doel = DOEL.get(i);
            Gebruiker melder = i % 3 == 2 ? aanmelder2 : aanmelder;
            Gebruiker casemanager = i % 4 == 3 ? cm2 : cm;
            int kinderen = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
            boolean jongere = r.nextInt(6) == 0;
            LocalDate geboren = vandaag.minusYears(jongere ? 19 + r.nextInt(7) : 28 + r.nextInt(35))
                    .minusDays(r.nextInt(300));
            String naam = VOORNAMEN[i % VOORNAMEN.length] + " " + ACHTERNAMEN[(i * 7) % ACHTERNAMEN.length];
            String[] regio = REGIOS[i % REGIOS.length];
            long id = casussen.meld(new Casussen.Melding(melder == aanmelder ? "Leger des Heils" : "Consulent D&T SZW",
                    naam, geboren, null, "06-0000" + String.format("%04d", i), null, kinderen > 0 ? 2 : 1, kinderen,
                    "Participatiewet", i % 2 == 0 ? "Nachtopvang" : "Inwonend bij familie",
                    "Dakloos; wil buiten de regio opnieuw beginnen", List.of(regio), null,
                    List.of("DigiD"), vandaag.minusDays(200 - i * 4L), null, null, i % 7 == 0,
                    vandaag.getYear() - 1 - i % 3, i % 2 == 0 ? "NACHTOPVANG" : "INWONEND",
                    i % 3 == 0 ? "PARTICIPATIEWET" : "DAKLOZENUITKERING", i % 4 == 0 ? "Zilveren Toren" : null,
                    i % 3 == 0), vandaag.minusDays(190 - i * 4L), melder,
                    "demo");
            demo.add(id);
            if (doel == Status.MELDING) {
                continue;
            }
            casussen.overgang(id, Status.ICP_TOETS, "Melding ontvangen, toets gestart", null, icp, "demo");
            if (doel == Status.ICP_TOETS) {
                continue;
            }
            List<Casussen.Toetsregel> toets = new ArrayList<>();
            for (Criterium k : criteria) {
                Criterium.Uitslag u = switch (k.soort()) {
                    case UITSLUITEND -> Criterium.Uitslag.VOLDAAN;
                    case DOCUMENT -> r.nextInt(3) == 0 ? Criterium.Uitslag.NIET_VOLDAAN : Criterium.Uitslag.VOLDAAN;
                    case UITZONDERING -> Criterium.Uitslag.NIET_VOLDAAN;
                };
                toets.add(new Casussen.Toetsregel(k.code(), u, "telefonisch met aanmelder"));
            }
            if (doel == Status.GEWEIGERD) {
                String code = List.of("GEEN_OVERLAST", "MOTIVATIE", "TAAL", "GEEN_WMO_BEGELEIDING").get(i % 4);
                toets.add(new Casussen.Toetsregel(code, Criterium.Uitslag.NIET_VOLDAAN, "volgens aanmelder"));
            }
            casussen.toets(id, toets, icp, "demo");
            if (doel == Status.GEWEIGERD || doel == Status.WACHTLIJST) {
                continue;
            }
            casussen.wijsToe(id, casemanager.gebruikersnaam(), adm.gebruikersnaam(), coord, "demo");
            if (doel == Status.AFGESLOTEN && i == 3) {
                casussen.overgang(id, Status.AFGESLOTEN, "Cliënt ziet af van verhuizen", new Afsluiting(
                        Uitkomst.GESTOPT, Stopreden.NIET_GEMOTIVEERD, null), coord, "demo");
                continue;
            }
            casussen.overgang(id, Status.INTAKE, "Eerste op de wachtlijst", null, coord, "demo");
            if (doel == Status.INTAKE) {
                continue;
            }
            casussen.intake(id, i % 5 == 0 ? Variant.LICHT : Variant.INTENSIEF, List.of(
                    new Casussen.Zoekregio(regio[0], true), new Casussen.Zoekregio(regio[1], false)), casemanager,
                    "demo");
            for (String code : casussen.checklistcodes("INTAKE")) {
                casussen.vink(id, "INTAKE", code, "GEDAAN", null, casemanager, "demo");
            }
            if (kinderen > 0) {
                // the CJG rule: minor children, so the CJG gezinscoach's family talk comes before the search
                casussen.gezinsgesprek(id, vandaag, "M. de Graaf (gezinscoach CJG, demo)", casemanager, "demo");
            }
            casussen.overgang(id, Status.ZOEKEN, "Intake gedaan, plan afgesproken", null, casemanager, "demo");
            if (i % 3 == 0) {
                // the intake's agreements as a document of the case (module document)
                documenten.voegToe("casus", id, "Afspraken intakegesprek", new Documenten.Bestand(
                        "afspraken-intake.txt", ("Afspraken intakegesprek casus " + id + "\nZoekregio's: " + regio[0]
                                + ", " + regio[1] + "\nVolgend gesprek over vier weken.\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), casemanager, "demo");
            }
            Zoeken.Website site = sites.get((i * 5) % sites.size());
            long ins = zoeken.schrijfIn(id, new Zoeken.NieuweInschrijving(site.id(), vandaag.minusDays(60),
                    "DEMO-" + id, new BigDecimal("15.00"), vandaag.plusDays(300), "demo-client-" + id,
                    "Demo-" + Long.toHexString(r.nextLong())), adm, "demo");
            // a lottery (its papers due the same day, a task on the worklist) only for a case still searching, today;
            // the cases that got an offer reacted regularly earlier
            boolean loting = doel == Status.ZOEKEN && i % 2 == 0;
            zoeken.reageer(id, new Zoeken.NieuweReactie(ins, loting ? vandaag : vandaag.minusDays(1 + i % 7),
                    WONINGEN[i % 5][2] + ", " + WONINGEN[i % 5][0], loting ? "LOTING" : "REGULIER",
                    loting ? null : 4 + i % 9), adm, "demo");
            if (doel == Status.ZOEKEN) {
                if (i % 2 == 0) {
                    // an earlier offer refused by a corporation: in the obstacle log
                    long a = zoeken.bied(id, aanbod(i, vandaag), casemanager, "demo");
                    zoeken.besluit(a, new Zoeken.Besluit("GEWEIGERD_CORPORATIE", "Briefadres Den Haag; "
                            + "corporatie vraagt uitstroomplan met nazorg", "briefadres / geen economische binding",
                            site.naam(), null), casemanager, "demo");
                }
                continue;
            }
            long a = zoeken.bied(id, aanbod(i, vandaag), casemanager, "demo");
            if (doel == Status.AANBOD) {
                continue;
            }
            for (String code : casussen.checklistcodes("AANBOD")) {
                casussen.vink(id, "AANBOD", code, "GEDAAN", null, casemanager, "demo");
            }
            zoeken.besluit(a, new Zoeken.Besluit("AANVAARD", null, null, null, null), casemanager, "demo");
            if (doel == Status.VERHUIZING) {
                continue;
            }
            for (String code : casussen.checklistcodes("VERHUIZING")) {
                casussen.vink(id, "VERHUIZING", code, i % 2 == 0 && code.equals("SCHOOL") ? "NVT" : "GEDAAN", null,
                        casemanager, "demo");
            }
            boolean denHaag = i == 2;
            casussen.overgang(id, Status.AFGESLOTEN, denHaag ? "Toch een woning in Den Haag gevonden"
                    : "Verhuisd, warme overdracht gedaan", new Afsluiting(denHaag
                    ? Uitkomst.GEHUISVEST_DEN_HAAG : Uitkomst.VERHUISD, null, denHaag ? null : WONINGEN[i % 5][0]),
                    casemanager, "demo");
        }
        geld(team, demo, cm, cm2, adm);
        markeer("VHB_DEMO_GELADEN", team);
    }

    /** Number of referrals in the demo's previous calendar year (2021 had 179). */
    static final int JAAR_AANTAL = 180;

    /**
     * The previous calendar year of generated cases (closed, stopped, refused; with destinations, benefits ended
     * and paid grants), imported in bulk, so that the annual report shows totals that reconcile. They are referred
     * by vhb-aanmelder2 and assigned to vhb-casemanager2, so the 40 hand-made cases above stay as they are.
     */
    private void vorigJaar() {
        long team = denHaag();
        int jaar = LocalDate.now(klok).getYear() - 1;
        // only the previous year: every generated case then closed less than 24 months ago, so the retention term
        // (anonymisation) does not touch the demo data yet. Generated referrals of last year that started (intake)
        // this year used places of this year's capacity: the import adds them, so that the team can still admit its
        // own cases this year.
        Jaargenerator.Resultaat r = generator.genereer(new Jaargenerator.Opdracht(team, jaar, JAAR_AANTAL, 2021L,
                account("vhb-aanmelder2", team).id(), account("vhb-casemanager2", team).id(), null,
                account("vhb-consulent", team).id(), LocalDate.now(klok).minusDays(1), jaar + 1));
        log.info("Verhuisbox demo: {} gegenereerde casussen voor {}", r.casussen(), jaar);
        markeer("VHB_DEMO_JAAR_GELADEN", team);
    }

    /**
     * Grants for the demo's cases through the money service (four eyes: proposed by the casemanager, approved by
     * the consulent, paid by the administratief): registration fees from the maatwerkbudget for every case that is
     * searching or further (most paid, the last two only proposed), first rent and furnishing for the cases with an
     * accepted offer (paid when moved, approved while moving), a deposit (loan) and removal costs for one, travel to
     * a viewing proposed for the cases with an open offer. Pots of the current year are made from the latest earlier
     * year when the seed has none.
     */
    private void geld(long team, List<Long> demo, Gebruiker cm, Gebruiker cm2, Gebruiker adm) {
        int jaar = LocalDate.now(klok).getYear();
        geld.zorgVoorJaar(team, jaar);
        Gebruiker consulent = account("vhb-consulent", team);
        List<Casussen.Casus> lijst = demo.stream().map(casussen::lees).filter(c -> c.casemanager() != null
                && (EnumSet.of(Status.ZOEKEN, Status.AANBOD, Status.VERHUIZING).contains(c.status())
                        || (c.status() == Status.AFGESLOTEN && c.uitkomst() == Uitkomst.VERHUISD))).toList();
        int n = 0;
        for (Casussen.Casus c : lijst) {
            long id = c.id();
            Gebruiker voorsteller = cm2.gebruikersnaam().equals(c.casemanager()) ? cm2 : cm;
            boolean verhuisd = c.status() == Status.AFGESLOTEN;
            List<Zoeken.Aanbod> aanbiedingen = zoeken.aanbiedingen(id);
            BigDecimal huur = aanbiedingen.stream().filter(a -> a.besluit() == Zoeken.Aanbodbesluit.AANVAARD)
                    .map(Zoeken.Aanbod::huur).findFirst().orElse(null);
            String open = aanbiedingen.stream().filter(a -> a.besluit() == null).map(Zoeken.Aanbod::gemeente)
                    .findFirst().orElse(null);
            n++;
            Geld.Verstrekking ins = geld.stelVoor(id, new Geld.Voorstel("INSCHRIJVING",
                    new BigDecimal(15 + (n % 3) * 15 + ".00"), null, "snel inschrijven vergroot de "
                    + "kans op een woning; klein bedrag, regelluw, past bij het plan van aanpak", open, jaar, null),
                    voorsteller, "demo");
            if (n <= lijst.size() - 2) {
                geld.keurGoed(ins.id(), consulent, "demo");
                geld.betaal(ins.id(), new Geld.Betaling(null, "DEMO-" + ins.id()), adm, "demo");
            }
            if (huur != null) {
                List<Geld.Verstrekking> v = new ArrayList<>();
                v.add(geld.stelVoor(id, new Geld.Voorstel("EERSTE_HUUR", huur, null, null, null, jaar, null), voorsteller,
                        "demo"));
                v.add(geld.stelVoor(id, new Geld.Voorstel("INRICHTING", new BigDecimal("1750.00"), null, null, null,
                        jaar, n % 2 == 0 ? 96 : 64), voorsteller, "demo"));
                if (verhuisd) {
                    v.add(geld.stelVoor(id, new Geld.Voorstel("REISKOSTEN", new BigDecimal("68.40"), null, null, null,
                            jaar, null), voorsteller, "demo"));
                }
                if (n % 2 == 0) {
                    v.add(geld.stelVoor(id, new Geld.Voorstel("BORG", new BigDecimal("650.00"), null, null, null,
                            jaar, null), voorsteller, "demo"));
                }
                for (Geld.Verstrekking x : v) {
                    geld.keurGoed(x.id(), consulent, "demo");
                    if (verhuisd) {
                        geld.betaal(x.id(), new Geld.Betaling(null, "DEMO-" + x.id()), adm, "demo");
                    }
                }
                if (!verhuisd) {
                    geld.stelVoor(id, new Geld.Voorstel("VERHUISKOSTEN", new BigDecimal("495.00"), null, null, null,
                            jaar, null), voorsteller, "demo");
                }
            } else if (open != null) {
                geld.stelVoor(id, new Geld.Voorstel("REISKOSTEN", new BigDecimal("52.80"), null, null, open, jaar, null),
                        voorsteller, "demo");
            }
        }
    }

    private static Zoeken.NieuwAanbod aanbod(int i, LocalDate vandaag) {
        String[] w = WONINGEN[i % 5];
        return new Zoeken.NieuwAanbod(w[0], w[1], w[2], new BigDecimal("598.40").add(BigDecimal.valueOf(i * 3L)),
                vandaag.plusDays(2), vandaag.plusDays(4));
    }
}
