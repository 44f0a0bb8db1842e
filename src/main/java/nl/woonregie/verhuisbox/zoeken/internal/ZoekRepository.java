package nl.woonregie.verhuisbox.zoeken.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.verhuisbox.Zoeken.Aanbod;
import nl.woonregie.verhuisbox.Zoeken.Aanbodbesluit;
import nl.woonregie.verhuisbox.Zoeken.Website;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of searching (zoeken owns {@code vhb_website}, {@code vhb_inschrijving}, {@code vhb_reactie},
 * {@code vhb_aanbod} and {@code vhb_belemmering}). The decision on an offer is guarded: it is recorded only while the
 * offer has none.
 */
@Repository
public class ZoekRepository {

    /** What free text is overwritten with. */
    static final String GEANONIMISEERD = "[geanonimiseerd]";

    private final JdbcClient jdbc;

    ZoekRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- sites

    /**
     * The sites a team sees: its own (added by it, or its version of a national site) and the national sites it has
     * no version of (the conditions that follow are added with {@code and}).
     */
    private static final String VAN_TEAM = """
            from vhb_website w
            where (w.team_id = :team or (w.team_id is null and not exists (select 1 from vhb_website e
                where e.team_id = :team and e.vervangt_id = w.id)))""";

    /** The active sites of a team (see {@link #VAN_TEAM}), by name. */
    public List<Website> websites(long team) {
        return jdbc.sql("select w.id, w.naam, w.regio, w.provincies, w.kosten, w.verlenging, w.notities " + VAN_TEAM
                        + " and w.actief order by w.naam").param("team", team)
                .query((rs, i) -> new Website(rs.getLong(1), rs.getString(2), rs.getString(3), lijst(rs.getArray(4)),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7))).list();
    }

    /** Is this an active site of the team (see {@link #VAN_TEAM})? */
    public boolean isWebsiteVan(long id, long team) {
        return jdbc.sql("select count(*) " + VAN_TEAM + " and w.actief and w.id = :id").param("team", team)
                .param("id", id).query(Long.class).single() > 0;
    }

    /** Does the team see a site (active or not) of this name, other than {@code behalve}? */
    public boolean naamBijTeam(long team, String naam, Long behalve) {
        return jdbc.sql("select count(*) " + VAN_TEAM + " and lower(w.naam) = lower(:naam) "
                        + "and w.id <> coalesce(cast(:behalve as bigint), -1) "
                        + "and (cast(:behalve as bigint) is null or w.id <> coalesce((select v.vervangt_id "
                        + "from vhb_website v where v.id = :behalve), -1))")
                .param("team", team).param("naam", naam).param("behalve", behalve).query(Long.class).single() > 0;
    }

    public String websiteNaam(long id) {
        return jdbc.sql("select naam from vhb_website where id = ?").param(id).query(String.class).single();
    }

    /** Who a site belongs to: a team (null: the national list) and the national site it is that team's version of. */
    public record Eigenaar(Long team, Long vervangt) {
    }

    public Optional<Eigenaar> eigenaar(long id) {
        return jdbc.sql("select team_id, vervangt_id from vhb_website where id = ?").param(id)
                .query((rs, i) -> new Eigenaar(rs.getObject(1, Long.class), rs.getObject(2, Long.class))).optional();
    }

    /** The team's version of a national site, if it has one. */
    public Optional<Long> versieVan(long team, long landelijk) {
        return jdbc.sql("select id from vhb_website where team_id = ? and vervangt_id = ?").params(team, landelijk)
                .query(Long.class).optional();
    }

    /**
     * Adds a site of a team ({@code vervangt}: the national site it is the team's version of, or null); throws
     * DuplicateKeyException for a name the team has already.
     */
    public long voegWebsiteToe(long team, Long vervangt, String naam, String regio, String[] provincies,
            BigDecimal kosten, String verlenging, String notities, boolean actief) {
        return jdbc.sql("""
                insert into vhb_website (team_id, vervangt_id, naam, regio, provincies, kosten, verlenging, notities,
                    actief)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(team, vervangt, naam, regio, provincies, kosten, verlenging, notities, actief)
                .query(Long.class).single();
    }

    /** The stored fields of a site, as the audit trail keeps its old values. */
    public Optional<Map<String, Object>> website(long id) {
        return jdbc.sql("select naam, regio, provincies::text, kosten, verlenging, notities, actief "
                + "from vhb_website where id = ?").param(id).query().listOfRows().stream().findFirst()
                .map(LinkedHashMap::new);
    }

    /** Changes a site of a team; throws DuplicateKeyException for a name the team has already. */
    public void wijzigWebsite(long id, long team, String naam, String regio, String[] provincies, BigDecimal kosten,
            String verlenging, String notities, boolean actief) {
        jdbc.sql("""
                update vhb_website set naam = ?, regio = ?, provincies = ?, kosten = ?, verlenging = ?,
                    notities = ?, actief = ? where id = ? and team_id = ?""")
                .params(naam, regio, provincies, kosten, verlenging, notities, actief, id, team).update();
    }

    // ---------------------------------------------------------------- registrations

    /** Adds a registration; throws DuplicateKeyException when the case is registered on the site already. */
    public long schrijfIn(long casus, long website, LocalDate datum, String nummer, BigDecimal kosten,
            LocalDate verlengdatum, String door) {
        return jdbc.sql("""
                insert into vhb_inschrijving (casus_id, website_id, datum, nummer, kosten, verlengdatum,
                    aangemaakt_door) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, website, datum, nummer, kosten, verlengdatum, door).query(Long.class).single();
    }

    public void bewaarGeheim(long inschrijving, byte[] nonce, byte[] geheim) {
        jdbc.sql("update vhb_inschrijving set kluis_nonce = ?, kluis_geheim = ? where id = ?")
                .params(nonce, geheim, inschrijving).update();
    }

    public record Inschrijvingrij(long id, long website, String websiteNaam, LocalDate datum, String nummer,
            BigDecimal kosten, LocalDate verlengdatum, boolean inKluis) {
    }

    public List<Inschrijvingrij> inschrijvingen(long casus) {
        return jdbc.sql("""
                select i.id, i.website_id, w.naam, i.datum, i.nummer, i.kosten, i.verlengdatum, i.kluis_geheim is not null
                from vhb_inschrijving i join vhb_website w on w.id = i.website_id where i.casus_id = ? order by w.naam""")
                .param(casus)
                .query((rs, i) -> new Inschrijvingrij(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBigDecimal(6),
                        rs.getObject(7, LocalDate.class), rs.getBoolean(8))).list();
    }

    public boolean isInschrijvingVan(long inschrijving, long casus) {
        return jdbc.sql("select count(*) from vhb_inschrijving where id = ? and casus_id = ?")
                .params(inschrijving, casus).query(Long.class).single() > 0;
    }

    /** The stored secret of a registration of the case: empty when there is no such registration. */
    public Optional<Optional<Kluis.Versleuteld>> geheim(long inschrijving, long casus) {
        return jdbc.sql("select kluis_nonce, kluis_geheim from vhb_inschrijving where id = ? and casus_id = ?")
                .params(inschrijving, casus)
                .query((rs, i) -> Optional.ofNullable(rs.getBytes(2) == null ? null
                        : new Kluis.Versleuteld(rs.getBytes(1), rs.getBytes(2))))
                .optional();
    }

    // ---------------------------------------------------------------- reactions

    public long reageer(long casus, long inschrijving, LocalDate datum, String woning, String soort, Integer positie,
            LocalDate deadline, String door) {
        return jdbc.sql("""
                insert into vhb_reactie (casus_id, inschrijving_id, datum, woning, soort, positie, deadline, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, inschrijving, datum, woning, soort, positie, deadline, door).query(Long.class).single();
    }

    public record Reactierij(long id, long inschrijving, String website, LocalDate datum, String woning, String soort,
            String resultaat, Integer positie, LocalDate deadline) {
    }

    public List<Reactierij> reacties(long casus) {
        return jdbc.sql("""
                select r.id, r.inschrijving_id, w.naam, r.datum, r.woning, r.soort, r.resultaat, r.positie, r.deadline
                from vhb_reactie r join vhb_inschrijving i on i.id = r.inschrijving_id
                join vhb_website w on w.id = i.website_id where r.casus_id = ? order by r.datum desc, r.id desc""")
                .param(casus)
                .query((rs, i) -> new Reactierij(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, Integer.class), rs.getObject(9, LocalDate.class))).list();
    }

    // ---------------------------------------------------------------- offers

    public long bied(long casus, String gemeente, String corporatie, String adres, BigDecimal huur,
            LocalDate bezichtiging, LocalDate deadline, String door) {
        return jdbc.sql("""
                insert into vhb_aanbod (casus_id, gemeente, corporatie, adres, huur, bezichtiging, deadline,
                    aangemaakt_door) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, gemeente, corporatie, adres, huur, bezichtiging, deadline, door)
                .query(Long.class).single();
    }

    public List<Aanbod> aanbiedingen(long casus) {
        return jdbc.sql("select id, gemeente, corporatie, adres, huur, bezichtiging, deadline, besluit, toelichting "
                        + "from vhb_aanbod where casus_id = ? order by id desc").param(casus)
                .query((rs, i) -> new Aanbod(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        rs.getString(8) == null ? null : Aanbodbesluit.valueOf(rs.getString(8)), rs.getString(9)))
                .list();
    }

    public Optional<Long> casusVanAanbod(long aanbod) {
        return jdbc.sql("select casus_id from vhb_aanbod where id = ?").param(aanbod).query(Long.class).optional();
    }

    /** Records the decision on an offer that has none yet; false when it was decided meanwhile. */
    public boolean besluit(long aanbod, Aanbodbesluit besluit, String toelichting, String door) {
        return jdbc.sql("update vhb_aanbod set besluit = ?, toelichting = ?, besloten_door = ? where id = ? "
                + "and besluit is null").params(besluit.name(), toelichting, door, aanbod).update() == 1;
    }

    /** The address and municipality of the accepted offer (the latest), if any. */
    public record Adres(String gemeente, String adres) {
    }

    public Optional<Adres> aanvaard(long casus) {
        return jdbc.sql("select gemeente, adres from vhb_aanbod where casus_id = ? and besluit = 'AANVAARD' "
                        + "order by id desc limit 1").param(casus)
                .query((rs, i) -> new Adres(rs.getString(1), rs.getString(2))).optional();
    }

    public int open(long casus) {
        return jdbc.sql("select count(*) from vhb_aanbod where casus_id = ? and besluit is null").param(casus)
                .query(Integer.class).single();
    }

    public int aanvaardAantal(long casus) {
        return jdbc.sql("select count(*) from vhb_aanbod where casus_id = ? and besluit = 'AANVAARD'").param(casus)
                .query(Integer.class).single();
    }

    // ---------------------------------------------------------------- obstacle log

    public void belemmering(long team, long casus, LocalDate datum, String website, String plaats, String provincie,
            String corporatie, String situatie, String grond, String door) {
        jdbc.sql("""
                insert into vhb_belemmering (team_id, casus_id, datum, website, plaats, provincie, corporatie,
                    situatie, grond, actor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(team, casus, datum, website, plaats, provincie, corporatie, situatie, grond, door).update();
    }

    public record Belemmeringrij(long id, Long casus, LocalDate datum, String website, String plaats,
            String provincie, String corporatie, String situatie, String grond, String actie) {
    }

    public List<Belemmeringrij> belemmeringen(long team) {
        return jdbc.sql("select id, casus_id, datum, website, plaats, provincie, corporatie, situatie, grond, actie "
                        + "from vhb_belemmering where team_id = ? order by datum desc, id desc").param(team)
                .query((rs, i) -> new Belemmeringrij(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))).list();
    }

    // ---------------------------------------------------------------- retention and the AVG export

    /** Anonymises searching's tables of these cases (inside the anonymising transaction). */
    public void anonimiseer(Long[] a) {
        jdbc.sql("update vhb_inschrijving set nummer = null, kluis_nonce = null, kluis_geheim = null "
                + "where casus_id = any(?)").param(a).update();
        jdbc.sql("update vhb_reactie set woning = ? where casus_id = any(?)").params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_aanbod set adres = ?, toelichting = null where casus_id = any(?)")
                .params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_belemmering set casus_id = null where casus_id = any(?)").param(a).update();
    }

    /** Searching's sections of the AVG export, in order (whether credentials are stored, never the credentials). */
    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("inschrijvingen", rijen("""
                select w.naam as website, i.datum, i.nummer, i.kosten, i.verlengdatum,
                       (i.kluis_geheim is not null) as inloggegevensBewaard
                from vhb_inschrijving i join vhb_website w on w.id = i.website_id where i.casus_id = ? order by i.id""",
                casus));
        m.put("reacties", rijen("select datum, woning, soort, resultaat, positie from vhb_reactie "
                + "where casus_id = ? order by id", casus));
        m.put("aanbiedingen", rijen("select gemeente, corporatie, adres, huur, bezichtiging, deadline, besluit, "
                + "toelichting from vhb_aanbod where casus_id = ? order by id", casus));
        return m;
    }

    private List<Map<String, Object>> rijen(String sql, long casus) {
        return jdbc.sql(sql).param(casus).query().listOfRows().stream()
                .map(r -> (Map<String, Object>) new LinkedHashMap<>(r)).toList();
    }

    private static List<String> lijst(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }
}
