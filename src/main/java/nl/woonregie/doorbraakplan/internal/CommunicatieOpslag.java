package nl.woonregie.doorbraakplan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.doorbraakplan.Bijeenkomst;
import nl.woonregie.doorbraakplan.Communicatieactie;
import nl.woonregie.doorbraakplan.Doelgroep;
import nl.woonregie.doorbraakplan.communicatie.Actiestand;
import nl.woonregie.doorbraakplan.communicatie.Kanaal;
import nl.woonregie.doorbraakplan.communicatie.Precisie;
import nl.woonregie.doorbraakplan.communicatie.Uitvoerder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only code that reads and writes the communication plan's tables ({@code dbp_communicatieactie},
 * {@code dbp_bijeenkomst}, {@code dbp_doelgroep}, {@code dbp_communicatie_versie}). A change is guarded by the
 * version it names; every stored version is kept with who, when and why.
 */
@Component
public class CommunicatieOpslag {

    /** The audiences every municipality starts with (memo 5 and 6, 000:L874-1179). */
    public static final List<Doelgroep> STANDAARDDOELGROEPEN = List.of(
            new Doelgroep("RAAD", "Gemeenteraad", true),
            new Doelgroep("BEWONERSORGANISATIES", "Bewonersorganisaties", true),
            new Doelgroep("OMWONENDEN", "Omwonenden", true),
            new Doelgroep("PARTNERS", "Partners (corporaties, vastgoed, zorg, fondsen, regiogemeenten, "
                    + "belangenorganisaties)", true),
            new Doelgroep("NIEUWSBRIEFLEZERS", "Lezers van de nieuwsbrief", true),
            new Doelgroep("ZORGORGANISATIES", "Zorgorganisaties", true),
            new Doelgroep("VASTGOEDORGANISATIES", "Vastgoedorganisaties", true),
            new Doelgroep("COLLEGAS", "Collega's", true),
            new Doelgroep("PERS", "Pers", true));

