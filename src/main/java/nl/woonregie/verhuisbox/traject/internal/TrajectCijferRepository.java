package nl.woonregie.verhuisbox.traject.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.traject.Cijferrij;
import nl.woonregie.verhuisbox.traject.TrajectCijfers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sets of cases behind the figures that traject owns: one query each over traject's tables, with the named
 * parameters {@code team}, {@code van}, {@code tot} (dates) and {@code vanTs}, {@code totTs} (the start of {@code van}
 * and of the day after {@code tot}, Dutch time), returning rows {@code (casus_id, sleutel, waarde)}. "State at the end
 * of the period" is the target of the last state change before the end of {@code tot}; a referral without a change
 * by then is in Melding.
 */
@Repository
class TrajectCijferRepository implements TrajectCijfers {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** The state at the end of the period of every referral of the team made by then. */
    private static final String STAND_EIND = """
            select c.id, c.compleet_op, coalesce((select s.naar from vhb_statuswijziging s where s.casus_id = c.id
                   and s.tijdstip < :totTs order by s.tijdstip desc, s.id desc limit 1), 'MELDING') as stand
            from vhb_casus c where c.team_id = :team and c.compleet_op <= :tot""";

    private static final String GEHUISVEST_WAAR = """
            c.team_id = :team and c.uitkomst in ('VERHUISD', 'GEHUISVEST_DEN_HAAG')
              and c.gehuisvest_op between :van and :tot""";

    /**
     * A case imported from the team's spreadsheet ({@code vhb_historie}) counts by the dates of its row, not by a
     * state change: its toets and start are not in its history (it never passed the waiting list or the intake).
     */
    private static final String NIET_GEIMPORTEERD = """

                  and not exists (select 1 from vhb_historie h where h.casus_id = c.id)""";

    /**
     * The household type: as written in the file for an imported case, else from the household (1 adult without
     * children ALLEENSTAANDE, with EENOUDER; 2 without STEL, with GEZIN; 3 or more OVERIG).
     */
    private static final String HUISHOUDTYPE = """
            coalesce(h.huishoudtype, case when c.volwassenen >= 3 then 'OVERIG'
                when c.volwassenen = 2 then case when c.kinderen > 0 then 'GEZIN' else 'STEL' end
                when c.kinderen > 0 then 'EENOUDER' else 'ALLEENSTAANDE' end)""";

    /**
     * The referring organisation of a case: the register's (current) name of its entry ({@code vhb_verwijzer},
     * joined as {@code v}), else as typed or, for an imported case, as written in the file.
     */
    private static final String ORGANISATIE = "coalesce(v.naam, c.aanmelder_organisatie)";

    private static final Map<String, String> SQL = new LinkedHashMap<>();

