package nl.woonregie.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Teams;
import nl.woonregie.verhuisbox.Casussen;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Geld;
import nl.woonregie.verhuisbox.HistorischeImport;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a year of fictitious Verhuisbox cases with consistent, back-dated histories and imports them through
 * Verhuisbox's bulk import ({@link HistorischeImport}): the referral, every state change with its moment, the
 * ICP-toets per hard criterion, variant, waiting list, intake, search, offer, move, closing (housed with date and
 * destination code of a real gemeente, or stopped with a reason), the end of the benefit, aftercare contacts and
 * client surveys, and paid grants within the budget of the pots (pots are made when missing). Events after
 * {@code grens} do not happen (the case stays in the state it reached). Used by the demo (a full previous year) and
 * the performance measurement (10,000 cases). Names are invented; no BSN. The same seed gives the same year.
 */
@Service
public class Jaargenerator {

    private static final Logger log = LoggerFactory.getLogger(Jaargenerator.class);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String ACTOR = "generator";

    private final Casussen casussen;
    private final Geld geld;
    private final HistorischeImport importeren;
    private final Teams teams;
    private final GebiedService gebied;

    Jaargenerator(Casussen casussen, Geld geld, HistorischeImport importeren, Teams teams, GebiedService gebied) {
        this.casussen = casussen;
        this.geld = geld;
        this.importeren = importeren;
        this.teams = teams;
        this.gebied = gebied;
    }

    /**
     * What to generate.
     *
     * @param aanmelder             account id of the referrer (required)
     * @param casemanager           account id assigned as casemanager from the intake on, and proposer of grants
     * @param beoordelaar           account id that approves grants (four eyes: not the casemanager)
     * @param grens                 last day on which events may happen (e.g. yesterday)
     * @param capaciteitAanvullenIn generated cases that entered the intake in this year get their places added to
     *                              that year's capacity (null: none)
     */
    public record Opdracht(long team, int jaar, int aantal, long zaad, long aanmelder, long casemanager,
            Long administratief, long beoordelaar, LocalDate grens, Integer capaciteitAanvullenIn) {

        public Opdracht(long team, int jaar, int aantal, long zaad, long aanmelder, long casemanager,
                Long administratief, long beoordelaar, LocalDate grens) {
            this(team, jaar, aantal, zaad, aanmelder, casemanager, administratief, beoordelaar, grens, null);
        }
    }

    public record Resultaat(int casussen, int statuswijzigingen, int toetsingen, int verstrekkingen, long millis) {
    }

    /** One case being simulated. */
    private static final class Sim {
        LocalDate compleet;
        Status status = Status.MELDING;
        Variant variant;
        Uitkomst uitkomst;
        Stopreden stopreden;
        String bestemming;
        String bestemmingCode;
        LocalDate gehuisvest;
        Boolean uitkeringBeeindigd;
        LocalDate uitkeringOp;
        Integer criteriaJaar;
        LocalDate intake;
        boolean casemanager;
        boolean bestaat = true;
        final List<HistorischeImport.Statusstap> geschiedenis = new ArrayList<>();
        final List<HistorischeImport.Toetsing> toetsing = new ArrayList<>();
        final List<HistorischeImport.Verstrekking> verstrekkingen = new ArrayList<>();
        final List<HistorischeImport.Nazorgcontact> nazorg = new ArrayList<>();
        HistorischeImport.Enquete enquete;
    }