    private static final String ACTIE = """
            select a.id, a.gemeente_code, a.tranche_id, t.naam as tranche_naam, a.lead_id, l.naam as lead_naam,
                   a.versie, a.wat, a.wie, a.uitvoerders, a.datum, a.precisie, a.doelgroepen, a.kanaal, a.extra,
                   a.stand, a.gedaan_op, a.vervallen_reden
              from dbp_communicatieactie a
              left join dbp_tranche t on t.id = a.tranche_id
              left join dbp_lead l on l.id = a.lead_id
            """;
    private static final String BIJEENKOMST = """
            select b.id, b.gemeente_code, b.tranche_id, t.naam as tranche_naam, b.lead_id, l.naam as lead_naam,
                   b.versie, b.naam, b.plaats, b.datum, b.doelgroepen, b.wie, b.aanmeldingen,
                   b.aanmeldingen_meer_dan, b.uitkomst
              from dbp_bijeenkomst b
              left join dbp_tranche t on t.id = b.tranche_id
              left join dbp_lead l on l.id = b.lead_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    CommunicatieOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- audiences

    public List<Doelgroep> doelgroepen(String gemeente) {
        return jdbc.sql("select code, omschrijving, actief from dbp_doelgroep where gemeente_code = ? "
                + "order by volgorde, code").param(gemeente)
                .query((rs, i) -> new Doelgroep(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** Gives a municipality the standard list when it has none yet. */
    public void zorgVoorDoelgroepen(String gemeente) {
        if (jdbc.sql("select count(*) from dbp_doelgroep where gemeente_code = ?").param(gemeente).query(Long.class)
                .single() > 0) {
            return;
        }
        int volgorde = 10;
        for (Doelgroep d : STANDAARDDOELGROEPEN) {
            jdbc.sql("insert into dbp_doelgroep (gemeente_code, code, omschrijving, volgorde) values (?, ?, ?, ?) "
                    + "on conflict do nothing").params(gemeente, d.code(), d.omschrijving(), volgorde).update();
            volgorde += 10;
        }
    }

    public void voegDoelgroepToe(String gemeente, String code, String omschrijving) {
        jdbc.sql("""
                insert into dbp_doelgroep (gemeente_code, code, omschrijving, volgorde)
                values (?, ?, ?, (select coalesce(max(volgorde), 0) + 10 from dbp_doelgroep where gemeente_code = ?))
                on conflict do nothing""").params(gemeente, code, omschrijving, gemeente).update();
    }

    public void wijzigDoelgroep(String gemeente, String code, String omschrijving, boolean actief) {
        jdbc.sql("update dbp_doelgroep set omschrijving = coalesce(?, omschrijving), actief = ? "
                + "where gemeente_code = ? and code = ?").params(omschrijving, actief, gemeente, code).update();
    }

    // --- actions

    /** The stored facts of an action (lists as codes). */
    public record Actiefeiten(Long tranche, Long lead, String wat, String wie, List<Uitvoerder> uitvoerders,
            LocalDate datum, Precisie precisie, List<String> doelgroepen, Kanaal kanaal, String extra,
            Actiestand stand, LocalDate gedaanOp, String vervallenReden) {
    }

    public long voegActieToe(String gemeente, Actiefeiten f, String reden, String door) {
        long id = jdbc.sql("""
                insert into dbp_communicatieactie (gemeente_code, tranche_id, lead_id, wat, wie, uitvoerders, datum,
                    precisie, doelgroepen, kanaal, extra, stand, gedaan_op, vervallen_reden)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeente, f.tranche(), f.lead(), f.wat(), f.wie(), codes(f.uitvoerders()), f.datum(),
                        f.precisie().name(), String.join(",", f.doelgroepen()), naam(f.kanaal()), f.extra(),
                        f.stand().name(), f.gedaanOp(), f.vervallenReden())
                .query(Long.class).single();
        versie("ACTIE", id, 1, inhoud(f), reden, door);
        return id;
    }

    /** Stores a new version when the action is still at {@code versie}; false when it changed in between. */
    public boolean wijzigActie(long id, int versie, Actiefeiten f, String reden, String door) {
        int n = jdbc.sql("""
                update dbp_communicatieactie set tranche_id = ?, lead_id = ?, wat = ?, wie = ?, uitvoerders = ?,
                    datum = ?, precisie = ?, doelgroepen = ?, kanaal = ?, extra = ?, stand = ?, gedaan_op = ?,
                    vervallen_reden = ?, versie = versie + 1
                where id = ? and versie = ?""")
                .params(f.tranche(), f.lead(), f.wat(), f.wie(), codes(f.uitvoerders()), f.datum(),
                        f.precisie().name(), String.join(",", f.doelgroepen()), naam(f.kanaal()), f.extra(),
                        f.stand().name(), f.gedaanOp(), f.vervallenReden(), id, versie)
                .update();
        if (n == 1) {
            versie("ACTIE", id, versie + 1, inhoud(f), reden, door);
        }
        return n == 1;
    }

    public Optional<Communicatieactie> actie(long id) {
        return jdbc.sql(ACTIE + " where a.id = ?").param(id).query(CommunicatieOpslag::actie).optional();
    }

    /** A tranche's actions (its own and those of its leads), in date order. */
    public List<Communicatieactie> actiesVanTranche(String gemeente, long tranche) {
        return jdbc.sql(ACTIE + " where a.gemeente_code = ? and (a.tranche_id = ? or l.tranche_id = ?) "
                + "order by a.datum, a.precisie, a.id").params(gemeente, tranche, tranche)
                .query(CommunicatieOpslag::actie).list();
    }

    public List<Communicatieactie> actiesVanLead(long lead) {
        return jdbc.sql(ACTIE + " where a.lead_id = ? order by a.datum, a.precisie, a.id").param(lead)
                .query(CommunicatieOpslag::actie).list();
    }

    // --- meetings

    public record Bijeenkomstfeiten(Long tranche, Long lead, String naam, String plaats, LocalDate datum,
            List<String> doelgroepen, String wie, Integer aanmeldingen, boolean aanmeldingenMeerDan, String uitkomst) {
    }

    public long voegBijeenkomstToe(String gemeente, Bijeenkomstfeiten f, String reden, String door) {
        long id = jdbc.sql("""
                insert into dbp_bijeenkomst (gemeente_code, tranche_id, lead_id, naam, plaats, datum, doelgroepen, wie,
                    aanmeldingen, aanmeldingen_meer_dan, uitkomst)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(gemeente, f.tranche(), f.lead(), f.naam(), f.plaats(), f.datum(),
                        String.join(",", f.doelgroepen()), f.wie(), f.aanmeldingen(), f.aanmeldingenMeerDan(),
                        f.uitkomst())
                .query(Long.class).single();
        versie("BIJEENKOMST", id, 1, inhoud(f), reden, door);
        return id;
    }

    public boolean wijzigBijeenkomst(long id, int versie, Bijeenkomstfeiten f, String reden, String door) {
        int n = jdbc.sql("""
                update dbp_bijeenkomst set tranche_id = ?, lead_id = ?, naam = ?, plaats = ?, datum = ?,
                    doelgroepen = ?, wie = ?, aanmeldingen = ?, aanmeldingen_meer_dan = ?, uitkomst = ?,
                    versie = versie + 1
                where id = ? and versie = ?""")
                .params(f.tranche(), f.lead(), f.naam(), f.plaats(), f.datum(), String.join(",", f.doelgroepen()),
                        f.wie(), f.aanmeldingen(), f.aanmeldingenMeerDan(), f.uitkomst(), id, versie)
                .update();
        if (n == 1) {
            versie("BIJEENKOMST", id, versie + 1, inhoud(f), reden, door);
        }
        return n == 1;
    }

    public Optional<Bijeenkomst> bijeenkomst(long id) {
        return jdbc.sql(BIJEENKOMST + " where b.id = ?").param(id).query(CommunicatieOpslag::bijeenkomst).optional();
    }

    /** A tranche's meetings in date order (those without a date last). */
    public List<Bijeenkomst> bijeenkomstenVanTranche(String gemeente, long tranche) {
        return jdbc.sql(BIJEENKOMST + " where b.gemeente_code = ? and (b.tranche_id = ? or l.tranche_id = ?) "
                + "order by b.datum nulls last, b.id").params(gemeente, tranche, tranche)
                .query(CommunicatieOpslag::bijeenkomst).list();
    }

    public List<Bijeenkomst> bijeenkomstenVanLead(long lead) {
        return jdbc.sql(BIJEENKOMST + " where b.lead_id = ? order by b.datum nulls last, b.id").param(lead)
                .query(CommunicatieOpslag::bijeenkomst).list();
    }

    // --- versions

    public List<Communicatieactie.Versie> versies(String soort, long id) {
        return jdbc.sql("select versie, door, op, reden from dbp_communicatie_versie where soort = ? and object_id = ? "
                + "order by versie").params(soort, id)
                .query((rs, i) -> new Communicatieactie.Versie(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class), rs.getString(4))).list();
    }

    private void versie(String soort, long id, int versie, Map<String, Object> inhoud, String reden, String door) {
        jdbc.sql("insert into dbp_communicatie_versie (soort, object_id, versie, inhoud, reden, door) "
                + "values (?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(soort, id, versie, json.writeValueAsString(inhoud), reden, door).update();
    }

    /** The facts of an action as the audit trail and the version table keep them. */
    public static Map<String, Object> inhoud(Actiefeiten f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tranche", f.tranche());
        m.put("lead", f.lead());
        m.put("wat", f.wat());
        m.put("wie", f.wie());
        m.put("uitvoerders", codes(f.uitvoerders()));
        m.put("datum", f.datum().toString());
        m.put("precisie", f.precisie().name());
        m.put("doelgroepen", String.join(",", f.doelgroepen()));
        m.put("kanaal", naam(f.kanaal()));
        m.put("extra", f.extra());
        m.put("stand", f.stand().name());
        m.put("gedaanOp", f.gedaanOp() == null ? null : f.gedaanOp().toString());
        m.put("vervallenReden", f.vervallenReden());
        return m;
    }

    public static Map<String, Object> inhoud(Bijeenkomstfeiten f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tranche", f.tranche());
        m.put("lead", f.lead());
        m.put("naam", f.naam());
        m.put("plaats", f.plaats());
        m.put("datum", f.datum() == null ? null : f.datum().toString());
        m.put("doelgroepen", String.join(",", f.doelgroepen()));
        m.put("wie", f.wie());
        m.put("aanmeldingen", f.aanmeldingen());
        m.put("aanmeldingenMeerDan", f.aanmeldingenMeerDan());
        m.put("uitkomst", f.uitkomst());
        return m;
    }

    public static Actiefeiten feiten(Communicatieactie a) {
        return new Actiefeiten(a.tranche(), a.lead(), a.wat(), a.wie(), a.uitvoerders(), a.datum(), a.precisie(),
                a.doelgroepen(), a.kanaal(), a.extra(), a.stand(), a.gedaanOp(), a.vervallenReden());
    }

    public static Bijeenkomstfeiten feiten(Bijeenkomst b) {
        return new Bijeenkomstfeiten(b.tranche(), b.lead(), b.naam(), b.plaats(), b.datum(), b.doelgroepen(), b.wie(),
                b.aanmeldingen(), b.aanmeldingenMeerDan(), b.uitkomst());
    }

    private static String codes(List<? extends Enum<?>> l) {
        return String.join(",", l.stream().map(Enum::name).toList());
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static List<String> lijst(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    private static Long id(ResultSet rs, String kolom) throws SQLException {
        long v = rs.getLong(kolom);
        return rs.wasNull() ? null : v;
    }

    private static Communicatieactie actie(ResultSet rs, int i) throws SQLException {
        String kanaal = rs.getString("kanaal");
        java.sql.Date gedaan = rs.getDate("gedaan_op");
        return new Communicatieactie(rs.getLong("id"), rs.getString("gemeente_code"), id(rs, "tranche_id"),
                rs.getString("tranche_naam"), id(rs, "lead_id"), rs.getString("lead_naam"), rs.getInt("versie"),
                rs.getString("wat"), rs.getString("wie"),
                lijst(rs.getString("uitvoerders")).stream().map(Uitvoerder::valueOf).toList(),
                rs.getDate("datum").toLocalDate(), Precisie.valueOf(rs.getString("precisie")),
                lijst(rs.getString("doelgroepen")), kanaal == null ? null : Kanaal.valueOf(kanaal),
                rs.getString("extra"), Actiestand.valueOf(rs.getString("stand")),
                gedaan == null ? null : gedaan.toLocalDate(), rs.getString("vervallen_reden"), List.of());
    }

    private static Bijeenkomst bijeenkomst(ResultSet rs, int i) throws SQLException {
        java.sql.Date datum = rs.getDate("datum");
        int aanmeldingen = rs.getInt("aanmeldingen");
        Integer a = rs.wasNull() ? null : aanmeldingen;
        return new Bijeenkomst(rs.getLong("id"), rs.getString("gemeente_code"), id(rs, "tranche_id"),
                rs.getString("tranche_naam"), id(rs, "lead_id"), rs.getString("lead_naam"), rs.getInt("versie"),
                rs.getString("naam"), rs.getString("plaats"), datum == null ? null : datum.toLocalDate(),
                lijst(rs.getString("doelgroepen")), rs.getString("wie"), a, rs.getBoolean("aanmeldingen_meer_dan"),
                rs.getString("uitkomst"), List.of());
    }
}
