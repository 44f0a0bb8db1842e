package nl.woonregie.verhuisbox.traject.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Casussen.Melding;
import nl.woonregie.verhuisbox.Casussen.Toetsregel;
import nl.woonregie.verhuisbox.Casussen.Zoekregio;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Stopreden;
import nl.woonregie.verhuisbox.Uitkomst;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.traject.Lijstvraag;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang.Bereik;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang.Scope;
import nl.woonregie.verhuisbox.traject.Wachtlijst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of the cases themselves (traject owns {@code vhb_casus}, {@code vhb_statuswijziging},
 * {@code vhb_toetsing} and {@code vhb_criterium}). A state change is guarded: it updates only when the case is still
 * in the state the change was decided from, and says whether it did.
 */
@Repository
public class CasusRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CasusRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---------------------------------------------------------------- the case

    /** A new referral in MELDING; returns its id. */
    public long meld(long team, long aanmelder, Melding m, Categorie categorie, LocalDate compleetOp, Route route,
            String organisatie, Long verwijzer) {
        return jdbc.sql("""
                insert into vhb_casus (team_id, aanmelder_id, aanmelder_organisatie, status, categorie, naam,
                    geboortedatum, bsn, telefoon, email, volwassenen, kinderen, inkomen, slaapplek, reden,
                    voorkeursregios, urgentie, documenten, toestemming_op, compleet_op, route, verwijzer_id,
                    remigrant, dakloos_sinds, slaapplaats_soort, inkomen_soort, opvang, werkperspectief)
                values (:team, :aanmelder, :org, 'MELDING', :cat, :naam, :gd, :bsn, :tel, :email, :vw, :k, :ink, :sp,
                    :reden, :regios, :urg, :docs, :toest, :compleet, :route, :verwijzer, :remigrant, :sinds,
                    :slaapplaats, :soortInkomen, :opvang, :werk) returning id""")
                .param("team", team).param("aanmelder", aanmelder).param("org", organisatie)
                .param("verwijzer", verwijzer).param("remigrant", m.remigrant()).param("sinds", m.dakloosSinds())
                .param("slaapplaats", leeg(m.soortSlaapplaats()) == null ? null
                        : m.soortSlaapplaats().strip().toUpperCase(java.util.Locale.ROOT))
                .param("soortInkomen", leeg(m.soortInkomen()) == null ? null
                        : m.soortInkomen().strip().toUpperCase(java.util.Locale.ROOT))
                .param("opvang", leeg(m.opvang())).param("werk", m.werkperspectief())
                .param("cat", categorie.name()).param("naam", m.naam().strip()).param("gd", m.geboortedatum())
                .param("bsn", leeg(m.bsn())).param("tel", leeg(m.telefoon())).param("email", leeg(m.email()))
                .param("vw", m.volwassenen()).param("k", m.kinderen()).param("ink", m.inkomen().strip())
                .param("sp", m.slaapplek().strip()).param("reden", m.reden().strip())
                .param("regios", m.voorkeursregios().toArray(String[]::new)).param("urg", leeg(m.urgentie()))
                .param("docs", (m.documenten() == null ? List.<String>of() : m.documenten()).toArray(String[]::new))
                .param("toest", m.toestemmingOp()).param("compleet", compleetOp).param("route", route.name())
                .query(Long.class).single();
    }

    public Optional<Scope> scope(long id) {
        return jdbc.sql("select id, team_id, aanmelder_id, casemanager_id, administratief_id, status from vhb_casus "
                        + "where id = ?").param(id).query((rs, i) -> scope(rs)).optional();
    }

    /** The scopes of these cases (unknown ids are left out), in one query. */
    public List<Scope> scopes(java.util.Collection<Long> ids) {
        return jdbc.sql("select id, team_id, aanmelder_id, casemanager_id, administratief_id, status from vhb_casus "
                        + "where id = any(?) order by id").param(ids.toArray(Long[]::new))
                .query((rs, i) -> scope(rs)).list();
    }

    private static Scope scope(ResultSet rs) throws SQLException {
        return new Scope(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("aanmelder_id"),
                rs.getObject("casemanager_id", Long.class), rs.getObject("administratief_id", Long.class),
                Status.valueOf(rs.getString("status")));
    }

    /** The case with the names of its accounts ({@code naam}: account id to name). */
    public Optional<Casus> lees(long id, Function<Long, String> naam) {
        return jdbc.sql("select * from vhb_casus where id = ?").param(id).query((rs, i) -> casus(rs, naam))
                .optional();
    }

    private Casus casus(ResultSet rs, Function<Long, String> naam) throws SQLException {
        Status s = Status.valueOf(rs.getString("status"));
        List<Zoekregio> regios = json.readValue(rs.getString("zoekregios"), new TypeReference<List<Zoekregio>>() {
        });
        Long cm = rs.getObject("casemanager_id", Long.class);
        Long adm = rs.getObject("administratief_id", Long.class);
        return new Casus(rs.getLong("id"), s, s.label(), Categorie.valueOf(rs.getString("categorie")),
                rs.getString("variant") == null ? null : Variant.valueOf(rs.getString("variant")), rs.getString("naam"),
                rs.getObject("geboortedatum", LocalDate.class), rs.getString("bsn"), rs.getString("telefoon"),
                rs.getString("email"), rs.getInt("volwassenen"), rs.getInt("kinderen"), rs.getString("inkomen"),
                rs.getString("slaapplek"), rs.getString("reden"), lijst(rs.getArray("voorkeursregios")),
                rs.getString("urgentie"), lijst(rs.getArray("documenten")),
                rs.getObject("toestemming_op", LocalDate.class), rs.getObject("compleet_op", LocalDate.class), regios,
                naam.apply(rs.getLong("aanmelder_id")), rs.getString("aanmelder_organisatie"),
                cm == null ? null : naam.apply(cm), adm == null ? null : naam.apply(adm),
                rs.getObject("criteria_jaar", Integer.class), rs.getString("weigerbrief"),
                rs.getString("uitkomst") == null ? null : Uitkomst.valueOf(rs.getString("uitkomst")),
                rs.getString("stopreden") == null ? null : Stopreden.valueOf(rs.getString("stopreden")),
                rs.getString("bestemming"), rs.getString("bestemming_code"),
                rs.getObject("gehuisvest_op", LocalDate.class), rs.getObject("uitkering_beeindigd", Boolean.class),
                rs.getObject("uitkering_beeindigd_op", LocalDate.class), Route.valueOf(rs.getString("route")),
                rs.getObject("verwijzer_id", Long.class),
                huishoudtype(rs.getInt("volwassenen"), rs.getInt("kinderen")),
                rs.getObject("remigrant", Boolean.class), rs.getObject("dakloos_sinds", Integer.class),
                rs.getString("slaapplaats_soort"), rs.getString("inkomen_soort"), rs.getString("opvang"),
                rs.getObject("werkperspectief", Boolean.class),
                rs.getObject("gezinsgesprek_op", LocalDate.class) == null ? null
                        : new nl.woonregie.verhuisbox.Casussen.Gezinsgesprek(rs.getObject("gezinsgesprek_op", LocalDate.class),
                                rs.getString("gezinscoach"), rs.getString("gezinsgesprek_vastgelegd_door")),
                rs.getObject("netwerk_op", LocalDate.class) == null ? null
                        : new nl.woonregie.verhuisbox.Casussen.Netwerk(rs.getObject("netwerk_op", LocalDate.class),
                                rs.getString("netwerk_bij"), rs.getBoolean("netwerk_briefadres"),
                                rs.getBoolean("netwerk_kostendelersnorm_uit"), rs.getString("netwerk_vastgelegd_door")));
    }

    /** The household type as the report derives it (one rule: {@code Historie.Huishoudtype.van}). */
    static String huishoudtype(int volwassenen, int kinderen) {
        return nl.woonregie.verhuisbox.traject.Historie.Huishoudtype.van(volwassenen, kinderen).name();
    }

    /**
     * A case in a list: who it belongs to (for the access rules), what the list shows, and its open tasks (visible
     * today) with how many of them are overdue.
     */
    public record Overzichtrij(Scope scope, String naam, Categorie categorie, int kinderen, LocalDate compleetOp,
            int openTaken, int teLaat) {
    }

    /**
     * One page of the cases within {@code bereik} that match the search, by case number; {@code vandaag} decides
     * which tasks show and are overdue. Returns the page's rows and the number of all matching cases.
     */
    public Deel<Overzichtrij> zoek(Bereik bereik, Lijstvraag.Gelezen v, LocalDate vandaag) {
        if (bereik.team() == null) {
            return new Deel<>(List.of(), 0, 1);
        }
        String waar = """
                from vhb_casus c
                where c.team_id = :team
                  and (:alle or c.status = any(cast(:statussen as text[])) or c.casemanager_id = :cm
                       or c.administratief_id = :adm)
                  and (cast(:status as varchar) is null or c.status = :status)
                  and (cast(:naam as varchar) is null or c.naam ilike :naam or c.id = :nummer)
                  and (cast(:taak as varchar) is null or exists (select 1 from vhb_taak t where t.casus_id = c.id
                       and t.afgerond_op is null and t.soort = :taak
                       and (t.zichtbaar_vanaf is null or t.zichtbaar_vanaf <= :vandaag)))
                  and (not :teLaat or exists (select 1 from vhb_taak t where t.casus_id = c.id
                       and t.afgerond_op is null and t.deadline < :vandaag))""";
        Map<String, Object> p = new HashMap<>();
        p.put("team", bereik.team());
        p.put("alle", bereik.alle());
        p.put("statussen", bereik.statusnamen());
        p.put("cm", bereik.casemanager());
        p.put("adm", bereik.administratief());
        p.put("status", v.status() == null ? null : v.status().name());
        p.put("naam", v.naam());
        p.put("nummer", v.nummer());
        p.put("taak", v.taak() == null ? null : v.taak().name());
        p.put("teLaat", v.teLaat());
        p.put("vandaag", vandaag);
        long totaal = jdbc.sql("select count(*) " + waar).params(p).query(Long.class).single();
        int pagina = Deel.geldig(v.pagina(), v.paginaGrootte(), totaal);
        p.put("limiet", v.paginaGrootte());
        p.put("vanaf", (long) (pagina - 1) * v.paginaGrootte());
        List<Overzichtrij> rijen = jdbc.sql("""
                select c.id, c.naam, c.status, c.categorie, c.kinderen, c.compleet_op, c.team_id, c.aanmelder_id,
                       c.casemanager_id, c.administratief_id,
                       (select count(*) from vhb_taak t where t.casus_id = c.id and t.afgerond_op is null
                          and (t.zichtbaar_vanaf is null or t.zichtbaar_vanaf <= :vandaag)) as open_taken,
                       (select count(*) from vhb_taak t where t.casus_id = c.id and t.afgerond_op is null
                          and t.deadline < :vandaag) as te_laat
                """ + waar + " order by c.id limit :limiet offset :vanaf").params(p)
                .query((rs, i) -> new Overzichtrij(scope(rs), rs.getString("naam"),
                        Categorie.valueOf(rs.getString("categorie")), rs.getInt("kinderen"),
                        rs.getObject("compleet_op", LocalDate.class), rs.getInt("open_taken"),
                        rs.getInt("te_laat"))).list();
        return new Deel<>(rijen, totaal, pagina);
    }

    /** The own referrals of an aanmelder in the team, newest first. */
    public List<Long> vanAanmelder(long aanmelder, long team) {
        return jdbc.sql("select id from vhb_casus where aanmelder_id = ? and team_id = ? order by id desc")
                .params(aanmelder, team).query(Long.class).list();
    }

    /** The cases of the team assigned to this casemanager or administratief. */
    public List<Long> toegewezenAan(long team, long account) {
        return jdbc.sql("select id from vhb_casus where team_id = ? and (casemanager_id = ? or administratief_id = ?) "
                + "order by id").params(team, account, account).query(Long.class).list();
    }

    /** The not anonymised cases of the team (of one casemanager, when given): id, name and casemanager. */
    public record Volgrij(long casus, String naam, Long casemanager) {
    }

    public List<Volgrij> gevolgd(long team, Long casemanager) {
        return jdbc.sql("""
                select id, naam, casemanager_id from vhb_casus where team_id = ? and geanonimiseerd_op is null
                  and (cast(? as bigint) is null or casemanager_id = ?) order by id""")
                .params(team, casemanager, casemanager)
                .query((rs, i) -> new Volgrij(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class))).list();
    }

    /** The names of cases by id. */
    public Map<Long, String> namen(Collection<Long> ids) {
        Map<Long, String> m = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, naam from vhb_casus where id = any(?)").param(ids.toArray(Long[]::new))
                    .query((rs, i) -> m.put(rs.getLong(1), rs.getString(2))).list();
        }
        return m;
    }

    public boolean geanonimiseerd(long id) {
        return jdbc.sql("select geanonimiseerd_op is not null from vhb_casus where id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The moment of the last state change. */
    public OffsetDateTime laatsteWijziging(long id) {
        return jdbc.sql("select max(tijdstip) from vhb_statuswijziging where casus_id = ?").param(id)
                .query(OffsetDateTime.class).single();
    }

    // ---------------------------------------------------------------- changes

    /** Moves the case from {@code van} to {@code naar}; false when it was no longer in {@code van}. */
    public boolean zetStatus(long id, Status van, Status naar) {
        return jdbc.sql("update vhb_casus set status = ?, gewijzigd_op = now() where id = ? and status = ?")
                .params(naar.name(), id, van.name()).update() == 1;
    }

    /** Closes the case that is still in {@code van}, with its outcome; false when it was no longer in {@code van}. */
    public boolean sluitAf(long id, Status van, Uitkomst uitkomst, Stopreden stopreden, String bestemming,
            String bestemmingCode, LocalDate gehuisvestOp) {
        return jdbc.sql("""
                update vhb_casus set status = 'AFGESLOTEN', gewijzigd_op = now(), uitkomst = ?, stopreden = ?,
                    bestemming = ?, bestemming_code = ?, gehuisvest_op = ? where id = ? and status = ?""")
                .params(uitkomst.name(), stopreden == null ? null : stopreden.name(), bestemming, bestemmingCode,
                        gehuisvestOp, id, van.name()).update() == 1;
    }

    public void geschiedenis(long id, Status van, Status naar, String reden, String actor) {
        jdbc.sql("insert into vhb_statuswijziging (casus_id, van, naar, reden, actor) values (?, ?, ?, ?, ?)")
                .params(id, van == null ? null : van.name(), naar.name(), reden, actor).update();
    }

    public void zetWeigerbrief(long id, String brief) {
        jdbc.sql("update vhb_casus set weigerbrief = ? where id = ?").params(brief, id).update();
    }

    public void zetVariant(long id, Variant variant) {
        jdbc.sql("update vhb_casus set variant = ? where id = ?").params(variant.name(), id).update();
    }

    public void zetCriteriaJaar(long id, int jaar) {
        jdbc.sql("update vhb_casus set criteria_jaar = ? where id = ?").params(jaar, id).update();
    }

    public void zetCasemanager(long id, long account) {
        jdbc.sql("update vhb_casus set casemanager_id = ? where id = ?").params(account, id).update();
    }

    public void zetAdministratief(long id, long account) {
        jdbc.sql("update vhb_casus set administratief_id = ? where id = ?").params(account, id).update();
    }

    public void zetIntake(long id, Variant variant, List<Zoekregio> regios) {
        jdbc.sql("update vhb_casus set variant = ?, zoekregios = cast(? as jsonb) where id = ?")
                .params(variant.name(), json.writeValueAsString(regios), id).update();
    }

    /**
     * Records the family talk of the CJG rule, once, while the case is in Intake: {@code false} when it was recorded
     * meanwhile or the case left Intake (the caller answers 409).
     */
    public boolean zetGezinsgesprek(long id, LocalDate op, String gezinscoach, String door) {
        return jdbc.sql("update vhb_casus set gezinsgesprek_op = ?, gezinscoach = ?, gezinsgesprek_vastgelegd_door = ?, "
                + "gewijzigd_op = now() where id = ? and status = 'INTAKE' and gezinsgesprek_op is null")
                .params(op, gezinscoach, door, id).update() == 1;
    }

    /**
     * Records the housing in the own network, once, while the case is in Intake, Zoeken or Aanbod: {@code false} when
     * it was recorded meanwhile or the case moved on (the caller answers 409).
     */
    public boolean zetNetwerk(long id, LocalDate op, String bij, boolean briefadres, boolean kostendelersnormUit,
            String door) {
        return jdbc.sql("update vhb_casus set netwerk_op = ?, netwerk_bij = ?, netwerk_briefadres = ?, "
                + "netwerk_kostendelersnorm_uit = ?, netwerk_vastgelegd_door = ?, gewijzigd_op = now() "
                + "where id = ? and status in ('INTAKE', 'ZOEKEN', 'AANBOD') and netwerk_op is null")
                .params(op, bij, briefadres, kostendelersnormUit, door, id).update() == 1;
    }

    public void zetUitkering(long id, boolean beeindigd, LocalDate op) {
        jdbc.sql("update vhb_casus set uitkering_beeindigd = ?, uitkering_beeindigd_op = ?, gewijzigd_op = now() "
                + "where id = ?").params(beeindigd, op, id).update();
    }

    // ---------------------------------------------------------------- waiting list

    /** The cases of the team on the waiting list. */
    public List<Wachtlijst.Wachtende> wachtenden(long team) {
        return jdbc.sql("select id, categorie, compleet_op, kinderen from vhb_casus "
                        + "where team_id = ? and status = 'WACHTLIJST'").param(team)
                .query((rs, i) -> new Wachtlijst.Wachtende(rs.getLong(1), Categorie.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4))).list();
    }

    /** Cases of the category that entered the intake in the year (Dutch time): they used a place. */
    public int gestart(long team, int jaar, Categorie categorie) {
        return jdbc.sql("""
                select count(distinct c.id) from vhb_casus c join vhb_statuswijziging s on s.casus_id = c.id
                where c.team_id = ? and c.categorie = ? and s.naar = 'INTAKE'
                  and extract(year from s.tijdstip at time zone 'Europe/Amsterdam') = ?""")
                .params(team, categorie.name(), jaar).query(Integer.class).single();
    }

    // ---------------------------------------------------------------- criteria and the ICP-toets

    public List<Criterium> criteria(int jaar) {
        return jdbc.sql("select jaar, code, volgorde, omschrijving, soort, verwijzing from vhb_criterium "
                        + "where jaar = ? order by volgorde")
                .param(jaar)
                .query((rs, i) -> new Criterium(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        Criterium.Soort.valueOf(rs.getString(5)), rs.getString(6))).list();
    }

    /** The latest year up to {@code jaar} that has criteria. */
    public Optional<Integer> criteriaJaar(int jaar) {
        return jdbc.sql("select max(jaar) from vhb_criterium where jaar <= ?").param(jaar).query(Integer.class)
                .optional();
    }

    /** The earliest year with criteria. */
    public Optional<Integer> eersteCriteriaJaar() {
        return jdbc.sql("select min(jaar) from vhb_criterium").query(Integer.class).optional();
    }

    /** The description of every criterion code, from the latest year that has it. */
    public Map<String, String> criteriumOmschrijvingen() {
        Map<String, String> m = new LinkedHashMap<>();
        jdbc.sql("select distinct on (code) code, omschrijving from vhb_criterium order by code, jaar desc")
                .query((rs, i) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    public void vervangCriteria(int jaar, List<Criterium> nieuw) {
        jdbc.sql("delete from vhb_criterium where jaar = ?").param(jaar).update();
        for (int i = 0; i < nieuw.size(); i++) {
            Criterium c = nieuw.get(i);
            jdbc.sql("insert into vhb_criterium (jaar, code, volgorde, omschrijving, soort, verwijzing) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(jaar, c.code(), i + 1, c.omschrijving().strip(), c.soort().name(), leeg(c.verwijzing()))
                    .update();
        }
    }

    public void toetsingen(long id, int jaar, List<Toetsregel> regels, String actor) {
        for (Toetsregel r : regels) {
            jdbc.sql("insert into vhb_toetsing (casus_id, jaar, code, uitkomst, notitie, actor) values (?, ?, ?, ?, ?, ?)")
                    .params(id, jaar, r.code(), r.uitkomst().name(), leeg(r.notitie()), actor).update();
        }
    }

    /** The latest outcome per criterion of the case in a year. */
    public Map<String, Criterium.Uitslag> laatsteUitslagen(long id, int jaar) {
        Map<String, Criterium.Uitslag> laatste = new LinkedHashMap<>();
        jdbc.sql("select code, uitkomst from vhb_toetsing where casus_id = ? and jaar = ? order by id").params(id, jaar)
                .query((rs, i) -> laatste.put(rs.getString(1), Criterium.Uitslag.valueOf(rs.getString(2)))).list();
        return laatste;
    }

    // ---------------------------------------------------------------- helpers

    static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> lijst(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
