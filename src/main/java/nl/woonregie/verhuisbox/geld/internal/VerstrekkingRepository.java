package nl.woonregie.verhuisbox.geld.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.verhuisbox.Geld.Verstrekking;
import nl.woonregie.verhuisbox.Geld.Verstrekkingstatus;
import nl.woonregie.verhuisbox.Geld.Vorm;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of grants, overrides and beschikkingen (geld owns {@code vhb_verstrekking}, {@code vhb_overschrijding} and
 * {@code vhb_beschikking}). Every step of a grant is guarded: it changes the grant only while it is still in the state
 * the step was decided for ({@code … where status = :van}), and the kenmerk is numbered only after the grant was
 * claimed, so a losing concurrent approval takes no number.
 */
@Repository
public class VerstrekkingRepository {

    /** What free text is overwritten with. */
    static final String GEANONIMISEERD = "[geanonimiseerd]";

    private static final String SELECT = """
            select v.*, p.code as pot_code, p.jaar as pot_jaar,
                   (select reden from vhb_overschrijding o where o.verstrekking_id = v.id) as overschrijding,
                   exists (select 1 from vhb_beschikking b where b.verstrekking_id = v.id) as heeft_beschikking
            from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id
            """;

    private final JdbcClient jdbc;

    VerstrekkingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A grant as stored; the case's name is the caller's to add (it is the trajectory's). */
    private static Verstrekking verstrekking(ResultSet rs, int i) throws SQLException {
        return new Verstrekking(rs.getLong("id"), rs.getLong("casus_id"), null,
                rs.getLong("pot_id"), rs.getString("pot_code"), rs.getInt("pot_jaar"), rs.getString("soort"),
                rs.getString("omschrijving"), Vorm.valueOf(rs.getString("vorm")), rs.getBigDecimal("bedrag"),
                Verstrekkingstatus.valueOf(rs.getString("status")), rs.getString("toelichting"),
                rs.getString("waardendriehoek"), rs.getString("gemeente"), rs.getObject("eigen_gemeente", Boolean.class),
                rs.getString("grondslag"), rs.getBoolean("bezwaar"), rs.getString("voorgesteld_door"),
                rs.getObject("voorgesteld_op", OffsetDateTime.class), rs.getString("beoordeeld_door"),
                rs.getObject("beoordeeld_op", OffsetDateTime.class), rs.getString("afwijzingsreden"),
                rs.getString("betaald_door"), rs.getObject("betaald_op", LocalDate.class),
                rs.getString("betaalreferentie"), rs.getString("kenmerk"), rs.getBoolean("heeft_beschikking"),
                rs.getString("overschrijding"), rs.getObject("woonoppervlakte", Integer.class));
    }

    public Optional<Verstrekking> lees(long id) {
        return jdbc.sql(SELECT + "where v.id = ?").param(id).query(VerstrekkingRepository::verstrekking).optional();
    }

    public List<Verstrekking> vanCasus(long casus) {
        return jdbc.sql(SELECT + "where v.casus_id = ? order by v.id").param(casus)
                .query(VerstrekkingRepository::verstrekking).list();
    }

    /**
     * The grants of a team's pots in a year (optionally of one pot code and/or status); {@code casussen}: only those
     * of these cases (null: all).
     */
    public List<Verstrekking> lijst(long team, int jaar, String potCode, Verstrekkingstatus status,
            Collection<Long> casussen) {
        return jdbc.sql(SELECT + """
                where p.team_id = :team and p.jaar = :jaar and (:pot::text is null or p.code = :pot)
                  and (:status::text is null or v.status = :status)
                  and (:alle or v.casus_id = any(:casussen))
                order by v.voorgesteld_op, v.id""")
                .param("team", team).param("jaar", jaar).param("pot", potCode)
                .param("status", status == null ? null : status.name()).param("alle", casussen == null)
                .param("casussen", casussen == null ? new Long[0] : casussen.toArray(Long[]::new))
                .query(VerstrekkingRepository::verstrekking).list();
    }

    public Optional<Long> casusVan(long id) {
        return jdbc.sql("select casus_id from vhb_verstrekking where id = ?").param(id).query(Long.class).optional();
    }

    /** Who proposed the grant (account id) and its open task. */
    public record Kop(long voorgesteldDoor, Long taak) {
    }

    public Kop kop(long id) {
        return jdbc.sql("select voorgesteld_door_id, taak_id from vhb_verstrekking where id = ?").param(id)
                .query((rs, i) -> new Kop(rs.getLong(1), rs.getObject(2, Long.class))).single();
    }

    // ---------------------------------------------------------------- the steps of a grant

    public long stelVoor(long casus, long pot, String soort, Vorm vorm, BigDecimal bedrag, String omschrijving,
            String toelichting, String waardendriehoek, String gemeente, Boolean eigenGemeente, String grondslag,
            boolean bezwaar, String door, long doorId, OffsetDateTime op, long taak, Integer woonoppervlakte) {
        return jdbc.sql("""
                insert into vhb_verstrekking (casus_id, pot_id, soort, vorm, bedrag, status, omschrijving, toelichting,
                    waardendriehoek, gemeente, eigen_gemeente, grondslag, bezwaar, voorgesteld_door,
                    voorgesteld_door_id, voorgesteld_op, taak_id, woonoppervlakte)
                values (?, ?, ?, ?, ?, 'VOORGESTELD', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(casus, pot, soort, vorm.name(), bedrag, omschrijving, toelichting, waardendriehoek, gemeente,
                        eigenGemeente, grondslag, bezwaar, door, doorId, op, taak, woonoppervlakte)
                .query(Long.class).single();
    }

    /**
     * Claims the grant for a step: locks its row while it is still in {@code van}; false when another transaction
     * took it out of that state meanwhile (it waits for that transaction and then finds no row).
     */
    public boolean claim(long id, Verstrekkingstatus van) {
        return !jdbc.sql("select id from vhb_verstrekking where id = ? and status = ? for update")
                .params(id, van.name()).query(Long.class).list().isEmpty();
    }

    /** The next number of the beschikking kenmerken (taken only by a claimed approval). */
    public long volgendNummer() {
        return jdbc.sql("select nextval('vhb_beschikking_nummer')").query(Long.class).single();
    }

    /** Approves a proposed grant: kenmerk, addressee, date and its open task (the payment) fixed. */
    public boolean keurGoed(long id, String door, long doorId, OffsetDateTime op, String kenmerk, String ontvanger,
            String adres, String team, LocalDate datum, long betaaltaak) {
        return jdbc.sql("""
                update vhb_verstrekking set status = 'GOEDGEKEURD', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = ?, kenmerk = ?, ontvanger = ?, adres = ?, team_naam = ?, beschikkingsdatum = ?,
                    taak_id = ?
                where id = ? and status = 'VOORGESTELD'""")
                .params(door, doorId, op, kenmerk, ontvanger, adres, team, datum, betaaltaak, id).update() == 1;
    }

    public boolean wijsAf(long id, String door, long doorId, OffsetDateTime op, String reden) {
        return jdbc.sql("""
                update vhb_verstrekking set status = 'AFGEWEZEN', beoordeeld_door = ?, beoordeeld_door_id = ?,
                    beoordeeld_op = ?, afwijzingsreden = ? where id = ? and status = 'VOORGESTELD'""")
                .params(door, doorId, op, reden, id).update() == 1;
    }

    public boolean betaal(long id, String door, LocalDate op, String referentie) {
        return jdbc.sql("update vhb_verstrekking set status = 'BETAALD', betaald_door = ?, betaald_op = ?, "
                + "betaalreferentie = ? where id = ? and status = 'GOEDGEKEURD'").params(door, op, referentie, id)
                .update() == 1;
    }

    /** Records the coordinator's override; false when the grant has one already. */
    public boolean staToe(long id, String reden, String door, OffsetDateTime op) {
        try {
            jdbc.sql("insert into vhb_overschrijding (verstrekking_id, reden, door, op) values (?, ?, ?, ?)")
                    .params(id, reden, door, op).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- beschikkingen

    /** The fixed fields a beschikking is made from. */
    public record Briefgegevens(Verstrekkingstatus status, String kenmerk, LocalDate datum, String ontvanger,
            String adres, String team, String omschrijving, BigDecimal bedrag, Vorm vorm, String potCode, String gemeente,
            boolean eigenGemeente, String grondslag, boolean bezwaar, String soort) {
    }

    public Optional<Briefgegevens> briefgegevens(long id) {
        return jdbc.sql("""
                select v.status, v.kenmerk, v.beschikkingsdatum, v.ontvanger, v.adres, v.team_naam, v.omschrijving,
                       v.bedrag, v.vorm, p.code, v.gemeente, v.eigen_gemeente, v.grondslag, v.bezwaar, v.soort
                from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id where v.id = ?""").param(id)
                .query((rs, i) -> new Briefgegevens(Verstrekkingstatus.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getBigDecimal(8), Vorm.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getBoolean(12), rs.getString(13),
                        rs.getBoolean(14), rs.getString(15))).optional();
    }

    public record Brief(String kenmerk, byte[] pdf, String sha256) {
    }

    public Optional<Brief> brief(long id) {
        return jdbc.sql("select kenmerk, pdf, sha256 from vhb_beschikking where verstrekking_id = ?").param(id)
                .query((rs, i) -> new Brief(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    /** Stores a letter unless one is stored already (the first one wins). */
    public void bewaarBrief(long id, String kenmerk, byte[] pdf, String sha256) {
        jdbc.sql("insert into vhb_beschikking (verstrekking_id, kenmerk, pdf, sha256) values (?, ?, ?, ?) "
                + "on conflict (verstrekking_id) do nothing").params(id, kenmerk, pdf, sha256).update();
    }

    /** Replaces a stored letter (only in the anonymising transaction: the table is append-only otherwise). */
    public void vervangBrief(long id, byte[] pdf, String sha256) {
        jdbc.sql("update vhb_beschikking set pdf = ?, sha256 = ? where verstrekking_id = ?").params(pdf, sha256, id)
                .update();
    }

    /** The approved and paid grants from the team's pots without a stored beschikking. */
    public List<Long> zonderBrief(long team) {
        return jdbc.sql("""
                select v.id from vhb_verstrekking v join vhb_pot p on p.id = v.pot_id
                where p.team_id = ? and v.status in ('GOEDGEKEURD', 'BETAALD')
                  and not exists (select 1 from vhb_beschikking b where b.verstrekking_id = v.id)
                order by v.id""").param(team).query(Long.class).list();
    }

    // ---------------------------------------------------------------- import

    /** An imported grant: everything a decided grant holds, with the names of its accounts. */
    public record Geimporteerd(long casus, long pot, String soort, String vorm, java.math.BigDecimal bedrag,
            String omschrijving, String gemeente, boolean eigenGemeente, String grondslag, boolean bezwaar,
            String voorgesteldDoor, long voorgesteldDoorId, OffsetDateTime voorgesteldOp, String beoordeeldDoor,
            long beoordeeldDoorId, OffsetDateTime beoordeeldOp, String ontvanger, LocalDate betaaldOp,
            String betaaldDoor, String kenmerk) {
    }

    /** Imports decided grants in batched statements (paid when they have a payment date, else approved). */
    public void importeer(List<Geimporteerd> rijen) {
        for (int van = 0; van < rijen.size(); van += 20_000) {
            List<Geimporteerd> r = rijen.subList(van, Math.min(rijen.size(), van + 20_000));
            jdbc.sql("""
                    insert into vhb_verstrekking (casus_id, pot_id, soort, vorm, bedrag, status, omschrijving, gemeente,
                        eigen_gemeente, grondslag, bezwaar, voorgesteld_door, voorgesteld_door_id, voorgesteld_op,
                        beoordeeld_door, beoordeeld_door_id, beoordeeld_op, ontvanger, beschikkingsdatum, betaald_door,
                        betaald_op, kenmerk)
                    select a, b, c, d, e, case when k is null then 'GOEDGEKEURD' else 'BETAALD' end, f, g, h, gr, bz,
                        vd, vdi, i::timestamptz, bd, bdi, j::timestamptz, o, j::timestamptz::date, bt, k::date, l
                    from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                        cast(? as numeric[]), cast(? as text[]), cast(? as text[]), cast(? as boolean[]),
                        cast(? as text[]), cast(? as boolean[]), cast(? as text[]), cast(? as bigint[]),
                        cast(? as text[]), cast(? as text[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as text[]), cast(? as text[]))
                        as x (a, b, c, d, e, f, g, h, gr, bz, vd, vdi, i, bd, bdi, j, o, k, bt, l)""")
                    .params(kolom(r, Geimporteerd::casus, Long[]::new), kolom(r, Geimporteerd::pot, Long[]::new),
                            kolom(r, Geimporteerd::soort, String[]::new), kolom(r, Geimporteerd::vorm, String[]::new),
                            kolom(r, x -> x.bedrag().toPlainString(), String[]::new),
                            kolom(r, Geimporteerd::omschrijving, String[]::new),
                            kolom(r, Geimporteerd::gemeente, String[]::new),
                            kolom(r, Geimporteerd::eigenGemeente, Boolean[]::new),
                            kolom(r, Geimporteerd::grondslag, String[]::new),
                            kolom(r, Geimporteerd::bezwaar, Boolean[]::new),
                            kolom(r, Geimporteerd::voorgesteldDoor, String[]::new),
                            kolom(r, Geimporteerd::voorgesteldDoorId, Long[]::new),
                            kolom(r, x -> x.voorgesteldOp().toString(), String[]::new),
                            kolom(r, Geimporteerd::beoordeeldDoor, String[]::new),
                            kolom(r, Geimporteerd::beoordeeldDoorId, Long[]::new),
                            kolom(r, x -> x.beoordeeldOp().toString(), String[]::new),
                            kolom(r, Geimporteerd::ontvanger, String[]::new),
                            kolom(r, x -> x.betaaldOp() == null ? null : x.betaaldOp().toString(), String[]::new),
                            kolom(r, x -> x.betaaldOp() == null ? null : x.betaaldDoor(), String[]::new),
                            kolom(r, Geimporteerd::kenmerk, String[]::new))
                    .update();
        }
    }

    private static <T, V> Object[] kolom(List<T> rijen, java.util.function.Function<T, V> waarde,
            java.util.function.IntFunction<Object[]> maak) {
        return rijen.stream().map(waarde).toList().toArray(maak.apply(rijen.size()));
    }

    // ---------------------------------------------------------------- retention and the AVG export

    /** Anonymises the grants of these cases; returns the grants whose stored letter must be made again. */
    public List<Long> anonimiseer(Long[] a) {
        String x = GEANONIMISEERD;
        jdbc.sql("""
                update vhb_verstrekking set ontvanger = case when ontvanger is null then null else ? end, adres = null,
                    toelichting = case when toelichting is null then null else ? end,
                    waardendriehoek = case when waardendriehoek is null then null else ? end,
                    afwijzingsreden = case when afwijzingsreden is null then null else ? end
                where casus_id = any(?)""").params(x, x, x, x, a).update();
        return jdbc.sql("select b.verstrekking_id from vhb_beschikking b join vhb_verstrekking v "
                + "on v.id = b.verstrekking_id where v.casus_id = any(?)").param(a).query(Long.class).list();
    }

    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("verstrekkingen", jdbc.sql("select kenmerk, soort, omschrijving, vorm, bedrag, status, gemeente, "
                        + "toelichting, voorgesteld_op, beoordeeld_op, afwijzingsreden, betaald_op, woonoppervlakte "
                        + "from vhb_verstrekking "
                        + "where casus_id = ? order by id").param(casus).query().listOfRows().stream()
                .map(r -> (Map<String, Object>) new LinkedHashMap<>(r)).toList());
        return m;
    }
}