    @Transactional
    public Resultaat genereer(Opdracht o) {
        long start = System.nanoTime();
        Random r = new Random(o.zaad());
        int criteriaJaar = casussen.criteriaJaar(o.jaar());
        List<String> harde = casussen.criteria(criteriaJaar).stream()
                .filter(k -> k.soort() == Criterium.Soort.UITSLUITEND).map(Criterium::code).toList();
        Map<String, String> omschrijvingen = casussen.criteria(criteriaJaar).stream()
                .collect(Collectors.toMap(Criterium::code, Criterium::omschrijving));
        String teamGemeente = teams.alle().stream().filter(t -> t.id() == o.team()).findFirst().orElseThrow()
                .gemeente();
        List<String[]> bestemmingen = bestemmingen(r, teamGemeente, LocalDate.of(o.jaar(), 7, 1));
        List<Sim> sims = new ArrayList<>();
        Stopreden[] redenen = Stopreden.values();
        for (int i = 0; i < o.aantal(); i++) {
            Sim s = new Sim();
            s.compleet = LocalDate.of(o.jaar(), 1, 1).plusDays(r.nextInt(LocalDate.of(o.jaar(), 1, 1).lengthOfYear()));
            sims.add(s);
            Tijd t = new Tijd(s.compleet, o.grens(), r);
            if (!t.ga(0, 0)) {
                // the referral itself lies after the limit: no case
                s.bestaat = false;
                continue;
            }
            s.geschiedenis.add(new HistorischeImport.Statusstap(null, Status.MELDING, "Melding gedaan (gegenereerd)",
                    ACTOR, t.moment()));
            if (!stap(s, t, 1, 4, Status.ICP_TOETS, "Melding in behandeling genomen")) {
                continue;
            }
            if (!t.ga(1, 10)) {
                continue;
            }
            boolean weigeren = r.nextInt(100) < 13;
            List<String> niet = new ArrayList<>();
            if (weigeren) {
                niet.add(harde.get(r.nextInt(harde.size())));
                if (r.nextInt(5) == 0) {
                    String tweede = harde.get(r.nextInt(harde.size()));
                    if (!niet.contains(tweede)) {
                        niet.add(tweede);
                    }
                }
            }
            for (String code : harde) {
                s.toetsing.add(new HistorischeImport.Toetsing(criteriaJaar, code, niet.contains(code)
                        ? Criterium.Uitslag.NIET_VOLDAAN : Criterium.Uitslag.VOLDAAN, ACTOR, t.moment()));
            }
            s.criteriaJaar = criteriaJaar;
            if (weigeren) {
                zet(s, t, Status.GEWEIGERD, "ICP-toets: niet voldaan: " + String.join("; ",
                        niet.stream().map(omschrijvingen::get).toList()));
                continue;
            }
            zet(s, t, Status.WACHTLIJST, "ICP-toets: voldaan aan de criteria " + criteriaJaar);
            if (r.nextInt(100) < 5) {
                stop(s, t, 10, 60, r.nextBoolean() ? Stopreden.NIET_GEMOTIVEERD : Stopreden.ANDERS);
                continue;
            }
            if (!t.ga(14, 100)) {
                continue;
            }
            s.casemanager = true;
            zet(s, t, Status.INTAKE, "Eerste op de wachtlijst");
            s.intake = t.dag;
            int v = r.nextInt(100);
            s.variant = v < 55 ? Variant.INTENSIEF : v < 85 ? Variant.LICHT : Variant.ADVIES;
            if (!stap(s, t, 5, 25, Status.ZOEKEN, "Intake gedaan, plan afgesproken")) {
                continue;
            }
            if (r.nextInt(100) < 14) {
                stop(s, t, 20, 150, redenen[r.nextInt(redenen.length)]);
                continue;
            }
            if (!stap(s, t, 20, 120, Status.AANBOD, "Aanbod vastgelegd")) {
                continue;
            }
            if (r.nextInt(100) < 25) {
                if (!stap(s, t, 3, 10, Status.ZOEKEN, "Aanbod geweigerd door de corporatie")
                        || !stap(s, t, 10, 60, Status.AANBOD, "Nieuw aanbod vastgelegd")) {
                    continue;
                }
            }
            if (!stap(s, t, 5, 20, Status.VERHUIZING, "Aanbod aanvaard")) {
                continue;
            }
            if (!t.ga(5, 25)) {
                continue;
            }
            boolean denHaag = r.nextInt(100) < 18;
            s.uitkomst = denHaag ? Uitkomst.GEHUISVEST_DEN_HAAG : Uitkomst.VERHUISD;
            if (!denHaag) {
                String[] b = bestemmingen.get(r.nextInt(bestemmingen.size()));
                s.bestemmingCode = b[0];
                s.bestemming = b[1];
            }
            s.gehuisvest = t.dag;
            zet(s, t, Status.AFGESLOTEN, denHaag ? "Toch een woning in Den Haag gevonden"
                    : "Verhuisd, warme overdracht gedaan");
            int u = r.nextInt(100);
            LocalDate einde = t.dag.plusDays(20 + r.nextInt(50));
            if (u < 85 && !einde.isAfter(o.grens())) {
                s.uitkeringBeeindigd = true;
                s.uitkeringOp = einde;
            } else if (u >= 85 && u < 95) {
                s.uitkeringBeeindigd = false;
            }
        }
        List<Sim> echt = sims.stream().filter(s -> s.bestaat).toList();
        List<HistorischeImport.Casus> casussen = gegevens(o, echt, r);
        nazorgEnEnquete(o, echt, r);
        int verstrekkingen = geld(o, echt, r, teamGemeente);
        List<HistorischeImport.Casus> partij = new ArrayList<>();
        for (int i = 0; i < echt.size(); i++) {
            Sim s = echt.get(i);
            HistorischeImport.Casus c = casussen.get(i);
            partij.add(new HistorischeImport.Casus(c.aanmelder(), c.organisatie(), c.casemanager(), c.administratief(),
                    c.naam(), c.geboortedatum(), c.categorie(), c.volwassenen(), c.kinderen(), c.inkomen(),
                    c.slaapplek(), c.reden(), c.voorkeursregios(), c.toestemmingOp(), c.compleetOp(), c.aangemaaktOp(),
                    c.status(), c.variant(), c.criteriaJaar(), c.uitkomst(), c.stopreden(), c.bestemming(),
                    c.bestemmingCode(), c.gehuisvestOp(), c.uitkeringBeeindigd(), c.uitkeringBeeindigdOp(),
                    s.geschiedenis, s.toetsing, s.verstrekkingen, s.nazorg, s.enquete));
        }
        HistorischeImport.Resultaat r2 = importeren.importeer(new HistorischeImport.Partij(o.team(), "GEN",
                o.capaciteitAanvullenIn(), partij), new Actor(ACTOR, null));
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.info("Jaargenerator: {} casussen {} in {} ms ({} statuswijzigingen, {} toetsingen, {} verstrekkingen)",
                echt.size(), o.jaar(), ms, r2.statuswijzigingen(), r2.toetsingen(), verstrekkingen);
        return new Resultaat(echt.size(), r2.statuswijzigingen(), r2.toetsingen(), verstrekkingen, ms);
    }

