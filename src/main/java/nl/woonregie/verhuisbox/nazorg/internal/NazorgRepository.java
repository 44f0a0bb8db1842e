package nl.woonregie.verhuisbox.nazorg.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.verhuisbox.nazorg.Enquete.Antwoorden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of aftercare and the client survey (nazorg owns {@code vhb_nazorg}, {@code vhb_enquete} and
 * {@code vhb_enquetelink}). Recording a contact, spending a link and the survey itself happen once: guarded updates
 * and a unique survey per case.
 */
@Repository
public class NazorgRepository {

    /** What free text is overwritten with. */
    static final String GEANONIMISEERD = "[geanonimiseerd]";

    private final JdbcClient jdbc;

    NazorgRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---------------------------------------------------------------- aftercare contacts

    /** Adds a planned contact unless the case has one at this moment already. */
    public void plan(long casus, int maanden, LocalDate verhuisdatum, LocalDate deadline, long taak) {
        jdbc.sql("insert into vhb_nazorg (casus_id, maanden, verhuisdatum, deadline, taak_id) "
                + "values (?, ?, ?, ?, ?) on conflict (casus_id, maanden) do nothing")
                .params(casus, maanden, verhuisdatum, deadline, taak).update();
    }

    public record Contactrij(long id, int maanden, LocalDate verhuisdatum, LocalDate deadline,
            OffsetDateTime vastgelegdOp, String vastgelegdDoor, Boolean woontErNog, String inkomen,
            Boolean maatschappelijkWerk, String problemen, String vervolg) {
    }

    public List<Contactrij> contacten(long casus) {
        return jdbc.sql("""
                select id, maanden, verhuisdatum, deadline, vastgelegd_op, vastgelegd_door, woont_er_nog, inkomen,
                       maatschappelijk_werk, problemen, vervolg
                from vhb_nazorg where casus_id = ? order by maanden""").param(casus)
                .query((rs, i) -> new Contactrij(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                        rs.getObject(7, Boolean.class), rs.getString(8), rs.getObject(9, Boolean.class),
                        rs.getString(10), rs.getString(11))).list();
    }

    public record Contactkop(long id, Long taak, OffsetDateTime vastgelegdOp) {
    }

    public Optional<Contactkop> kop(long casus, int maanden) {
        return jdbc.sql("select id, taak_id, vastgelegd_op from vhb_nazorg where casus_id = ? and maanden = ?")
                .params(casus, maanden)
                .query((rs, i) -> new Contactkop(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getObject(3, OffsetDateTime.class))).optional();
    }

    /** Records a contact that is not recorded yet; false when it was recorded meanwhile. */
    public boolean leg(long id, String door, Boolean woontErNog, String inkomen, Boolean maatschappelijkWerk,
            String problemen, String vervolg) {
        return jdbc.sql("""
                update vhb_nazorg set vastgelegd_op = now(), vastgelegd_door = ?, woont_er_nog = ?, inkomen = ?,
                    maatschappelijk_werk = ?, problemen = ?, vervolg = ? where id = ? and vastgelegd_op is null""")
                .params(door, woontErNog, inkomen, maatschappelijkWerk, problemen, vervolg, id).update() == 1;
    }

    /** A contact of the given cases, for the overview. */
    public record Overzichtrij(long casus, int maanden, LocalDate deadline, boolean vastgelegd, Boolean woontErNog,
            Boolean maatschappelijkWerk) {
    }

