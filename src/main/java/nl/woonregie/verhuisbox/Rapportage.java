package nl.woonregie.verhuisbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Verhuisbox figures for a period [van, tot] (both days included, Dutch time) and a team. Every figure has
 * exactly one definition: a <em>set</em> ({@link Verzameling}, one SQL query returning rows (case, key, value)) and
 * an <em>aggregate</em> over that set ({@link Aggregaat}). The number shown is the aggregate of the rows; the
 * drill-down of the figure lists exactly those rows (per case). So a count is, by construction, the number of cases
 * in its drill-down, and two reports over the same period cannot disagree. The legend text of every figure is part of
 * its definition and is shown with it (page, JSON, XLSX).
 *
 * <p>Timestamps (state changes) are taken in the time zone Europe/Amsterdam: a change belongs to day d when it
 * happened on or after d 00:00 and before d+1 00:00 Dutch time. "State at the end of the period" is the target of the
 * last state change before the end of {@code tot}; a referral without a change by then is in Melding.
 */
@Service
public class Rapportage {

    static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    /** The longest period a report may cover. */
    static final int MAX_JAREN = 10;
    static final String ONBEKEND = "ONBEKEND";

    private final JdbcClient jdbc;
    private final GebiedService gebied;

    Rapportage(JdbcClient jdbc, GebiedService gebied) {
        this.jdbc = jdbc;
        this.gebied = gebied;
    }

    // ---------------------------------------------------------------- definitions

    /** How the rows of a set become a number. */
    public enum Aggregaat {
        /** The number of distinct cases in the set. */
        AANTAL(false),
        /** Per key: the number of distinct cases with that key. */
        AANTAL_PER(true),
        /** The mean of the values (one row per case). */
        GEMIDDELDE(false),
        /** Per key: the mean of the values with that key. */
        GEMIDDELDE_PER(true),
        /** The median of the values (the mean of the two middle ones when their number is even). */
        MEDIAAN(false),
        /** The largest value. */
        MAXIMUM(false),
        /** The sum of the values. */
        SOM(false),
        /** Per key: the sum of the values with that key. */
        SOM_PER(true);

        final boolean perSleutel;

        Aggregaat(boolean perSleutel) {
            this.perSleutel = perSleutel;
        }

        /** Is the figure given per key (reason, municipality, pot, question)? */
        public boolean perSleutel() {
            return perSleutel;
        }
    }

    /** Is a set about money (only available when the money tables exist)? */
    enum Bron {
        CASUS, GELD
    }

    /**
     * A set of cases: one query with the named parameters {@code team}, {@code van}, {@code tot} (dates) and
     * {@code vanTs}, {@code totTs} (the start of {@code van} and of the day after {@code tot}, Dutch time), returning
     * rows {@code (casus_id, sleutel, waarde)}.
     */
    record Verzameling(String code, Bron bron, String sql) {
    }

    /** The state at the end of the period of every referral of the team made by then. */
    private static final String STAND_EIND = """
            select c.id, c.compleet_op, coalesce((select s.naar from vhb_statuswijziging s where s.casus_id = c.id
                   and s.tijdstip < :totTs order by s.tijdstip desc, s.id desc limit 1), 'MELDING') as stand
            from vhb_casus c where c.team_id = :team and c.compleet_op <= :tot""";

    private static final String GEHUISVEST_WAAR = """
            c.team_id = :team and c.uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG')
              and c.gehuisvest_op between :van and :tot""";

    static final Map<String, Verzameling> VERZAMELINGEN = new LinkedHashMap<>();

