package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a year of fictitious Verhuisbox cases with consistent, back-dated histories, straight into the tables
 * with a few large statements (arrays unnested in SQL): the referral, every state change with its moment, the
 * ICP-toets per hard criterion, variant, waiting list, intake, search, offer, move, closing (housed with date and
 * destination code of a real gemeente, or stopped with a reason), the end of the benefit, aftercare contacts and
 * client surveys, and — when the money tables
 * exist — paid grants within the budget of the pots (pots are created when missing). Events after {@code grens} do
 * not happen (the case stays in the state it reached). Used by the demo (a full previous year) and the performance
 * measurement (10,000 cases). Names are invented; no BSN.
 */
@Service
public class Jaargenerator {

    private static final Logger log = LoggerFactory.getLogger(Jaargenerator.class);
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final int BLOK = 20_000;

    private final JdbcClient jdbc;

    Jaargenerator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to generate.
     *
     * @param aanmelder      account id of the referrer (required)
     * @param casemanager    account id assigned as casemanager from the intake on, and proposer of grants
     * @param beoordelaar    account id that approves grants (four eyes: not the casemanager)
     * @param grens          last day on which events may happen (e.g. yesterday)
     */
    public record Opdracht(long team, int jaar, int aantal, long zaad, long aanmelder, long casemanager,
            Long administratief, long beoordelaar, LocalDate grens) {
    }

    public record Resultaat(int casussen, int statuswijzigingen, int toetsingen, int verstrekkingen, long millis) {
    }

    /** One case being simulated. */
    private static final class Sim {
        long id;
        LocalDate compleet;
        String status = "MELDING";
        String variant;
        String uitkomst;
        String stopreden;
        String bestemming;
        String bestemmingCode;
        LocalDate gehuisvest;
        Boolean uitkeringBeeindigd;
        LocalDate uitkeringOp;
        Integer criteriaJaar;
        LocalDate intake;
        boolean casemanager;
    }