    public List<Overzichtrij> vanCasussen(Collection<Long> casussen) {
        return jdbc.sql("""
                select casus_id, maanden, deadline, vastgelegd_op is not null, woont_er_nog, maatschappelijk_werk
                from vhb_nazorg where casus_id = any(?) order by deadline, casus_id""")
                .param(casussen.toArray(Long[]::new))
                .query((rs, i) -> new Overzichtrij(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4), rs.getObject(5, Boolean.class), rs.getObject(6, Boolean.class))).list();
    }

    // ---------------------------------------------------------------- the survey

    /** Records the survey of the case; false when it has one already. */
    public boolean enquete(long casus, long team, int jaar, Antwoorden a, String toelichting, String door) {
        return jdbc.sql("""
                insert into vhb_enquete (casus_id, team_id, jaar, proces, steun, tevredenheid, vertrouwen, perspectief,
                    overzicht, toelichting, ingevuld_door, vastgelegd_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (casus_id) do nothing""")
                .params(casus, team, jaar, a.proces(), a.steun(), a.tevredenheid(), a.vertrouwen(), a.perspectief(),
                        a.overzicht(), toelichting, a.ingevuldDoor(), door).update() == 1;
    }

    /** Count and the average per question (in the order of {@code vragen}) of the team's surveys of a year. */
    public record Gemiddelden(int aantal, List<BigDecimal> gemiddelden) {
    }

    public Gemiddelden gemiddelden(long team, int jaar) {
        return jdbc.sql("""
                select count(*), avg(proces), avg(steun), avg(tevredenheid), avg(vertrouwen), avg(perspectief),
                       avg(overzicht)
                from vhb_enquete where team_id = ? and jaar = ?""").params(team, jaar)
                .query((rs, i) -> new Gemiddelden(rs.getInt(1), java.util.Arrays.asList(rs.getBigDecimal(2),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6),
                        rs.getBigDecimal(7)))).single();
    }

    /** How often each score was given to one question ({@code vraag} is a column from the fixed list of questions). */
    public Map<Integer, Integer> verdeling(String vraag, long team, int jaar) {
        Map<Integer, Integer> n = new LinkedHashMap<>();
        jdbc.sql("select " + vraag + ", count(*) from vhb_enquete where team_id = ? and jaar = ? group by 1")
                .params(team, jaar).query(rs -> {
                    n.put(rs.getInt(1), rs.getInt(2));
                });
        return n;
    }

    public Map<String, Integer> perInvuller(long team, int jaar) {
        Map<String, Integer> door = new LinkedHashMap<>();
        jdbc.sql("select ingevuld_door, count(*) from vhb_enquete where team_id = ? and jaar = ? group by 1")
                .params(team, jaar).query(rs -> {
                    door.put(rs.getString(1), rs.getInt(2));
                });
        return door;
    }

    public record Toelichtingrij(OffsetDateTime op, String ingevuldDoor, String tekst) {
    }

    public List<Toelichtingrij> toelichtingen(long team, int jaar) {
        return jdbc.sql("""
                select vastgelegd_op, ingevuld_door, toelichting from vhb_enquete
                where team_id = ? and jaar = ? and toelichting is not null order by vastgelegd_op""")
                .params(team, jaar).query((rs, i) -> new Toelichtingrij(rs.getObject(1, OffsetDateTime.class),
                        rs.getString(2), rs.getString(3))).list();
    }

    public record Ingevuldrij(OffsetDateTime op, String ingevuldDoor, String vastgelegdDoor) {
    }

    public Optional<Ingevuldrij> ingevuld(long casus) {
        return jdbc.sql("select vastgelegd_op, ingevuld_door, vastgelegd_door from vhb_enquete where casus_id = ?")
                .param(casus).query((rs, i) -> new Ingevuldrij(rs.getObject(1, OffsetDateTime.class),
                        rs.getString(2), rs.getString(3))).optional();
    }

    // ---------------------------------------------------------------- one-time links

    /** Withdraws the unused links of the case; returns how many. */
    public int trekIn(long casus) {
        return jdbc.sql("update vhb_enquetelink set ingetrokken_op = now() where casus_id = ? "
                + "and gebruikt_op is null and ingetrokken_op is null").param(casus).update();
    }

    public void maakLink(long casus, byte[] sha256, LocalDate geldigTot, String door) {
        jdbc.sql("insert into vhb_enquetelink (casus_id, token_sha256, geldig_tot, aangemaakt_door) "
                + "values (?, ?, ?, ?)").params(casus, sha256, geldigTot, door).update();
    }

    /** The case of a link that is usable on {@code vandaag} (not expired, used or withdrawn; survey not yet done). */
    public Optional<Long> bruikbaar(byte[] sha256, LocalDate vandaag) {
        return jdbc.sql("""
                select l.casus_id from vhb_enquetelink l
                where l.token_sha256 = ? and l.geldig_tot >= ? and l.gebruikt_op is null and l.ingetrokken_op is null
                  and not exists (select 1 from vhb_enquete e where e.casus_id = l.casus_id)""")
                .params(sha256, vandaag).query(Long.class).optional();
    }

    /** Spends the link (locks its row, so a double submit records once); false when it was spent already. */
    public boolean gebruik(byte[] sha256) {
        return jdbc.sql("update vhb_enquetelink set gebruikt_op = now() where token_sha256 = ? and gebruikt_op is null")
                .param(sha256).update() == 1;
    }

    // ---------------------------------------------------------------- import

    /** An imported aftercare contact. */
    public record Contactimport(long casus, int maanden, LocalDate verhuisdatum, LocalDate deadline,
            OffsetDateTime vastgelegdOp, String vastgelegdDoor, Boolean woontErNog, String inkomen) {
    }

    /** An imported survey. */
    public record Enqueteimport(long casus, long team, int jaar, int proces, int steun, int tevredenheid,
            int vertrouwen, int perspectief, int overzicht, String ingevuldDoor, String vastgelegdDoor,
            OffsetDateTime vastgelegdOp) {
    }

    /** Imports aftercare contacts and surveys in batched statements. */
    public void importeer(List<Contactimport> contacten, List<Enqueteimport> enquetes) {
        List<Contactimport> n = contacten;
        jdbc.sql("""
                insert into vhb_nazorg (casus_id, maanden, verhuisdatum, deadline, vastgelegd_op, vastgelegd_door,
                    woont_er_nog, inkomen)
                select a, b, c::date, d::date, e::timestamptz, f, g, h from unnest(cast(? as bigint[]),
                    cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                    cast(? as boolean[]), cast(? as text[])) as t (a, b, c, d, e, f, g, h)""")
                .params(kolom(n, Contactimport::casus, Long[]::new), kolom(n, Contactimport::maanden, Integer[]::new),
                        kolom(n, x -> x.verhuisdatum().toString(), String[]::new),
                        kolom(n, x -> x.deadline().toString(), String[]::new),
                        kolom(n, x -> x.vastgelegdOp() == null ? null : x.vastgelegdOp().toString(), String[]::new),
                        kolom(n, Contactimport::vastgelegdDoor, String[]::new),
                        kolom(n, Contactimport::woontErNog, Boolean[]::new),
                        kolom(n, Contactimport::inkomen, String[]::new))
                .update();
        List<Enqueteimport> e = enquetes;
        jdbc.sql("""
                insert into vhb_enquete (casus_id, team_id, jaar, proces, steun, tevredenheid, vertrouwen, perspectief,
                    overzicht, ingevuld_door, vastgelegd_door, vastgelegd_op)
                select a, b, c, d, f, g, h, i, j, k, l, m::timestamptz from unnest(cast(? as bigint[]),
                    cast(? as bigint[]), cast(? as int[]), cast(? as smallint[]), cast(? as smallint[]),
                    cast(? as smallint[]), cast(? as smallint[]), cast(? as smallint[]), cast(? as smallint[]),
                    cast(? as text[]), cast(? as text[]), cast(? as text[])) as t (a, b, c, d, f, g, h, i, j, k, l, m)""")
                .params(kolom(e, Enqueteimport::casus, Long[]::new), kolom(e, Enqueteimport::team, Long[]::new),
                        kolom(e, Enqueteimport::jaar, Integer[]::new), kolom(e, Enqueteimport::proces, Integer[]::new),
                        kolom(e, Enqueteimport::steun, Integer[]::new),
                        kolom(e, Enqueteimport::tevredenheid, Integer[]::new),
                        kolom(e, Enqueteimport::vertrouwen, Integer[]::new),
                        kolom(e, Enqueteimport::perspectief, Integer[]::new),
                        kolom(e, Enqueteimport::overzicht, Integer[]::new),
                        kolom(e, Enqueteimport::ingevuldDoor, String[]::new),
                        kolom(e, Enqueteimport::vastgelegdDoor, String[]::new),
                        kolom(e, x -> x.vastgelegdOp().toString(), String[]::new))
                .update();
    }

    private static <T, V> Object[] kolom(List<T> rijen, java.util.function.Function<T, V> waarde,
            java.util.function.IntFunction<Object[]> maak) {
        return rijen.stream().map(waarde).toList().toArray(maak.apply(rijen.size()));
    }

    // ---------------------------------------------------------------- retention and the AVG export

    /** Anonymises aftercare, survey and links of these cases (inside the anonymising transaction). */
    public void anonimiseer(Long[] a) {
        jdbc.sql("update vhb_nazorg set inkomen = case when inkomen is null then null else ? end, problemen = null, "
                + "vervolg = null where casus_id = any(?)").params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_enquete set toelichting = null where casus_id = any(?)").param(a).update();
        jdbc.sql("update vhb_enquetelink set ingetrokken_op = now() where casus_id = any(?) and gebruikt_op is null "
                + "and ingetrokken_op is null").param(a).update();
    }

    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        Map<String, List<Map<String, Object>>> m = new LinkedHashMap<>();
        m.put("nazorg", rijen("select maanden, verhuisdatum, deadline, vastgelegd_op, vastgelegd_door, "
                + "woont_er_nog, inkomen, maatschappelijk_werk, problemen, vervolg from vhb_nazorg where casus_id = ? "
                + "order by maanden", casus));
        m.put("enquete", rijen("select jaar, proces, steun, tevredenheid, vertrouwen, perspectief, overzicht, "
                + "toelichting, ingevuld_door, vastgelegd_door, vastgelegd_op from vhb_enquete where casus_id = ?",
                casus));
        return m;
    }

    private List<Map<String, Object>> rijen(String sql, long casus) {
        return jdbc.sql(sql).param(casus).query().listOfRows().stream()
                .map(r -> (Map<String, Object>) new LinkedHashMap<>(r)).toList();
    }
}
