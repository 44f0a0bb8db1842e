package nl.woonregie.verhuisbox.geld.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of loans (geld owns {@code vhb_lening}, {@code vhb_aflossing} and {@code vhb_lening_opvolging}): the terms
 * of a loan grant with their version (a change names the version it changes: {@code … where versie = :versie}),
 * its repayments and follow-up notes (only added; anonymising overwrites their free text), and its arrears task.
 */
@Repository
public class LeningRepository {

    private final JdbcClient jdbc;

    LeningRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms of a loan as stored. */
    public record Voorwaarden(long verstrekking, int looptijdMaanden, LocalDate eersteVervaldatum,
            int achterstandDagen, Long taak, LocalDate signaalVanaf, int versie, String vastgelegdDoor,
            OffsetDateTime vastgelegdOp) {
    }

    public record Aflossingrij(long id, LocalDate datum, BigDecimal bedrag, String referentie, String door,
            OffsetDateTime op) {
    }

    public record Opvolgingrij(long id, String soort, String toelichting, String door, OffsetDateTime op) {
    }

    private static final String VOORWAARDEN = """
            select verstrekking_id, looptijd_maanden, eerste_vervaldatum, achterstand_dagen, taak_id, signaal_vanaf,
                   versie, vastgelegd_door, vastgelegd_op from vhb_lening""";