    @Transactional
    public Resultaat genereer(Opdracht o) {
        long start = System.nanoTime();
        Random r = new Random(o.zaad());
        int criteriaJaar = jdbc.sql("select max(jaar) from vhb_criterium where jaar <= ?").param(o.jaar())
                .query(Integer.class).optional().orElseGet(() -> jdbc.sql("select min(jaar) from vhb_criterium")
                        .query(Integer.class).single());
        List<String> harde = jdbc.sql("select code from vhb_criterium where jaar = ? and soort = 'UITSLUITEND' "
                + "order by volgorde").param(criteriaJaar).query(String.class).list();
        String teamGemeente = jdbc.sql("select gemeente_code from vhb_team where id = ?").param(o.team())
                .query(String.class).single();
        List<String[]> bestemmingen = bestemmingen(r, teamGemeente, LocalDate.of(o.jaar(), 7, 1));
        List<Long> ids = jdbc.sql("select nextval(pg_get_serial_sequence('vhb_casus', 'id')) from "
                + "generate_series(1, ?)").param(o.aantal()).query(Long.class).list();

        Kolommen sw = new Kolommen(6);
        Kolommen toets = new Kolommen(6);
        List<Sim> sims = new ArrayList<>();
        Stopreden[] redenen = Stopreden.values();
        for (int i = 0; i < o.aantal(); i++) {
            Sim s = new Sim();
            s.id = ids.get(i);
            s.compleet = LocalDate.of(o.jaar(), 1, 1).plusDays(r.nextInt(LocalDate.of(o.jaar(), 1, 1).lengthOfYear()));
            sims.add(s);
            Tijd t = new Tijd(s.compleet, o.grens(), r);
            if (!t.ga(0, 0)) {
                // the referral itself lies after the limit: no case
                s.status = null;
                continue;
            }
            sw.rij(s.id, null, "MELDING", "Melding gedaan (gegenereerd)", "generator", t.moment());
            if (!stap(sw, s, t, 1, 4, "ICP_TOETS", "Melding in behandeling genomen")) {
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
                toets.rij(s.id, criteriaJaar, code, niet.contains(code) ? "NIET_VOLDAAN" : "VOLDAAN", "generator",
                        t.moment());
            }
            s.criteriaJaar = criteriaJaar;
            if (weigeren) {
                zet(sw, s, t, "GEWEIGERD", "ICP-toets: niet voldaan aan " + String.join(", ", niet));
                continue;
            }
            zet(sw, s, t, "WACHTLIJST", "ICP-toets: voldaan aan de criteria " + criteriaJaar);
            if (r.nextInt(100) < 5) {
                stop(sw, s, t, 10, 60, r.nextBoolean() ? Stopreden.NIET_GEMOTIVEERD : Stopreden.ANDERS);
                continue;
            }
            if (!t.ga(14, 100)) {
                continue;
            }
            s.casemanager = true;
            zet(sw, s, t, "INTAKE", "Eerste op de wachtlijst");
            s.intake = t.dag;
            int v = r.nextInt(100);
            s.variant = v < 55 ? "INTENSIEF" : v < 85 ? "LICHT" : "ADVIES";
            if (!stap(sw, s, t, 5, 25, "ZOEKEN", "Intake gedaan, plan afgesproken")) {
                continue;
            }
            if (r.nextInt(100) < 14) {
                stop(sw, s, t, 20, 150, redenen[r.nextInt(redenen.length)]);
                continue;
            }
            if (!stap(sw, s, t, 20, 120, "AANBOD", "Aanbod vastgelegd")) {
                continue;
            }
            if (r.nextInt(100) < 25) {
                if (!stap(sw, s, t, 3, 10, "ZOEKEN", "Aanbod geweigerd door de corporatie")
                        || !stap(sw, s, t, 10, 60, "AANBOD", "Nieuw aanbod vastgelegd")) {
                    continue;
                }
            }
            if (!stap(sw, s, t, 5, 20, "VERHUIZING", "Aanbod aanvaard")) {
                continue;
            }
            if (!t.ga(5, 25)) {
                continue;
            }
            boolean denHaag = r.nextInt(100) < 18;
            s.uitkomst = denHaag ? "GEHUISVEST_DEN_HAAG" : "VERHUISD";
            if (!denHaag) {
                String[] b = bestemmingen.get(r.nextInt(bestemmingen.size()));
                s.bestemmingCode = b[0];
                s.bestemming = b[1];
            }
            s.gehuisvest = t.dag;
            zet(sw, s, t, "AFGESLOTEN", denHaag ? "Toch een woning in Den Haag gevonden"
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
        List<Sim> echt = sims.stream().filter(s -> s.status != null).toList();
        voegCasussenIn(o, echt, r);
        sw.voegIn(jdbc, "insert into vhb_statuswijziging (casus_id, van, naar, reden, actor, tijdstip) "
                + "select a, b, c, d, e, f::timestamptz from unnest(cast(? as bigint[]), cast(? as text[]), "
                + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[])) as t (a, b, c, d, e, f)");
        toets.voegIn(jdbc, "insert into vhb_toetsing (casus_id, jaar, code, uitkomst, actor, tijdstip) "
                + "select a::bigint, b::int, c, d, e, f::timestamptz from unnest(cast(? as bigint[]), cast(? as text[]), "
                + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[])) as t (a, b, c, d, e, f)");
        nazorgEnEnquete(o, echt, r);
        int verstrekkingen = geld(o, echt, r, teamGemeente);
        long ms = (System.nanoTime() - start) / 1_000_000;
        log.info("Jaargenerator: {} casussen {} in {} ms ({} statuswijzigingen, {} toetsingen, {} verstrekkingen)",
                echt.size(), o.jaar(), ms, sw.aantal(), toets.aantal(), verstrekkingen);
        return new Resultaat(echt.size(), sw.aantal(), toets.aantal(), verstrekkingen, ms);
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
        String moment() {
            volgnummer++;
            return OffsetDateTime.of(dag, LocalTime.of(9, 0).plusMinutes(volgnummer * 7L + r.nextInt(5)),
                    NL.getRules().getOffset(dag.atTime(12, 0))).toString();
        }
    }

    private static boolean stap(Kolommen sw, Sim s, Tijd t, int min, int max, String naar, String reden) {
        if (!t.ga(min, max)) {
            return false;
        }
        zet(sw, s, t, naar, reden);
        return true;
    }

    private static void zet(Kolommen sw, Sim s, Tijd t, String naar, String reden) {
        sw.rij(s.id, s.status, naar, reden, "generator", t.moment());
        s.status = naar;
    }

    private static void stop(Kolommen sw, Sim s, Tijd t, int min, int max, Stopreden reden) {
        if (t.ga(min, max)) {
            s.uitkomst = "GESTOPT";
            s.stopreden = reden.name();
            zet(sw, s, t, "AFGESLOTEN", "Gestopt: " + reden.label());
        }
    }

