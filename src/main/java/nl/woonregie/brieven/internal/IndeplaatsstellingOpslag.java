package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of the besluiten tot indeplaatsstelling ({@code indeplaatsstelling}, {@code indeplaatsstelling_termijn},
 * {@code indeplaatsstelling_bevinding}, V156; owned by brieven): a draft with the figures as read, its terms, the
 * decision that freezes the PDF/A, and the findings of terms that passed without the required number.
 */
@Component
public class IndeplaatsstellingOpslag {

    private final JdbcClient jdbc;

    IndeplaatsstellingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures read for the draft: the period, its taakstelling, COA's latest standing and its date, leases. */
    public record Cijfers(String periode, Integer taakstelling, Integer gehuisvestCoa, LocalDate coaTot,
            int personenHuur) {
    }

    public record Termijn(int volgnummer, LocalDate datum, int aantal) {
    }

    public record Rij(long id, String provincie, String gemeente, String status, int versie, String overwegingen,
            Cijfers cijfers, LocalDate besluitdatum, String besluitnummer, String sha256, String aangemaaktDoor,
            OffsetDateTime aangemaaktOp, String beslotenDoor, OffsetDateTime beslotenOp, List<Termijn> termijnen) {
    }

    public record Bevinding(long id, long besluit, String provincie, String gemeente, String besluitnummer,
            int volgnummer, LocalDate termijndatum, int vereist, int gehuisvest, int gehuisvestCoa, int personenHuur,
            LocalDate cijfersTot, OffsetDateTime geconstateerdOp) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long nieuw(String provincie, String gemeente, String overwegingen, Cijfers c, List<Termijn> termijnen,
            String door) {
        long id = jdbc.sql("""
                insert into indeplaatsstelling (provincie_code, gemeente_code, status, overwegingen, cijfers_periode,
                    cijfers_taakstelling, cijfers_coa, cijfers_coa_tot, cijfers_huur, aangemaakt_door)
                values (?, ?, 'CONCEPT', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provincie, gemeente, overwegingen, c.periode(), c.taakstelling(), c.gehuisvestCoa(),
                        c.coaTot(), c.personenHuur(), door)
                .query(Long.class).single();
        for (Termijn t : termijnen) {
            jdbc.sql("""
                    insert into indeplaatsstelling_termijn (indeplaatsstelling_id, volgnummer, datum, aantal)
                    values (?, ?, ?, ?)""").params(id, t.volgnummer(), t.datum(), t.aantal()).update();
        }
        return id;
    }

    /** Decides the draft at this version: false when it is not (or no longer) a CONCEPT at that version. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean besluit(long id, int versie, LocalDate datum, String nummer, byte[] pdf, String sha256,
            String door) {
        return jdbc.sql("""
                update indeplaatsstelling set status = 'BESLOTEN', versie = versie + 1, besluitdatum = ?,
                    besluitnummer = ?, pdf = ?, sha256 = ?, besloten_door = ?, besloten_op = now()
                where id = ? and versie = ? and status = 'CONCEPT'""")
                .params(datum, nummer, pdf, sha256, door, id, versie).update() == 1;
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> rij(rs)).optional()
                .map(r -> metTermijnen(r));
    }

    /** The decided besluiten (all provinces), for following their terms. */
    public List<Rij> besloten() {
        return jdbc.sql(SELECT + " where status = 'BESLOTEN' order by id").query((rs, n) -> rij(rs)).list().stream()
                .map(this::metTermijnen).toList();
    }

    public List<Rij> vanGemeente(String gemeente) {
        return jdbc.sql(SELECT + " where gemeente_code = ? order by id desc").param(gemeente)
                .query((rs, n) -> rij(rs)).list().stream().map(this::metTermijnen).toList();
    }

    public Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from indeplaatsstelling where id = ? and pdf is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Records a finding once per term: false when it was recorded before. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean bevinding(long besluit, Termijn t, long gehuisvest, long gehuisvestCoa, long personenHuur,
            LocalDate cijfersTot) {
        return jdbc.sql("""
                insert into indeplaatsstelling_bevinding (indeplaatsstelling_id, volgnummer, termijndatum, vereist,
                    gehuisvest, gehuisvest_coa, personen_huur, cijfers_tot)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (indeplaatsstelling_id, volgnummer) do nothing""")
                .params(besluit, t.volgnummer(), t.datum(), t.aantal(), gehuisvest, gehuisvestCoa, personenHuur,
                        cijfersTot).update() == 1;
    }

    /** The findings of a province's besluiten, oldest term first (the supervisor's worklist). */
    public List<Bevinding> bevindingen(String provincie) {
        return jdbc.sql("""
                select b.id, i.id, i.provincie_code, i.gemeente_code, i.besluitnummer, b.volgnummer, b.termijndatum,
                    b.vereist, b.gehuisvest, b.gehuisvest_coa, b.personen_huur, b.cijfers_tot, b.geconstateerd_op
                from indeplaatsstelling_bevinding b join indeplaatsstelling i on i.id = b.indeplaatsstelling_id
                where i.provincie_code = ? order by b.termijndatum, b.id""").param(provincie)
                .query((rs, n) -> new Bevinding(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), rs.getObject(7, LocalDate.class), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), rs.getInt(11), rs.getObject(12, LocalDate.class),
                        rs.getObject(13, OffsetDateTime.class)))
                .list();
    }

    /** The terms of a besluit that have a finding. */
    public List<Integer> metBevinding(long besluit) {
        return jdbc.sql("select volgnummer from indeplaatsstelling_bevinding where indeplaatsstelling_id = ?")
                .param(besluit).query(Integer.class).list();
    }

    private Rij metTermijnen(Rij r) {
        List<Termijn> termijnen = jdbc.sql("""
                select volgnummer, datum, aantal from indeplaatsstelling_termijn where indeplaatsstelling_id = ?
                order by volgnummer""").param(r.id())
                .query((rs, n) -> new Termijn(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getInt(3))).list();
        return new Rij(r.id(), r.provincie(), r.gemeente(), r.status(), r.versie(), r.overwegingen(), r.cijfers(),
                r.besluitdatum(), r.besluitnummer(), r.sha256(), r.aangemaaktDoor(), r.aangemaaktOp(),
                r.beslotenDoor(), r.beslotenOp(), termijnen);
    }

    private static final String SELECT = """
            select id, provincie_code, gemeente_code, status, versie, overwegingen, cijfers_periode,
                cijfers_taakstelling, cijfers_coa, cijfers_coa_tot, cijfers_huur, besluitdatum, besluitnummer, sha256,
                aangemaakt_door, aangemaakt_op, besloten_door, besloten_op from indeplaatsstelling""";

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), new Cijfers(rs.getString(7), rs.getObject(8, Integer.class),
                        rs.getObject(9, Integer.class), rs.getObject(10, LocalDate.class), rs.getInt(11)),
                rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getObject(16, OffsetDateTime.class), rs.getString(17), rs.getObject(18, OffsetDateTime.class),
                List.of());
    }
}