    private static Voorwaarden voorwaarden(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Voorwaarden(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getInt(4),
                rs.getObject(5, Long.class), rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class));
    }

    public Optional<Voorwaarden> voorwaarden(long verstrekking) {
        return jdbc.sql(VOORWAARDEN + " where verstrekking_id = ?").param(verstrekking)
                .query(LeningRepository::voorwaarden).optional();
    }

    /** The terms of the loans of these grants. */
    public List<Voorwaarden> voorwaarden(List<Long> verstrekkingen) {
        return jdbc.sql(VOORWAARDEN + " where verstrekking_id = any(?) order by verstrekking_id")
                .param(verstrekkingen.toArray(Long[]::new)).query(LeningRepository::voorwaarden).list();
    }

    /** First terms (version 1); false when the loan has terms already (a concurrent first recording). */
    public boolean legVast(long verstrekking, int maanden, LocalDate eerste, int dagen, String door,
            OffsetDateTime op) {
        return jdbc.sql("""
                insert into vhb_lening (verstrekking_id, looptijd_maanden, eerste_vervaldatum, achterstand_dagen,
                    versie, vastgelegd_door, vastgelegd_op)
                values (?, ?, ?, ?, 1, ?, ?) on conflict (verstrekking_id) do nothing""")
                .params(verstrekking, maanden, eerste, dagen, door, op).update() == 1;
    }

    /** Changed terms at version {@code versie}; false when the version is stale. */
    public boolean wijzig(long verstrekking, int versie, int maanden, LocalDate eerste, int dagen, String door,
            OffsetDateTime op) {
        return jdbc.sql("""
                update vhb_lening set looptijd_maanden = ?, eerste_vervaldatum = ?, achterstand_dagen = ?,
                    versie = versie + 1, vastgelegd_door = ?, vastgelegd_op = ?
                where verstrekking_id = ? and versie = ?""")
                .params(maanden, eerste, dagen, door, op, verstrekking, versie).update() == 1;
    }

    /** Locks the loan's row for a step that reads its repayments and changes its task. */
    public void vergrendel(long verstrekking) {
        jdbc.sql("select verstrekking_id from vhb_lening where verstrekking_id = ? for update").param(verstrekking)
                .query(Long.class).optional();
    }

    public void zetSignaal(long verstrekking, Long taak, LocalDate vanaf) {
        jdbc.sql("update vhb_lening set taak_id = ?, signaal_vanaf = ? where verstrekking_id = ?")
                .params(taak, vanaf, verstrekking).update();
    }

    public long losAf(long verstrekking, LocalDate datum, BigDecimal bedrag, String referentie, String door,
            OffsetDateTime op) {
        return jdbc.sql("insert into vhb_aflossing (verstrekking_id, datum, bedrag, referentie, door, op) "
                + "values (?, ?, ?, ?, ?, ?) returning id").params(verstrekking, datum, bedrag, referentie, door, op)
                .query(Long.class).single();
    }

    public List<Aflossingrij> aflossingen(long verstrekking) {
        return jdbc.sql("select id, datum, bedrag, referentie, door, op from vhb_aflossing where verstrekking_id = ? "
                + "order by datum, id").param(verstrekking)
                .query((rs, i) -> new Aflossingrij(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3), rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    public long volgOp(long verstrekking, String soort, String toelichting, String door, OffsetDateTime op) {
        return jdbc.sql("insert into vhb_lening_opvolging (verstrekking_id, soort, toelichting, door, op) "
                + "values (?, ?, ?, ?, ?) returning id").params(verstrekking, soort, toelichting, door, op)
                .query(Long.class).single();
    }

    public List<Opvolgingrij> opvolgingen(long verstrekking) {
        return jdbc.sql("select id, soort, toelichting, door, op from vhb_lening_opvolging where verstrekking_id = ? "
                + "order by op, id").param(verstrekking)
                .query((rs, i) -> new Opvolgingrij(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
    }

    /** The grants of a team with loan terms (any year), for the arrears export. */
    public List<Long> metVoorwaarden(long team) {
        return jdbc.sql("""
                select l.verstrekking_id from vhb_lening l join vhb_verstrekking v on v.id = l.verstrekking_id
                join vhb_pot p on p.id = v.pot_id where p.team_id = ? order by l.verstrekking_id""")
                .param(team).query(Long.class).list();
    }

    /** Anonymising: the free text of the repayments and notes of these cases' loans. */
    public void anonimiseer(Long[] casussen) {
        String x = VerstrekkingRepository.GEANONIMISEERD;
        jdbc.sql("""
                update vhb_aflossing a set referentie = case when referentie is null then null else ? end
                from vhb_verstrekking v where v.id = a.verstrekking_id and v.casus_id = any(?)""")
                .params(x, casussen).update();
        jdbc.sql("""
                update vhb_lening_opvolging o set toelichting = ?
                from vhb_verstrekking v where v.id = o.verstrekking_id and v.casus_id = any(?)""")
                .params(x, casussen).update();
    }

    /** The loans of a case for the AVG export: terms, repayments and follow-up notes. */
    public java.util.Map<String, List<java.util.Map<String, Object>>> avgGegevens(long casus) {
        java.util.Map<String, List<java.util.Map<String, Object>>> m = new java.util.LinkedHashMap<>();
        m.put("leningen", rijen("""
                select v.kenmerk, l.looptijd_maanden, l.eerste_vervaldatum, l.achterstand_dagen, l.vastgelegd_op
                from vhb_lening l join vhb_verstrekking v on v.id = l.verstrekking_id where v.casus_id = ?
                order by l.verstrekking_id""", casus));
        m.put("aflossingen", rijen("""
                select v.kenmerk, a.datum, a.bedrag, a.referentie from vhb_aflossing a
                join vhb_verstrekking v on v.id = a.verstrekking_id where v.casus_id = ? order by a.id""", casus));
        m.put("leningopvolging", rijen("""
                select v.kenmerk, o.soort, o.toelichting, o.op from vhb_lening_opvolging o
                join vhb_verstrekking v on v.id = o.verstrekking_id where v.casus_id = ? order by o.id""", casus));
        return m;
    }

    private List<java.util.Map<String, Object>> rijen(String sql, long casus) {
        return jdbc.sql(sql).param(casus).query().listOfRows().stream()
                .map(r -> (java.util.Map<String, Object>) new java.util.LinkedHashMap<>(r)).toList();
    }
}