    /** The clock of one case: the current day and a moment on it; {@link #ga} moves on unless beyond the limit. */
    private static final class Tijd {
        LocalDate dag;
        final LocalDate grens;
        final Random r;
        int volgnummer;

        Tijd(LocalDate dag, LocalDate grens, Random r) {
            this.dag = dag;
            this.grens = grens;
            this.r = r;
        }

        boolean ga(int min, int max) {
            LocalDate volgende = dag.plusDays(min + (max > min ? r.nextInt(max - min + 1) : 0));
            if (volgende.isAfter(grens)) {
                return false;
            }
            dag = volgende;
            volgnummer = 0;
            return true;
        }

        /** A moment on the current day during office hours; later calls on the same day are later. */
        OffsetDateTime moment() {
            volgnummer++;
            return OffsetDateTime.of(dag, LocalTime.of(9, 0).plusMinutes(volgnummer * 7L + r.nextInt(5)),
                    NL.getRules().getOffset(dag.atTime(12, 0)));
        }
    }

    private static boolean stap(Sim s, Tijd t, int min, int max, Status naar, String reden) {
        if (!t.ga(min, max)) {
            return false;
        }
        zet(s, t, naar, reden);
        return true;
    }

    private static void zet(Sim s, Tijd t, Status naar, String reden) {
        s.geschiedenis.add(new HistorischeImport.Statusstap(s.status, naar, reden, ACTOR, t.moment()));
        s.status = naar;
    }

    private static void stop(Sim s, Tijd t, int min, int max, Stopreden reden) {
        if (t.ga(min, max)) {
            s.uitkomst = Uitkomst.GESTOPT;
            s.stopreden = reden;
            zet(s, t, Status.AFGESLOTEN, "Gestopt: " + reden.label());
        }
    }

    /** About 45 real gemeenten: a third in Zuid-Holland, the rest spread over the other provinces. */
    private List<String[]> bestemmingen(Random r, String eigen, LocalDate dag) {
        List<String[]> alle = gebied.gemeentenOp(dag).stream().filter(g -> !g.code().equals(eigen))
                .sorted(Comparator.comparing(Gemeente::code))
                .map(g -> new String[] {g.code(), g.naam(), g.provincie().code()}).toList();
        List<String[]> zh = new ArrayList<>(alle.stream().filter(g -> g[2].equals("PV28")).toList());
        List<String[]> rest = new ArrayList<>(alle.stream().filter(g -> !g[2].equals("PV28")).toList());
        Collections.shuffle(zh, r);
        Collections.shuffle(rest, r);
        List<String[]> gekozen = new ArrayList<>();
        // weights by repetition: Zuid-Holland about 40 % of the moves
        for (String[] g : zh.subList(0, Math.min(12, zh.size()))) {
            gekozen.add(g);
            gekozen.add(g);
        }
        gekozen.addAll(rest.subList(0, Math.min(33, rest.size())));
        return gekozen;
    }