    static {
        SQL.put("AANMELDINGEN", """
                select c.id, null::text, null::numeric from vhb_casus c
                where c.team_id = :team and c.compleet_op between :van and :tot""");
        SQL.put("GESCREEND", """
                select distinct s.casus_id, s.naar::text, null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and s.van = 'ICP_TOETS' and s.naar in ('GEWEIGERD', 'WACHTLIJST', 'ALLEEN_GELD')
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""" + NIET_GEIMPORTEERD + """
                union all
                select h.casus_id, case when h.uitkomst = 'GEWEIGERD' then 'GEWEIGERD'
                       when h.dienstverlening = 'ALLEEN_GELD' then 'ALLEEN_GELD' else 'WACHTLIJST' end,
                       null::numeric
                from vhb_historie h where h.team_id = :team and h.toetsdatum between :van and :tot""");
        SQL.put("GEWEIGERD", """
                select distinct c.id, coalesce(r.code, 'ONBEKEND'), null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                left join lateral (
                    select t.code from (select distinct on (t.code) t.code, t.uitkomst from vhb_toetsing t
                                        where t.casus_id = c.id and t.jaar = c.criteria_jaar order by t.code, t.id desc) t
                    join vhb_criterium k on k.jaar = c.criteria_jaar and k.code = t.code and k.soort = 'UITSLUITEND'
                    where t.uitkomst = 'NIET_VOLDAAN') r on true
                where c.team_id = :team and s.naar = 'GEWEIGERD' and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        SQL.put("WACHTEND", """
                with e as (""" + STAND_EIND + """
                )
                select e.id, null::text, (cast(:tot as date) - coalesce((select max((s.tijdstip at time zone 'Europe/Amsterdam')::date)
                       from vhb_statuswijziging s where s.casus_id = e.id and s.naar = 'WACHTLIJST'
                       and s.tijdstip < :totTs), e.compleet_op))::numeric
                from e where e.stand = 'WACHTLIJST'""");
        // started: admitted to the intake, or (route alleen geld, ADR 0043) entered Alleen geld from the toets — its
        // start date; such a case never waited, so it has no waiting time (null: not in the mean)
        SQL.put("GESTART", """
                select c.id, null::text, case when s.naar = 'ALLEEN_GELD' then null else
                       ((s.tijdstip at time zone 'Europe/Amsterdam')::date
                       - coalesce((select max((w.tijdstip at time zone 'Europe/Amsterdam')::date) from vhb_statuswijziging w
                                   where w.casus_id = c.id and w.naar = 'WACHTLIJST' and w.tijdstip <= s.tijdstip),
                                  c.compleet_op)) end::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and (s.naar = 'INTAKE' or (s.van = 'ICP_TOETS' and s.naar = 'ALLEEN_GELD'))
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        // an imported case started on its startdatum; one of the route alleen geld never waited (null, as live)
        SQL.put("GESTART", SQL.get("GESTART") + NIET_GEIMPORTEERD + """
                union all
                select h.casus_id, null::text, case when h.dienstverlening = 'ALLEEN_GELD' then null
                       else (h.startdatum - h.toetsdatum) end::numeric
                from vhb_historie h where h.team_id = :team and h.startdatum between :van and :tot""");
        SQL.put("GESTOPT", """
                select distinct c.id, coalesce(c.stopreden, 'ONBEKEND'), null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and c.uitkomst = 'GESTOPT' and s.naar = 'AFGESLOTEN'
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        // stopped before the start (never admitted to the intake nor entered Alleen geld; an imported case: no
        // startdatum) or after it: the reports' "gestaakt of niet gestart" (inventory §7.1, §8.2)
        SQL.put("GESTOPT_FASE", """
                select distinct c.id, case when exists (select 1 from vhb_statuswijziging w where w.casus_id = c.id
                       and w.naar in ('INTAKE', 'ALLEEN_GELD')) or exists (select 1 from vhb_historie h
                       where h.casus_id = c.id and h.startdatum is not null) then 'GESTAAKT' else 'NIET_GESTART' end,
                       null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and c.uitkomst = 'GESTOPT' and s.naar = 'AFGESLOTEN'
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        // every closing in the period by its outcome: moved, housed in Den Haag, housed in the own network, stopped
        SQL.put("AFGESLOTEN_UITKOMST", """
                select distinct c.id, c.uitkomst, null::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and c.uitkomst is not null and s.naar = 'AFGESLOTEN'
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""");
        SQL.put("GEHUISVEST", "select c.id, null::text, (c.gehuisvest_op - c.compleet_op)::numeric "
                + "from vhb_casus c where " + GEHUISVEST_WAAR);
        SQL.put("GEHUISVEST_DIENST", "select c.id, case when c.route = 'ALLEEN_GELD' then 'ALLEEN_GELD' "
                + "when c.variant = 'INTENSIEF' then 'INTENSIEF' else 'ALLEEN_GELD' end, null::numeric "
                + "from vhb_casus c where " + GEHUISVEST_WAAR);
        SQL.put("GEHUISVEST_PLAATS", "select c.id, case when c.uitkomst = 'GEHUISVEST_DEN_HAAG' "
                + "or c.bestemming_code = t.gemeente_code then 'EIGEN_GEMEENTE' else 'ELDERS' end, null::numeric "
                + "from vhb_casus c join vhb_team t on t.id = c.team_id where " + GEHUISVEST_WAAR);
        SQL.put("BESTEMMING_GEMEENTE", "select c.id, coalesce(case when c.uitkomst = 'GEHUISVEST_DEN_HAAG' "
                + "then t.gemeente_code else c.bestemming_code end, 'ONBEKEND'), null::numeric "
                + "from vhb_casus c join vhb_team t on t.id = c.team_id where " + GEHUISVEST_WAAR);
        SQL.put("AANMELDINGEN_ORGANISATIE", "select c.id, " + ORGANISATIE + ", null::numeric from vhb_casus c "
                + "left join vhb_verwijzer v on v.id = c.verwijzer_id "
                + "where c.team_id = :team and c.compleet_op between :van and :tot");
        SQL.put("GEHUISVEST_ORGANISATIE", "select c.id, " + ORGANISATIE + ", null::numeric from vhb_casus c "
                + "left join vhb_verwijzer v on v.id = c.verwijzer_id where " + GEHUISVEST_WAAR);
        // the structured data of a referral (V160) or, for an imported case, its row; not given: ONBEKEND
        SQL.put("GEHUISVEST_INKOMEN", "select c.id, coalesce(h.inkomen, c.inkomen_soort, 'ONBEKEND'), null::numeric "
                + "from vhb_casus c left join vhb_historie h on h.casus_id = c.id where " + GEHUISVEST_WAAR);
        SQL.put("GEHUISVEST_REMIGRANT", "select c.id, case coalesce(h.remigrant, c.remigrant) when true then 'JA' "
                + "when false then 'NEE' else 'ONBEKEND' end, null::numeric "
                + "from vhb_casus c left join vhb_historie h on h.casus_id = c.id where " + GEHUISVEST_WAAR);
        SQL.put("GEHUISVEST_WERKPERSPECTIEF", "select c.id, case coalesce(h.werkperspectief, c.werkperspectief) "
                + "when true then 'JA' when false then 'NEE' else 'ONBEKEND' end, null::numeric "
                + "from vhb_casus c left join vhb_historie h on h.casus_id = c.id where " + GEHUISVEST_WAAR);
        SQL.put("GEHUISVEST_OPVANG", "select c.id, coalesce(nullif(trim(case when h.casus_id is not null then h.opvang "
                + "else c.opvang end), ''), 'GEEN'), null::numeric "
                + "from vhb_casus c left join vhb_historie h on h.casus_id = c.id where " + GEHUISVEST_WAAR);
        SQL.put("GESTART_HUISHOUDTYPE", "select g.id, " + HUISHOUDTYPE + ", null::numeric from ("
                + SQL.get("GESTART").replace("select c.id, null::text,", "select c.id as id, null::text,")
                        .replace("select h.casus_id, null::text,", "select h.casus_id as id, null::text,")
                + ") g join vhb_casus c on c.id = g.id left join vhb_historie h on h.casus_id = c.id");
        SQL.put("GEHUISVEST_HUISHOUDTYPE", "select c.id, " + HUISHOUDTYPE + ", null::numeric from vhb_casus c "
                + "left join vhb_historie h on h.casus_id = c.id where " + GEHUISVEST_WAAR);
        // the age reached in the year of the start / of the housing (birth year: an imported case's row, else the
        // birth date's year — which anonymisation keeps); the report puts it in a band (ADR 0064)
        SQL.put("GESTART_LEEFTIJD", """
                select c.id, null::text, (extract(year from (s.tijdstip at time zone 'Europe/Amsterdam'))
                       - extract(year from c.geboortedatum))::numeric
                from vhb_statuswijziging s join vhb_casus c on c.id = s.casus_id
                where c.team_id = :team and (s.naar = 'INTAKE' or (s.van = 'ICP_TOETS' and s.naar = 'ALLEEN_GELD'))
                  and s.tijdstip >= :vanTs and s.tijdstip < :totTs""" + NIET_GEIMPORTEERD + """
                union all
                select h.casus_id, null::text, (extract(year from h.startdatum) - h.geboortejaar)::numeric
                from vhb_historie h where h.team_id = :team and h.startdatum between :van and :tot""");
        SQL.put("GEHUISVEST_LEEFTIJD", "select c.id, null::text, (extract(year from c.gehuisvest_op) - coalesce("
                + "h.geboortejaar, extract(year from c.geboortedatum)))::numeric from vhb_casus c "
                + "left join vhb_historie h on h.casus_id = c.id where " + GEHUISVEST_WAAR);
        // the ended benefits (UITKERING_BEEINDIGD) by the household's kind of income, for the estimated saving
        SQL.put("UITKERING_BEEINDIGD_INKOMEN", """
                select c.id, coalesce(h.inkomen, c.inkomen_soort, 'ONBEKEND'), null::numeric
                from vhb_casus c left join vhb_historie h on h.casus_id = c.id
                where c.team_id = :team and c.uitkering_beeindigd and c.uitkering_beeindigd_op between :van and :tot""");
        SQL.put("UITKERING_BEEINDIGD", """
                select c.id, null::text, null::numeric from vhb_casus c
                where c.team_id = :team and c.uitkering_beeindigd and c.uitkering_beeindigd_op between :van and :tot""");
        SQL.put("COHORT", "with e as (" + STAND_EIND + ") select e.id, case when e.stand = 'GEWEIGERD' then "
                + "'GEWEIGERD' when e.stand = 'WACHTLIJST' then 'WACHTLIJST' when e.stand = 'AFGESLOTEN' then "
                + "'AFGESLOTEN' else 'LOPEND' end, null::numeric from e where e.compleet_op >= :van");
    }

    private final JdbcClient jdbc;
    private final CasusRepository casussen;

    TrajectCijferRepository(JdbcClient jdbc, CasusRepository casussen) {
        this.jdbc = jdbc;
        this.casussen = casussen;
    }

    @Override
    public List<Cijferrij> rijen(String verzameling, long team, LocalDate van, LocalDate tot) {
        String sql = SQL.get(verzameling);
        if (sql == null) {
            throw new IllegalArgumentException("Geen verzameling van traject: " + verzameling);
        }
        return jdbc.sql(sql).param("team", team).param("van", van).param("tot", tot)
                .param("vanTs", van.atStartOfDay(NL).toOffsetDateTime())
                .param("totTs", tot.plusDays(1).atStartOfDay(NL).toOffsetDateTime())
                .query((rs, i) -> new Cijferrij(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    @Override
    public Map<Long, Casusstand> standen(Collection<Long> ids) {
        Map<Long, Casusstand> m = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, status, compleet_op, gehuisvest_op from vhb_casus where id = any(:ids)")
                    .param("ids", ids.toArray(Long[]::new))
                    .query((rs, i) -> m.put(rs.getLong(1), new Casusstand(Status.valueOf(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))).list();
        }
        return m;
    }

    @Override
    public List<Long> casussenVanTeam(long team) {
        return jdbc.sql("select id from vhb_casus where team_id = ? order by id").param(team).query(Long.class).list();
    }

    /**
     * The evaluator's cases: the dates by the figures' definitions (GESCREEND: the ICP decision; GESTART: the intake
     * or the entry into Alleen geld; the end: the refusal or the closing), an imported case by its row.
     */
    private static final String EVALUATIE = """
            select c.id, h.casus_id is not null as geimporteerd, c.geanonimiseerd_op is not null as geanonimiseerd,
                   c.categorie, case when h.casus_id is not null then case when h.dienstverlening = 'ALLEEN_GELD'
                   then 'ALLEEN_GELD' else 'REGULIER' end else c.route end as route, c.status,
                   coalesce(h.aanmelddatum, c.compleet_op) as aanmelddatum,
                   case when h.casus_id is not null then h.toetsdatum else (select min((s.tijdstip at time zone
                       'Europe/Amsterdam')::date) from vhb_statuswijziging s where s.casus_id = c.id
                       and s.van = 'ICP_TOETS' and s.naar in ('GEWEIGERD', 'WACHTLIJST', 'ALLEEN_GELD')) end,
                   case when h.casus_id is not null then h.startdatum else (select min((s.tijdstip at time zone
                       'Europe/Amsterdam')::date) from vhb_statuswijziging s where s.casus_id = c.id
                       and (s.naar = 'INTAKE' or (s.van = 'ICP_TOETS' and s.naar = 'ALLEEN_GELD'))) end,
                   case when h.casus_id is not null then h.einddatum else (select max((s.tijdstip at time zone
                       'Europe/Amsterdam')::date) from vhb_statuswijziging s where s.casus_id = c.id
                       and s.naar in ('GEWEIGERD', 'AFGESLOTEN')) end,
                   coalesce(h.geboortejaar, extract(year from c.geboortedatum)::int),
                   """ + HUISHOUDTYPE + """
                   , case when h.casus_id is null then c.volwassenen end, coalesce(h.kinderen, case when h.casus_id
                   is null then c.kinderen end), coalesce(h.remigrant, c.remigrant),
                   coalesce(h.werkperspectief, c.werkperspectief), coalesce(h.inkomen, c.inkomen_soort),
                   c.slaapplaats_soort, c.dakloos_sinds,
                   nullif(trim(case when h.casus_id is not null then h.opvang else c.opvang end), ''),
                   """ + ORGANISATIE + """
                   , case when h.casus_id is not null then h.uitkomst when c.status = 'GEWEIGERD' then 'GEWEIGERD'
                   else c.uitkomst end, coalesce(h.stopreden, c.stopreden),
                   case when coalesce(h.uitkomst, c.uitkomst) = 'GEHUISVEST_DEN_HAAG' then t.gemeente_code
                   else coalesce(h.bestemming_code, c.bestemming_code) end
            from vhb_casus c join vhb_team t on t.id = c.team_id
            left join vhb_historie h on h.casus_id = c.id left join vhb_verwijzer v on v.id = c.verwijzer_id
            where c.team_id = :team and coalesce(h.aanmelddatum, c.compleet_op) between :van and :tot
            order by c.id""";

    @Override
    public List<Evaluatiecasus> evaluatie(long team, LocalDate van, LocalDate tot) {
        return jdbc.sql(EVALUATIE).param("team", team).param("van", van).param("tot", tot)
                .query((rs, i) -> new Evaluatiecasus(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3),
                        rs.getString(4), rs.getString(5), Status.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
                        rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        (Integer) rs.getObject(11), rs.getString(12), (Integer) rs.getObject(13),
                        (Integer) rs.getObject(14), (Boolean) rs.getObject(15), (Boolean) rs.getObject(16),
                        rs.getString(17), rs.getString(18), (Integer) rs.getObject(19), rs.getString(20),
                        rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24)))
                .list();
    }

    @Override
    public Map<String, String> criteriumOmschrijvingen() {
        return casussen.criteriumOmschrijvingen();
    }
}