    static {
        v("AANMELDINGEN", Bron.CASUS, """
                select c.id, null::text, null::numeric from vhb_casus c
                where c.team_id = :team and c.compleet_op between :van and :tot""");
        v("GESCREEND", Bron.CASUS, """
                select distinct s.casus_id, s.naar::text, null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and s.van = 'ICP_TOETS' and s.naar in ('GEWEIGERD', 'WACHTLIJST')
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        v("GEWEIGERD", Bron.CASUS, """
                select distinct c.id, coalesce(r.code, 'ONBEKEND'), null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                left join lateral (
                    select t.code from (select distinct on (t.code) t.code, t.uitkomst from vhb_toetsing t
                                        where t.casus_id = c.id and t.jaar = c.criteria_jaar order by t.code, t.id desc) t
                    join vhb_criterium k on k.jaar = c.criteria_jaar and k.code = t.code and k.soort = 'UITSLUITEND'
                    where t.uitkomst = 'NIET_VOLDAAN') r on true
                where c.team_id = :team and s.naar = 'GEWEIGERD' and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        v("WACHTEND", Bron.CASUS, """
                with e as (""" + STAND_EIND + """
                )
                select e.id, null::text, (cast(:tot as date) - coalesce((select max((s.tijdstip at time zone 'Europe/Amsterdam')::date)
                       from vhb_statuswijziging s where s.casus_id = e.id and s.naar = 'WACHTLIJST'
                       and s.tijdstip < :totTs), e.compleet_op))::numeric
                from e where e.stand = 'WACHTLIJST'""");
        v("GESTART", Bron.CASUS, """
                select c.id, null::text, ((s.tijdstip at time zone 'Europe/Amsterdam')::date
                       - coalesce((select max((w.tijdstip at time zone 'Europe/Amsterdam')::date) from vhb_statuswijziging w
                                   where w.casus_id = c.id and w.naar = 'WACHTLIJST' and w.tijdstip <= s.tijdstip),
                                  c.compleet_op))::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and s.naar = 'INTAKE' and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        v("GESTOPT", Bron.CASUS, """
                select distinct c.id, coalesce(c.stopreden, 'ONBEKEND'), null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and c.uitkomst = 'GESTOPT' and s.naar = 'AFGESLOTEN'
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        v("GEHUISVEST", Bron.CASUS, "select c.id, null::text, (c.gehuisvest_op - c.compleet_op)::numeric "
                + "from vhb_casus c where " + GEHUISVEST_WAAR);
        v("GEHUISVEST_DIENST", Bron.CASUS, "select c.id, case when c.variant = 'INTENSIEF' then 'INTENSIEF' "
                + "else 'ALLEEN_GELD' end, null::numeric from vhb_casus c where " + GEHUISVEST_WAAR);
        v("GEHUISVEST_PLAATS", Bron.CASUS, "select c.id, case when c.uitkomst = 'GEHUISVEST_DEN_HAAG' "
                + "or c.bestemming_code = t.gemeente_code then 'EIGEN_GEMEENTE' else 'ELDERS' end, null::numeric "
                + "from vhb_casus c join vhb_team t on t.id = c.team_id where " + GEHUISVEST_WAAR);
        v("BESTEMMING_GEMEENTE", Bron.CASUS, "select c.id, coalesce(case when c.uitkomst = 'GEHUISVEST_DEN_HAAG' "
                + "then t.gemeente_code else c.bestemming_code end, 'ONBEKEND'), null::numeric "
                + "from vhb_casus c join vhb_team t on t.id = c.team_id where " + GEHUISVEST_WAAR);
        v("BESTEMMING_PROVINCIE", Bron.CASUS, "select c.id, coalesce(g.provincie_code, 'ONBEKEND'), null::numeric "
                + "from vhb_casus c join vhb_team t on t.id = c.team_id left join gemeente g on g.code = case "
                + "when c.uitkomst = 'GEHUISVEST_DEN_HAAG' then t.gemeente_code else c.bestemming_code end where "
                + GEHUISVEST_WAAR);
        v("UITKERING_BEEINDIGD", Bron.CASUS, """
                select c.id, null::text, null::numeric from vhb_casus c
                where c.team_id = :team and c.uitkering_beeindigd and c.uitkering_beeindigd_op between :van and :tot""");
        v("COHORT", Bron.CASUS, "with e as (" + STAND_EIND + ") select e.id, case when e.stand = 'GEWEIGERD' then "
                + "'GEWEIGERD' when e.stand = 'WACHTLIJST' then 'WACHTLIJST' when e.stand = 'AFGESLOTEN' then "
                + "'AFGESLOTEN' else 'LOPEND' end, null::numeric from e where e.compleet_op >= :van");
        v("ENQUETE", Bron.CASUS, """
                select e.casus_id, v.vraag, v.score::numeric from vhb_enquete e
                cross join lateral (values ('proces', e.proces), ('steun', e.steun), ('tevredenheid', e.tevredenheid),
                    ('vertrouwen', e.vertrouwen), ('perspectief', e.perspectief), ('overzicht', e.overzicht)) v (vraag, score)
                where e.team_id = :team and e.vastgelegd_op >= :vanTs and e.vastgelegd_op < :totTs""");
        v("NAZORG", Bron.CASUS, """
                select n.casus_id, lpad(n.maanden::text, 2, '0'), case when n.woont_er_nog then 1 else 0 end::numeric
                from vhb_nazorg n join vhb_casus c on c.id = n.casus_id
                where c.team_id = :team and n.vastgelegd_op >= :vanTs and n.vastgelegd_op < :totTs""");
        v("NAZORG_WOONT_ER_NOG", Bron.CASUS, """
                select n.casus_id, lpad(n.maanden::text, 2, '0'), null::numeric
                from vhb_nazorg n join vhb_casus c on c.id = n.casus_id
                where c.team_id = :team and n.vastgelegd_op >= :vanTs and n.vastgelegd_op < :totTs and n.woont_er_nog""");
        v("GEHUISVEST_KOSTEN", Bron.GELD, "select c.id, null::text, coalesce((select sum(v.bedrag) from "
                + "vhb_verstrekking v where v.casus_id = c.id and v.status = 'BETAALD'), 0)::numeric "
                + "from vhb_casus c where " + GEHUISVEST_WAAR);
        v("UITGAVEN", Bron.GELD, """
                select v.casus_id, p.jaar || ' ' || p.code, v.bedrag::numeric
                from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id
                where p.team_id = :team and v.status = 'BETAALD' and v.betaald_op between :van and :tot""");
    }

    private static void v(String code, Bron bron, String sql) {
        VERZAMELINGEN.put(code, new Verzameling(code, bron, sql));
    }

    /** A figure: a set, an aggregate, a unit and the legend text (its one definition in words). */
    public record Figuur(String code, String titel, String verzameling, Aggregaat aggregaat, String eenheid,
            String legenda) {
    }

    public static final List<Figuur> FIGUREN = List.of(
            f("AANMELDINGEN", "Aanmeldingen", "AANMELDINGEN", Aggregaat.AANTAL, "huishoudens",
                    "Casussen van het team waarvan de aanmelding compleet was (compleet_op) in de periode."),
            f("GESCREEND", "Getoetst door het ICP", "GESCREEND", Aggregaat.AANTAL, "huishoudens",
                    "Casussen met een besluit van de ICP-toets in de periode: de overgang van ICP-toets naar "
                            + "Geweigerd of Wachtlijst vond plaats in de periode."),
            f("GEWEIGERD", "Geweigerd", "GEWEIGERD", Aggregaat.AANTAL, "huishoudens",
                    "Casussen die in de periode naar Geweigerd gingen (niet voldaan aan een uitsluitend criterium)."),
            f("GEWEIGERD_PER_REDEN", "Geweigerd per reden", "GEWEIGERD", Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de geweigerde casussen (GEWEIGERD): per uitsluitend criterium waarvan de laatste "
                            + "toetsuitslag 'niet voldaan' is. Een casus met meer redenen telt bij elke reden mee, "
                            + "dus de som kan groter zijn dan GEWEIGERD."),
            f("WACHTEND", "Op de wachtlijst aan het eind van de periode", "WACHTEND", Aggregaat.AANTAL, "huishoudens",
                    "Casussen van het team die op de laatste dag van de periode (einde van de dag) de status "
                            + "Wachtlijst hadden."),
            f("WACHTEND_GEMIDDELD_DAGEN", "Gemiddelde wachtduur tot nu (wachtenden)", "WACHTEND",
                    Aggregaat.GEMIDDELDE, "dagen",
                    "Van de wachtenden (WACHTEND): gemiddeld aantal dagen van de laatste plaatsing op de wachtlijst "
                            + "tot de laatste dag van de periode."),
            f("WACHTEND_LANGSTE_DAGEN", "Langste wachtduur tot nu (wachtenden)", "WACHTEND", Aggregaat.MAXIMUM,
                    "dagen", "Van de wachtenden (WACHTEND): het grootste aantal dagen van de laatste plaatsing op de "
                            + "wachtlijst tot de laatste dag van de periode."),
            f("GESTART", "Gestart (intake)", "GESTART", Aggregaat.AANTAL, "huishoudens",
                    "Casussen die in de periode naar Intake gingen (toegelaten van de wachtlijst)."),
            f("WACHTTIJD_TOT_INTAKE_DAGEN", "Gemiddelde wachttijd tot intake", "GESTART", Aggregaat.GEMIDDELDE,
                    "dagen", "Van de gestarte casussen (GESTART): gemiddeld aantal dagen van de plaatsing op de "
                            + "wachtlijst tot de intake."),
            f("GESTOPT", "Gestopt", "GESTOPT", Aggregaat.AANTAL, "huishoudens",
                    "Casussen die in de periode zijn afgesloten met uitkomst Gestopt (vóór een verhuizing)."),
            f("GESTOPT_PER_REDEN", "Gestopt per reden", "GESTOPT", Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de gestopte casussen (GESTOPT): per stopreden uit de vaste lijst; de som is GESTOPT."),
            f("GEHUISVEST", "Gehuisvest", "GEHUISVEST", Aggregaat.AANTAL, "huishoudens",
                    "Casussen afgesloten als Verhuisd of Gehuisvest in Den Haag met een huisvestingsdatum "
                            + "(gehuisvest_op) in de periode."),
            f("GEHUISVEST_PER_DIENSTVERLENING", "Gehuisvest: intensief of alleen geld", "GEHUISVEST_DIENST",
                    Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de gehuisveste casussen (GEHUISVEST): intensief = dienstverlening INTENSIEF; alleen geld = "
                            + "LICHT of ADVIES (of geen). De som is GEHUISVEST."),
            f("GEHUISVEST_PER_PLAATS", "Gehuisvest: eigen gemeente of elders", "GEHUISVEST_PLAATS",
                    Aggregaat.AANTAL_PER, "huishoudens",
                    "Van de gehuisveste casussen (GEHUISVEST): eigen gemeente = Gehuisvest in Den Haag of een "
                            + "bestemming gelijk aan de gemeente van het team; anders elders. De som is GEHUISVEST."),
            f("BESTEMMING_PER_PROVINCIE", "Bestemming per provincie", "BESTEMMING_PROVINCIE", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gehuisveste casussen (GEHUISVEST): de provincie van de gemeente van "
                            + "bestemming (CBS-code; Gehuisvest in Den Haag: de gemeente van het team); zonder code: "
                            + "onbekend. De som is GEHUISVEST."),
            f("BESTEMMING_PER_GEMEENTE", "Bestemming per gemeente", "BESTEMMING_GEMEENTE", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de gehuisveste casussen (GEHUISVEST): de gemeente van bestemming (als bij "
                            + "BESTEMMING_PER_PROVINCIE). De som is GEHUISVEST."),
            f("DAGEN_TOT_HUISVESTING_GEMIDDELD", "Dagen van aanmelding tot huisvesting (gemiddeld)", "GEHUISVEST",
                    Aggregaat.GEMIDDELDE, "dagen", "Van de gehuisveste casussen (GEHUISVEST): gemiddeld aantal dagen "
                            + "van de complete aanmelding (compleet_op) tot de huisvesting (gehuisvest_op)."),
            f("DAGEN_TOT_HUISVESTING_MEDIAAN", "Dagen van aanmelding tot huisvesting (mediaan)", "GEHUISVEST",
                    Aggregaat.MEDIAAN, "dagen", "Van de gehuisveste casussen (GEHUISVEST): de mediaan van het aantal "
                            + "dagen van compleet_op tot gehuisvest_op (bij een even aantal het gemiddelde van de "
                            + "middelste twee)."),
            f("UITKERING_BEEINDIGD", "Uitkering Den Haag beëindigd", "UITKERING_BEEINDIGD", Aggregaat.AANTAL,
                    "huishoudens", "Casussen waarvan vastgelegd is dat de uitkering in Den Haag is beëindigd, met een "
                            + "einddatum in de periode."),
            f("KOSTEN_PER_HUISHOUDEN", "Kosten per gehuisvest huishouden", "GEHUISVEST_KOSTEN", Aggregaat.GEMIDDELDE,
                    "euro", "Van de gehuisveste casussen (GEHUISVEST): het totaal van alle betaalde verstrekkingen "
                            + "(status BETAALD, elke datum, elke pot) op die casussen gedeeld door hun aantal; een "
                            + "casus zonder betaling telt mee met € 0."),
            f("UITGAVEN", "Uitgaven", "UITGAVEN", Aggregaat.SOM, "euro",
                    "Som van de verstrekkingen met status BETAALD en betaaldatum in de periode, uit de potten van "
                            + "het team."),
            f("UITGAVEN_PER_POT", "Uitgaven per pot", "UITGAVEN", Aggregaat.SOM_PER, "euro",
                    "UITGAVEN per pot (jaar en code); de som is UITGAVEN."),
            f("ENQUETE_INGEVULD", "Klantenquêtes ingevuld", "ENQUETE", Aggregaat.AANTAL, "huishoudens",
                    "Casussen met een klantenquête vastgelegd in de periode."),
            f("ENQUETE_GEMIDDELDE_PER_VRAAG", "Klantenquête: gemiddelde score per vraag", "ENQUETE",
                    Aggregaat.GEMIDDELDE_PER, "score 1–5",
                    "Van de enquêtes (ENQUETE_INGEVULD): de gemiddelde score (1 = helemaal niet, 5 = heel veel) "
                            + "per vraag."),
            f("NAZORG_VASTGELEGD", "Nazorgcontacten vastgelegd", "NAZORG", Aggregaat.AANTAL_PER, "huishoudens",
                    "Casussen met een nazorgcontact vastgelegd in de periode, per moment (maanden na de verhuizing)."),
            f("NAZORG_WOONT_ER_NOG", "Nazorg: woont er nog", "NAZORG_WOONT_ER_NOG", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de nazorgcontacten (NAZORG_VASTGELEGD): per moment de casussen waarvan "
                            + "vastgelegd is dat het huishouden nog in de woning woont."),
            f("COHORT_STAND", "Aanmeldingen van de periode naar stand aan het eind", "COHORT", Aggregaat.AANTAL_PER,
                    "huishoudens", "Van de aanmeldingen (AANMELDINGEN): de status aan het eind van de periode — "
                            + "geweigerd, op de wachtlijst, lopend (Melding, ICP-toets, Intake, Zoeken, Aanbod, "
                            + "Verhuizing) of afgesloten. Elke aanmelding staat in precies één groep."));

    private static Figuur f(String code, String titel, String verzameling, Aggregaat a, String eenheid,
            String legenda) {
        return new Figuur(code, titel, verzameling, a, eenheid, legenda);
    }

    public static Figuur figuur(String code) {
        return FIGUREN.stream().filter(x -> x.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> ApiException.notFound("Cijfer " + code + " bestaat niet."));
    }

    // ---------------------------------------------------------------- period

    /** A period [van, tot], both days included. */
    public record Periode(LocalDate van, LocalDate tot) {

        OffsetDateTime vanTs() {
            return van.atStartOfDay(NL).toOffsetDateTime();
        }

        OffsetDateTime totTs() {
            return tot.plusDays(1).atStartOfDay(NL).toOffsetDateTime();
        }

        public static Periode jaar(int jaar) {
            if (jaar < 2000 || jaar > 2100) {
                throw ApiException.invalid("Ongeldig jaar.", List.of(new InvalidParam("jaar", "2000 tot en met 2100")));
            }
            return new Periode(LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31));
        }

        /** Parses and checks the period input, naming every invalid field. */
        public static Periode van(String van, String tot) {
            List<InvalidParam> f = new ArrayList<>();
            LocalDate v = datum(van, "van", f);
            LocalDate t = datum(tot, "tot", f);
            if (v != null && t != null) {
                if (t.isBefore(v)) {
                    f.add(new InvalidParam("tot", "niet vóór van (" + v + ")"));
                } else if (t.isAfter(v.plusYears(MAX_JAREN))) {
                    f.add(new InvalidParam("tot", "een periode van hoogstens " + MAX_JAREN + " jaar"));
                }
            }
            if (!f.isEmpty()) {
                throw ApiException.invalid("De periode is niet geldig.", f);
            }
            return new Periode(v, t);
        }

        private static LocalDate datum(String s, String veld, List<InvalidParam> f) {
            if (s == null || s.isBlank()) {
                f.add(new InvalidParam(veld, "verplicht: een datum (JJJJ-MM-DD)"));
                return null;
            }
            try {
                LocalDate d = LocalDate.parse(s.strip());
                if (d.getYear() < 2000 || d.getYear() > 2100) {
                    f.add(new InvalidParam(veld, "een datum tussen 2000 en 2100"));
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                f.add(new InvalidParam(veld, "een datum (JJJJ-MM-DD)"));
                return null;
            }
        }
    }

    // ---------------------------------------------------------------- computing

    /** One row of a set. */
    public record Rij(long casus, String sleutel, BigDecimal waarde) {
    }

    public record Deel(String sleutel, String label, BigDecimal waarde, int casussen) {
    }

    /** A computed figure: its value (total or per key) and the number of cases in its drill-down. */
    public record Cijfer(Figuur figuur, boolean beschikbaar, BigDecimal waarde, int casussen, List<Deel> delen) {
    }

    public record Controle(String code, String omschrijving, boolean klopt, String toelichting) {
    }

    public record Pot(int jaar, String code, String naam, BigDecimal budget, BigDecimal betaaldInPeriode,
            BigDecimal betaaldTotaal, boolean overschrijdingVastgelegd, boolean binnenBudget) {
    }

    public record Rapport(long team, String teamNaam, Periode periode, List<Cijfer> cijfers,
            List<Controle> controles, List<Pot> potten) {

        public Cijfer cijfer(String code) {
            return cijfers.stream().filter(u -> u.figuur().code().equals(code)).findFirst().orElseThrow();
        }
    }

    /** The rows of a set for the team and period. */
    List<Rij> rijen(String verzameling, long team, Periode p) {
        Verzameling v = VERZAMELINGEN.get(verzameling);
        return jdbc.sql(v.sql()).param("team", team).param("van", p.van()).param("tot", p.tot())
                .param("vanTs", p.vanTs()).param("totTs", p.totTs())
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    /** The whole report: every figure, the reconciliation checks and the budget per pot. */
    @Transactional(readOnly = true)
    public Rapport rapport(long team, Periode p) {
        Map<String, List<Rij>> sets = new HashMap<>();
        for (Verzameling v : VERZAMELINGEN.values()) {
            sets.put(v.code(), rijen(v.code(), team, p));
        }
        Labels labels = labels(sets.values().stream().flatMap(List::stream).map(Rij::sleutel)
                .filter(Objects::nonNull).collect(Collectors.toSet()), team);
        List<Cijfer> cijfers = new ArrayList<>();
        for (Figuur f : FIGUREN) {
            List<Rij> rijen = sets.get(f.verzameling());
            cijfers.add(rijen == null ? new Cijfer(f, false, null, 0, List.of()) : bereken(f, rijen, labels));
        }
        List<Pot> potten = potten(team, p);
        String naam = jdbc.sql("select naam from vhb_team where id = ?").param(team).query(String.class).optional()
                .orElse("?");
        Rapport r = new Rapport(team, naam, p, cijfers, List.of(), potten);
        return new Rapport(team, naam, p, cijfers, controles(r), potten);
    }

    /** The aggregate of the figure over these rows (the figure's definition applied). */
    static Cijfer bereken(Figuur f, List<Rij> rijen, Labels labels) {
        if (f.aggregaat().perSleutel) {
            Map<String, List<Rij>> per = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
            for (Rij r : rijen) {
                per.computeIfAbsent(r.sleutel() == null ? ONBEKEND : r.sleutel(), k -> new ArrayList<>()).add(r);
            }
            List<Deel> delen = new ArrayList<>();
            per.forEach((k, lijst) -> delen.add(new Deel(k, labels.label(f.verzameling(), k),
                    waarde(f.aggregaat(), lijst), casussen(lijst))));
            if (Set.of("GEWEIGERD", "GESTOPT", "BESTEMMING_GEMEENTE", "BESTEMMING_PROVINCIE")
                    .contains(f.verzameling())) {
                delen.sort(Comparator.comparing(Deel::waarde).reversed().thenComparing(Deel::label));
            }
            return new Cijfer(f, true, totaal(f.aggregaat(), rijen), casussen(rijen), List.copyOf(delen));
        }
        return new Cijfer(f, true, waarde(f.aggregaat(), rijen), casussen(rijen), List.of());
    }

    static int casussen(List<Rij> rijen) {
        return (int) rijen.stream().mapToLong(Rij::casus).distinct().count();
    }

    /** For a figure per key: the total over all keys (sum of the values; for counts: the cases of the set). */
    private static BigDecimal totaal(Aggregaat a, List<Rij> rijen) {
        return switch (a) {
            case AANTAL_PER -> BigDecimal.valueOf(casussen(rijen));
            case SOM_PER -> waarde(Aggregaat.SOM, rijen);
            case GEMIDDELDE_PER -> waarde(Aggregaat.GEMIDDELDE, rijen);
            default -> throw new IllegalArgumentException(a.name());
        };
    }

    static BigDecimal waarde(Aggregaat a, List<Rij> rijen) {
        List<BigDecimal> w = rijen.stream().map(Rij::waarde).filter(Objects::nonNull).sorted().toList();
        return switch (a) {
            case AANTAL, AANTAL_PER -> BigDecimal.valueOf(casussen(rijen));
            case SOM, SOM_PER -> w.stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
            case GEMIDDELDE, GEMIDDELDE_PER -> w.isEmpty() ? null
                    : w.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(w.size()), 2, RoundingMode.HALF_UP);
            case MEDIAAN -> w.isEmpty() ? null : w.size() % 2 == 1 ? w.get(w.size() / 2).setScale(1, RoundingMode.HALF_UP)
                    : w.get(w.size() / 2 - 1).add(w.get(w.size() / 2)).divide(BigDecimal.valueOf(2), 1,
                            RoundingMode.HALF_UP);
            case MAXIMUM -> w.isEmpty() ? null : w.get(w.size() - 1);
        };
    }

    // ---------------------------------------------------------------- reconciliation

    List<Controle> controles(Rapport r) {
        List<Controle> c = new ArrayList<>();
        Cijfer aanmeldingen = r.cijfer("AANMELDINGEN");
        Cijfer cohort = r.cijfer("COHORT_STAND");
        Map<String, Integer> per = cohort.delen().stream().collect(Collectors.toMap(Deel::sleutel, Deel::casussen));
        int som = per.values().stream().mapToInt(Integer::intValue).sum();
        c.add(new Controle("AANMELDINGEN_SLUITEN", "Aanmeldingen = geweigerd + wachtend + lopend + afgesloten "
                + "(de aanmeldingen van de periode, met hun stand aan het eind van de periode)",
                som == aanmeldingen.casussen(), aanmeldingen.casussen() + " = " + per.getOrDefault("GEWEIGERD", 0)
                        + " + " + per.getOrDefault("WACHTLIJST", 0) + " + " + per.getOrDefault("LOPEND", 0) + " + "
                        + per.getOrDefault("AFGESLOTEN", 0) + (som == aanmeldingen.casussen() ? "" : " (is " + som + ")")));
        int gehuisvest = r.cijfer("GEHUISVEST").casussen();
        for (String code : List.of("GEHUISVEST_PER_DIENSTVERLENING", "GEHUISVEST_PER_PLAATS",
                "BESTEMMING_PER_PROVINCIE")) {
            Cijfer u = r.cijfer(code);
            int s = u.delen().stream().mapToInt(Deel::casussen).sum();
            c.add(new Controle(code + "_SLUIT", "Gehuisvest = som van " + u.figuur().titel().toLowerCase(),
                    s == gehuisvest, gehuisvest + " = " + u.delen().stream().map(d -> d.label() + " " + d.casussen())
                            .collect(Collectors.joining(" + "))));
        }
        int gestopt = r.cijfer("GESTOPT").casussen();
        int perReden = r.cijfer("GESTOPT_PER_REDEN").delen().stream().mapToInt(Deel::casussen).sum();
        c.add(new Controle("GESTOPT_SLUIT", "Gestopt = som van gestopt per reden", gestopt == perReden,
                gestopt + " = " + perReden));
        for (Pot p : r.potten()) {
            c.add(new Controle("POT_" + p.jaar() + "_" + p.code(), "Betaald ≤ budget: pot " + p.naam() + " "
                    + p.jaar(), p.binnenBudget() || p.overschrijdingVastgelegd(), "betaald " + Weergave.euro(p.betaaldTotaal())
                    + " van budget " + Weergave.euro(p.budget()) + (p.binnenBudget() ? "" : p.overschrijdingVastgelegd()
                            ? " — overschreden met vastgelegde toestemming" : " — overschreden zonder vastgelegde "
                                    + "toestemming")));
        }
        return List.copyOf(c);
    }

    /**
     * Budget and payments per pot of the years the period touches; a pot beyond its budget is accepted when a
     * coordinator recorded an override (vhb_overschrijding) for a grant of that pot.
     */
    List<Pot> potten(long team, Periode p) {
        boolean overschrijdingen = Boolean.TRUE.equals(jdbc.sql("select to_regclass('vhb_overschrijding') is not null")
                .query(Boolean.class).single());
        return jdbc.sql("""
                select p.jaar, p.code, p.naam, p.bedrag,
                       coalesce(sum(v.bedrag) filter (where v.status = 'BETAALD' and v.betaald_op between :van and :tot), 0),
                       coalesce(sum(v.bedrag) filter (where v.status = 'BETAALD'), 0),
                       """ + (overschrijdingen ? "exists (select 1 from vhb_overschrijding o join vhb_verstrekking w "
                        + "on w.id = o.verstrekking_id where w.pot_id = p.id)" : "false") + """
                from vhb_pot p left join vhb_verstrekking v on v.pot_id = p.id
                where p.team_id = :team and p.jaar between :j1 and :j2
                group by p.id, p.jaar, p.code, p.naam, p.bedrag order by p.jaar, p.code""")
                .param("team", team).param("van", p.van()).param("tot", p.tot()).param("j1", p.van().getYear())
                .param("j2", p.tot().getYear())
                .query((rs, i) -> new Pot(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7),
                        rs.getBigDecimal(6).compareTo(rs.getBigDecimal(4)) <= 0))
                .list();
    }

    // ---------------------------------------------------------------- drill-down

    /** One case behind a figure: what the list shows (no names: the case page has those, and logs its reads). */
    public record Regel(long casus, String status, String statusLabel, LocalDate compleetOp, LocalDate gehuisvestOp,
            List<String> sleutels, BigDecimal waarde) {
    }

    public record Uitsplitsing(Figuur figuur, Periode periode, String sleutel, String sleutelLabel, BigDecimal waarde,
            List<Regel> casussen) {
    }

    /**
     * The cases behind a figure (optionally of one key): the rows of the figure's set, per case, with the same
     * aggregate applied — so {@code casussen.size()} is the count and {@code waarde} the number shown.
     */
    @Transactional(readOnly = true)
    public Uitsplitsing casussen(String code, String sleutel, long team, Periode p) {
        Figuur f = figuur(code);
        Verzameling v = VERZAMELINGEN.get(f.verzameling());
        List<Rij> alle = rijen(f.verzameling(), team, p);
        String k = sleutel == null || sleutel.isBlank() ? null : sleutel.strip();
        List<Rij> rijen = k == null ? alle : alle.stream()
                .filter(r -> k.equals(r.sleutel() == null ? ONBEKEND : r.sleutel())).toList();
        BigDecimal waarde = k == null && f.aggregaat().perSleutel ? totaal(f.aggregaat(), rijen)
                : waarde(f.aggregaat(), rijen);
        Map<Long, List<Rij>> perCasus = rijen.stream().collect(Collectors.groupingBy(Rij::casus, TreeMap::new,
                Collectors.toList()));
        Map<Long, Object[]> info = new HashMap<>();
        if (!perCasus.isEmpty()) {
            jdbc.sql("select id, status, compleet_op, gehuisvest_op from vhb_casus where id = any(:ids)")
                    .param("ids", perCasus.keySet().toArray(Long[]::new))
                    .query((rs, i) -> info.put(rs.getLong(1), new Object[] {rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)})).list();
        }
        boolean euro = "euro".equals(f.eenheid());
        List<Regel> regels = new ArrayList<>();
        perCasus.forEach((id, lijst) -> {
            Object[] x = info.get(id);
            Status s = Status.valueOf((String) x[0]);
            Set<String> sleutels = new LinkedHashSet<>();
            lijst.stream().map(Rij::sleutel).filter(Objects::nonNull).forEach(sleutels::add);
            List<BigDecimal> w = lijst.stream().map(Rij::waarde).filter(Objects::nonNull).toList();
            BigDecimal som = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal casusWaarde = w.isEmpty() ? null : w.size() == 1 ? w.get(0) : euro ? som
                    : som.divide(BigDecimal.valueOf(w.size()), 2, RoundingMode.HALF_UP);
            regels.add(new Regel(id, s.name(), s.label(), (LocalDate) x[1], (LocalDate) x[2],
                    List.copyOf(sleutels), casusWaarde));
        });
        Labels labels = labels(k == null ? Set.of() : Set.of(k), team);
        return new Uitsplitsing(f, p, k, k == null ? null : labels.label(f.verzameling(), k), waarde,
                List.copyOf(regels));
    }

    // ---------------------------------------------------------------- labels

    /** Dutch labels of the keys of the sets. */
    final class Labels {

        private final Map<String, String> criteria;
        private final Map<String, String> potten;
        private final String teamGemeente;

        Labels(Map<String, String> criteria, Map<String, String> potten, String teamGemeente) {
            this.criteria = criteria;
            this.potten = potten;
            this.teamGemeente = teamGemeente;
        }

        String label(String verzameling, String sleutel) {
            if (sleutel == null || ONBEKEND.equals(sleutel)) {
                return "onbekend";
            }
            return switch (verzameling) {
                case "GEWEIGERD" -> criteria.getOrDefault(sleutel, sleutel);
                case "GESCREEND" -> "WACHTLIJST".equals(sleutel) ? "naar de wachtlijst" : "geweigerd";
                case "GESTOPT" -> {
                    try {
                        yield Stopreden.valueOf(sleutel).label();
                    } catch (IllegalArgumentException e) {
                        yield sleutel;
                    }
                }
                case "GEHUISVEST_DIENST" -> "INTENSIEF".equals(sleutel) ? "intensieve begeleiding"
                        : "alleen geld (licht of advies)";
                case "GEHUISVEST_PLAATS" -> "EIGEN_GEMEENTE".equals(sleutel) ? "eigen gemeente" : "elders";
                case "BESTEMMING_GEMEENTE" -> gebied.gemeente(sleutel).map(g -> g.naam()).orElse(sleutel);
                case "BESTEMMING_PROVINCIE" -> gebied.provincie(sleutel).map(x -> x.naam()).orElse(sleutel);
                case "COHORT" -> switch (sleutel) {
                    case "GEWEIGERD" -> "geweigerd";
                    case "WACHTLIJST" -> "op de wachtlijst";
                    case "LOPEND" -> "lopend";
                    case "AFGESLOTEN" -> "afgesloten";
                    default -> sleutel;
                };
                case "ENQUETE" -> Enquete.VRAGEN.getOrDefault(sleutel, sleutel);
                case "NAZORG", "NAZORG_WOONT_ER_NOG" -> {
                    int m = Integer.parseInt(sleutel);
                    yield "na " + m + (m == 1 ? " maand" : " maanden");
                }
                case "UITGAVEN" -> potten.getOrDefault(sleutel, sleutel);
                default -> sleutel;
            };
        }

        String teamGemeente() {
            return teamGemeente;
        }
    }

    Labels labels(Set<String> sleutels, long team) {
        Map<String, String> criteria = new HashMap<>();
        jdbc.sql("select distinct on (code) code, omschrijving from vhb_criterium order by code, jaar desc")
                .query((rs, i) -> criteria.put(rs.getString(1), "Niet voldaan: " + rs.getString(2))).list();
        Map<String, String> potten = new HashMap<>();
        jdbc.sql("select jaar || ' ' || code, naam || ' ' || jaar from vhb_pot where team_id = ?").param(team)
                .query((rs, i) -> potten.put(rs.getString(1), rs.getString(2))).list();
        String gm = jdbc.sql("select gemeente_code from vhb_team where id = ?").param(team).query(String.class)
                .optional().orElse(null);
        return new Labels(criteria, potten, gm);
    }

    /** Per municipality code: the number of housed households (for the map). */
    public static Map<String, Integer> perGemeente(Rapport r) {
        return r.cijfer("BESTEMMING_PER_GEMEENTE").delen().stream().filter(d -> !ONBEKEND.equals(d.sleutel()))
                .collect(Collectors.toMap(Deel::sleutel, Deel::casussen, (a, b) -> a, LinkedHashMap::new));
    }

    static <T> Map<String, T> index(List<T> lijst, Function<T, String> sleutel) {
        Map<String, T> m = new LinkedHashMap<>();
        lijst.forEach(x -> m.put(sleutel.apply(x), x));
        return m;
    }
}