    /** The referral and outcome of every case (without history, grants and aftercare yet). */
    private List<HistorischeImport.Casus> gegevens(Opdracht o, List<Sim> sims, Random r) {
        String[] voornamen = {"Anouk", "Bram", "Chantal", "Dennis", "Esra", "Farid", "Gerda", "Hamid", "Ilse",
            "Jordy", "Kim", "Lucas", "Mariam", "Nico", "Olga", "Priya", "Quinten", "Rachida", "Sven", "Tamara"};
        String[] achternamen = {"Jansen", "de Jong", "van Dijk", "Janssen", "van den Berg", "Hendriks", "Dekker",
            "Brouwer", "de Graaf", "Kok"};
        List<HistorischeImport.Casus> lijst = new ArrayList<>();
        for (Sim s : sims) {
            boolean jongere = r.nextInt(6) == 0;
            int kinderen = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
            LocalDate geboren = s.compleet.minusYears(jongere ? 19 + r.nextInt(7) : 28 + r.nextInt(35))
                    .minusDays(r.nextInt(300));
            String naam = voornamen[r.nextInt(voornamen.length)] + " " + achternamen[r.nextInt(achternamen.length)]
                    + " (gegenereerd)";
            LocalDate toestemming = s.compleet.minusDays(r.nextInt(5));
            lijst.add(new HistorischeImport.Casus(o.aanmelder(), "Gegenereerd (demo)",
                    s.casemanager ? o.casemanager() : null, s.casemanager ? o.administratief() : null, naam, geboren,
                    jongere ? Categorie.JONGERE : Categorie.HUISHOUDEN, kinderen > 0 ? 2 : 1, kinderen,
                    "Participatiewet", "Nachtopvang", "Dakloos; wil buiten de regio opnieuw beginnen (gegenereerd)",
                    List.of("Buiten de regio"), toestemming, s.compleet, s.compleet.atTime(9, 0).atZone(NL)
                            .toOffsetDateTime(), s.status, s.variant, s.criteriaJaar, s.uitkomst, s.stopreden,
                    s.bestemming, s.bestemmingCode, s.gehuisvest, s.uitkeringBeeindigd, s.uitkeringOp, null, null,
                    null, null, null));
        }
        return lijst;
    }

    /**
     * Aftercare contacts at 1, 3, 6 and 12 months after a move (recorded when due before the limit; about 9 in 10
     * still live there) and the client survey for about 4 in 10 housed households.
     */
    private void nazorgEnEnquete(Opdracht o, List<Sim> sims, Random r) {
        for (Sim s : sims) {
            if (s.gehuisvest == null) {
                continue;
            }
            if (s.uitkomst == Uitkomst.VERHUISD) {
                for (int m : new int[] {1, 3, 6, 12}) {
                    LocalDate deadline = s.gehuisvest.plusMonths(m);
                    LocalDate vastgelegd = deadline.minusDays(r.nextInt(10));
                    if (vastgelegd.isAfter(o.grens())) {
                        break;
                    }
                    s.nazorg.add(new HistorischeImport.Nazorgcontact(m, s.gehuisvest, deadline,
                            vastgelegd.atTime(11, 0).atZone(NL).toOffsetDateTime(), ACTOR, r.nextInt(100) < 92,
                            "Participatiewet nieuwe gemeente (gegenereerd)"));
                }
            }
            LocalDate ingevuld = s.gehuisvest.plusDays(20 + r.nextInt(20));
            if (r.nextInt(10) < 4 && !ingevuld.isAfter(o.grens())) {
                s.enquete = new HistorischeImport.Enquete(ingevuld.getYear(), score(r), score(r), score(r), score(r),
                        score(r), score(r), "CASEMANAGER", ACTOR, ingevuld.atTime(14, 0).atZone(NL).toOffsetDateTime());
            }
        }
    }

    /** A survey score, mostly positive. */
    private static int score(Random r) {
        int x = r.nextInt(10);
        return x < 1 ? 2 : x < 3 ? 3 : x < 7 ? 4 : 5;
    }