    /** About 45 real gemeenten: a third in Zuid-Holland, the rest spread over the other provinces. */
    private List<String[]> bestemmingen(Random r, String eigen, LocalDate dag) {
        List<String[]> alle = jdbc.sql("select code, naam, provincie_code from gemeente where (geldig_vanaf is null "
                        + "or geldig_vanaf <= ?) and (geldig_tot is null or ? < geldig_tot) and code <> ? order by code")
                .params(dag, dag, eigen)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
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

    private void voegCasussenIn(Opdracht o, List<Sim> sims, Random r) {
        String[] voornamen = {"Anouk", "Bram", "Chantal", "Dennis", "Esra", "Farid", "Gerda", "Hamid", "Ilse",
            "Jordy", "Kim", "Lucas", "Mariam", "Nico", "Olga", "Priya", "Quinten", "Rachida", "Sven", "Tamara"};
        String[] achternamen = {"Jansen", "de Jong", "van Dijk", "Janssen", "van den Berg", "Hendriks", "Dekker",
            "Brouwer", "de Graaf", "Kok"};
        Kolommen k = new Kolommen(20);
        for (Sim s : sims) {
            boolean jongere = r.nextInt(6) == 0;
            int kinderen = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
            LocalDate geboren = s.compleet.minusYears(jongere ? 19 + r.nextInt(7) : 28 + r.nextInt(35))
                    .minusDays(r.nextInt(300));
            k.rij(s.id, s.status, jongere ? "JONGERE" : "HUISHOUDEN", s.variant,
                    voornamen[r.nextInt(voornamen.length)] + " " + achternamen[r.nextInt(achternamen.length)]
                            + " (gegenereerd)", geboren.toString(), kinderen > 0 ? 2 : 1, kinderen,
                    s.compleet.minusDays(r.nextInt(5)).toString(), s.compleet.toString(),
                    s.criteriaJaar, s.uitkomst, s.stopreden, s.bestemming, s.bestemmingCode,
                    s.gehuisvest == null ? null : s.gehuisvest.toString(), s.uitkeringBeeindigd,
                    s.uitkeringOp == null ? null : s.uitkeringOp.toString(), s.casemanager,
                    s.compleet.atTime(9, 0).atZone(NL).toOffsetDateTime().toString());
        }
        k.voegIn(jdbc, """
                insert into vhb_casus (id, team_id, aanmelder_id, aanmelder_organisatie, casemanager_id, administratief_id,
                    status, categorie, variant, naam, geboortedatum, volwassenen, kinderen, inkomen, slaapplek, reden,
                    voorkeursregios, toestemming_op, compleet_op, criteria_jaar, uitkomst, stopreden, bestemming,
                    bestemming_code, gehuisvest_op, uitkering_beeindigd, uitkering_beeindigd_op, aangemaakt_op,
                    gewijzigd_op)
                overriding system value
                select a::bigint, %d, %d, 'Gegenereerd (demo)', case when s::boolean then %s end,
                    case when s::boolean then %s end, b, c, d, e, f::date, g::int, h::int, 'Participatiewet',
                    'Nachtopvang', 'Dakloos; wil buiten de regio opnieuw beginnen (gegenereerd)', '{"Buiten de regio"}',
                    i::date, j::date, l::int, m, n, o, p, q::date, r::boolean, s2::date, t::timestamptz, t::timestamptz
                from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[])) as x (a, b, c, d, e, f, g, h, i, j, l, m, n, o, p, q, r, s2, s, t)"""
                .formatted(o.team(), o.aanmelder(), o.casemanager(),
                        o.administratief() == null ? "null::bigint" : o.administratief().toString()));
    }

    /**
     * Aftercare contacts at 1, 3, 6 and 12 months after a move (recorded when due before the limit; about 9 in 10
     * still live there) and the client survey for about 4 in 10 housed households.
     */
    private void nazorgEnEnquete(Opdracht o, List<Sim> sims, Random r) {
        Kolommen n = new Kolommen(6);
        Kolommen e = new Kolommen(9);
        for (Sim s : sims) {
            if (s.gehuisvest == null) {
                continue;
            }
            if ("VERHUISD".equals(s.uitkomst)) {
                for (int m : new int[] {1, 3, 6, 12}) {
                    LocalDate deadline = s.gehuisvest.plusMonths(m);
                    LocalDate vastgelegd = deadline.minusDays(r.nextInt(10));
                    if (vastgelegd.isAfter(o.grens())) {
                        break;
                    }
                    n.rij(s.id, m, s.gehuisvest.toString(), deadline.toString(),
                            vastgelegd.atTime(11, 0).atZone(NL).toOffsetDateTime().toString(), r.nextInt(100) < 92);
                }
            }
            LocalDate ingevuld = s.gehuisvest.plusDays(20 + r.nextInt(20));
            if (r.nextInt(10) < 4 && !ingevuld.isAfter(o.grens())) {
                e.rij(s.id, ingevuld.getYear(), score(r), score(r), score(r), score(r), score(r), score(r),
                        ingevuld.atTime(14, 0).atZone(NL).toOffsetDateTime().toString());
            }
        }
        n.voegIn(jdbc, "insert into vhb_nazorg (casus_id, maanden, verhuisdatum, deadline, vastgelegd_op, "
                + "vastgelegd_door, woont_er_nog, inkomen) select a, b::int, c::date, d::date, e::timestamptz, "
                + "'generator', f::boolean, 'Participatiewet nieuwe gemeente (gegenereerd)' from unnest(cast(? as bigint[]), "
                + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[])) "
                + "as t (a, b, c, d, e, f)");
        e.voegIn(jdbc, ("insert into vhb_enquete (casus_id, team_id, jaar, proces, steun, tevredenheid, vertrouwen, "
                + "perspectief, overzicht, ingevuld_door, vastgelegd_door, vastgelegd_op) select a, %d, b::int, "
                + "c::smallint, d::smallint, f::smallint, g::smallint, h::smallint, i::smallint, 'CASEMANAGER', "
                + "'generator', j::timestamptz from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), "
                + "cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), "
                + "cast(? as text[])) as t (a, b, c, d, f, g, h, i, j)").formatted(o.team()));
    }

    /** A survey score, mostly positive. */
    private static int score(Random r) {
        int x = r.nextInt(10);
        return x < 1 ? 2 : x < 3 ? 3 : x < 7 ? 4 : 5;
    }

    /** The pots (created when missing) and paid grants, never beyond a pot's budget. */
    private int geld(Opdracht o, List<Sim> sims, Random r, String teamGemeente) {
        double schaal = Math.max(1.0, sims.size() / 180.0);
        Map<String, BigDecimal> standaard = new LinkedHashMap<>();
        standaard.put("MAATWERK", new BigDecimal("50000.00"));
        standaard.put("VERHUISBOX_PLUS", new BigDecimal("220000.00"));
        standaard.put("LEENBIJSTAND", new BigDecimal("25000.00"));
        Map<String, String> namen = Map.of("MAATWERK", "Maatwerkbudget SCM", "VERHUISBOX_PLUS",
                "Verhuisbox Plus (bijzondere bijstand, gift)", "LEENBIJSTAND", "Leenbijstand bijzondere bijstand (lening)");
        Map<String, Long> pot = new HashMap<>();
        Map<String, BigDecimal> ruimte = new HashMap<>();
        for (var e : standaard.entrySet()) {
            jdbc.sql("insert into vhb_pot (team_id, jaar, code, naam, bedrag) values (?, ?, ?, ?, ?) "
                            + "on conflict (team_id, jaar, code) do nothing")
                    .params(o.team(), o.jaar(), e.getKey(), namen.get(e.getKey()),
                            e.getValue().multiply(BigDecimal.valueOf(schaal)).setScale(2, RoundingMode.HALF_UP)).update();
            Object[] x = jdbc.sql("select p.id, p.bedrag - coalesce((select sum(v.bedrag) from vhb_verstrekking v "
                            + "where v.pot_id = p.id and v.status in ('GOEDGEKEURD', 'BETAALD')), 0) from vhb_pot p "
                            + "where p.team_id = ? and p.jaar = ? and p.code = ?")
                    .params(o.team(), o.jaar(), e.getKey())
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)}).single();
            pot.put(e.getKey(), (Long) x[0]);
            ruimte.put(e.getKey(), (BigDecimal) x[1]);
        }
        String voorsteller = jdbc.sql("select gebruikersnaam from gebruiker where id = ?").param(o.casemanager())
                .query(String.class).single();
        String beoordelaar = jdbc.sql("select gebruikersnaam from gebruiker where id = ?").param(o.beoordelaar())
                .query(String.class).single();
        Kolommen v = new Kolommen(12);
        int n = 0;
        for (Sim s : sims) {
            List<Object[]> grants = new ArrayList<>();
            if (s.intake != null && r.nextInt(10) < 7) {
                grants.add(new Object[] {"INSCHRIJVING", "GIFT", "MAATWERK", bedrag(r, 15, 250), s.intake.plusDays(7),
                    "Inschrijfkosten woonnetverdeelsystemen (maatwerkbudget)"});
            }
            if (s.gehuisvest != null) {
                boolean eigen = "GEHUISVEST_DEN_HAAG".equals(s.uitkomst) || teamGemeente.equals(s.bestemmingCode);
                String vorm = eigen ? "LENING" : "GIFT";
                String p = eigen ? "LEENBIJSTAND" : "VERHUISBOX_PLUS";
                LocalDate d = s.gehuisvest.minusDays(r.nextInt(8));
                grants.add(new Object[] {"EERSTE_HUUR", vorm, p, bedrag(r, 550, 950), d, "Eerste huurnota"});
                if (!eigen) {
                    grants.add(new Object[] {"INRICHTING", "GIFT", p, bedrag(r, 900, 1750), d,
                        "Inrichtingskosten (woninginrichting)"});
                    if (r.nextInt(10) < 6) {
                        grants.add(new Object[] {"VERHUISKOSTEN", "GIFT", p, bedrag(r, 250, 500), d, "Verhuiskosten"});
                    }
                }
                if (r.nextInt(10) < 4) {
                    grants.add(new Object[] {"BORG", "LENING", "LEENBIJSTAND", bedrag(r, 400, 900), d,
                        "Borg (waarborgsom)"});
                }
            }
            int volg = 0;
            for (Object[] g : grants) {
                LocalDate betaald = (LocalDate) g[4];
                BigDecimal b = (BigDecimal) g[3];
                String code = (String) g[2];
                if (betaald.isAfter(o.grens()) || betaald.getYear() != o.jaar() || ruimte.get(code).compareTo(b) < 0) {
                    continue;
                }
                ruimte.put(code, ruimte.get(code).subtract(b));
                OffsetDateTime voorgesteld = betaald.minusDays(6).atTime(10, 0).atZone(NL).toOffsetDateTime();
                v.rij(s.id, pot.get(code), g[0], g[1], b.toPlainString(), g[5],
                        s.bestemming == null ? "Den Haag" : s.bestemming, "GIFT".equals(g[1]) ? "false" : "true",
                        voorgesteld.toString(), voorgesteld.plusDays(2).toString(), betaald.toString(),
                        "GEN-" + o.jaar() + "-" + s.id + "-" + (++volg));
                n++;
            }
        }
        v.voegIn(jdbc, """
                insert into vhb_verstrekking (casus_id, pot_id, soort, vorm, bedrag, status, omschrijving, gemeente,
                    eigen_gemeente, grondslag, bezwaar, voorgesteld_door, voorgesteld_door_id, voorgesteld_op,
                    beoordeeld_door, beoordeeld_door_id, beoordeeld_op, ontvanger, beschikkingsdatum, betaald_door,
                    betaald_op, kenmerk)
                select a::bigint, b::bigint, c, d, e::numeric, 'BETAALD', f, g, h::boolean,
                    'Artikel 35 Participatiewet (bijzondere bijstand); gegenereerde verstrekking', true,
                    '%s', %d, i::timestamptz, '%s', %d, j::timestamptz, 'Cliënt (gegenereerd)', j::timestamptz::date,
                    'generator', k::date, l
                from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[])) as x (a, b, c, d, e, f, g, h, i, j, k, l)"""
                .formatted(voorsteller.replace("'", "''"), o.casemanager(), beoordelaar.replace("'", "''"),
                        o.beoordelaar()));
        return n;
    }

    private static BigDecimal bedrag(Random r, int min, int max) {
        return BigDecimal.valueOf(min * 100L + r.nextInt((max - min) * 100 + 1), 2);
    }

    /** Column-wise buffers for one multi-row insert through unnest (inserted in blocks of {@value #BLOK} rows). */
    private static final class Kolommen {
        private final List<List<Object>> kolommen = new ArrayList<>();

        Kolommen(int n) {
            for (int i = 0; i < n; i++) {
                kolommen.add(new ArrayList<>());
            }
        }

        void rij(Object... waarden) {
            for (int i = 0; i < waarden.length; i++) {
                kolommen.get(i).add(waarden[i]);
            }
        }

        int aantal() {
            return kolommen.get(0).size();
        }

        void voegIn(JdbcClient jdbc, String sql) {
            for (int van = 0; van < aantal(); van += BLOK) {
                int tot = Math.min(aantal(), van + BLOK);
                Object[] params = new Object[kolommen.size()];
                for (int k = 0; k < kolommen.size(); k++) {
                    List<Object> deel = kolommen.get(k).subList(van, tot);
                    if (k == 0) {
                        params[k] = deel.stream().map(x -> (Long) x).toArray(Long[]::new);
                    } else {
                        params[k] = deel.stream().map(x -> x == null ? null : x.toString()).toArray(String[]::new);
                    }
                }
                jdbc.sql(sql).params(params).update();
            }
        }
    }
}