    /** The pots (made when missing) and paid grants, never beyond a pot's budget. */
    private int geld(Opdracht o, List<Sim> sims, Random r, String teamGemeente) {
        double schaal = Math.max(1.0, sims.size() / 180.0);
        Map<String, BigDecimal> standaard = new LinkedHashMap<>();
        standaard.put("MAATWERK", new BigDecimal("50000.00"));
        standaard.put("VERHUISBOX_PLUS", new BigDecimal("220000.00"));
        standaard.put("LEENBIJSTAND", new BigDecimal("25000.00"));
        Map<String, String> namen = Map.of("MAATWERK", "Maatwerkbudget SCM", "VERHUISBOX_PLUS",
                "Verhuisbox Plus (bijzondere bijstand, gift)", "LEENBIJSTAND", "Leenbijstand bijzondere bijstand (lening)");
        List<Geld.Potbudget> budgetten = new ArrayList<>();
        standaard.forEach((code, bedrag) -> budgetten.add(new Geld.Potbudget(code, namen.get(code),
                bedrag.multiply(BigDecimal.valueOf(schaal)).setScale(2, RoundingMode.HALF_UP))));
        Map<String, BigDecimal> ruimte = new LinkedHashMap<>(geld.zorgVoorPotten(o.team(), o.jaar(), budgetten));
        int n = 0;
        for (Sim s : sims) {
            List<Object[]> grants = new ArrayList<>();
            if (s.intake != null && r.nextInt(10) < 7) {
                grants.add(new Object[] {"INSCHRIJVING", Geld.Vorm.GIFT, "MAATWERK", bedrag(r, 15, 250),
                    s.intake.plusDays(7), "Inschrijfkosten woonnetverdeelsystemen (maatwerkbudget)"});
            }
            if (s.gehuisvest != null) {
                boolean eigen = s.uitkomst == Uitkomst.GEHUISVEST_DEN_HAAG || teamGemeente.equals(s.bestemmingCode);
                Geld.Vorm vorm = eigen ? Geld.Vorm.LENING : Geld.Vorm.GIFT;
                String p = eigen ? "LEENBIJSTAND" : "VERHUISBOX_PLUS";
                LocalDate d = s.gehuisvest.minusDays(r.nextInt(8));
                grants.add(new Object[] {"EERSTE_HUUR", vorm, p, bedrag(r, 550, 950), d, "Eerste huurnota"});
                if (!eigen) {
                    grants.add(new Object[] {"INRICHTING", Geld.Vorm.GIFT, p, bedrag(r, 900, 1750), d,
                        "Inrichtingskosten (woninginrichting)"});
                    if (r.nextInt(10) < 6) {
                        grants.add(new Object[] {"VERHUISKOSTEN", Geld.Vorm.GIFT, p, bedrag(r, 250, 500), d,
                            "Verhuiskosten"});
                    }
                }
                if (r.nextInt(10) < 4) {
                    grants.add(new Object[] {"BORG", Geld.Vorm.LENING, "LEENBIJSTAND", bedrag(r, 400, 900), d,
                        "Borg (waarborgsom)"});
                }
            }
            for (Object[] g : grants) {
                LocalDate betaald = (LocalDate) g[4];
                BigDecimal b = (BigDecimal) g[3];
                String code = (String) g[2];
                if (betaald.isAfter(o.grens()) || betaald.getYear() != o.jaar() || ruimte.get(code).compareTo(b) < 0) {
                    continue;
                }
                ruimte.put(code, ruimte.get(code).subtract(b));
                OffsetDateTime voorgesteld = betaald.minusDays(6).atTime(10, 0).atZone(NL).toOffsetDateTime();
                Geld.Vorm vorm = (Geld.Vorm) g[1];
                s.verstrekkingen.add(new HistorischeImport.Verstrekking((String) g[0], vorm, code, o.jaar(), b,
                        (String) g[5], s.bestemming == null ? "Den Haag" : s.bestemming, vorm != Geld.Vorm.GIFT,
                        "Artikel 35 Participatiewet (bijzondere bijstand); gegenereerde verstrekking", true,
                        o.casemanager(), voorgesteld, o.beoordelaar(), voorgesteld.plusDays(2), "Cliënt (gegenereerd)",
                        betaald, ACTOR, null));
                n++;
            }
        }
        return n;
    }

    private static BigDecimal bedrag(Random r, int min, int max) {
        return BigDecimal.valueOf(min * 100L + r.nextInt((max - min) * 100 + 1), 2);
    }
}
