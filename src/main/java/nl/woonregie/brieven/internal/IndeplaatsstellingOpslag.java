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
 * {@code indeplaatsstelling_bevinding}, V156; owned by brieven; its step and the facts of a vooraankondiging, V162; of a verslag, with {@code indeplaatsstelling_actie} and
 * {@code indeplaatsstelling_kosten}, V163): a draft with the figures as read, its terms, the
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
            OffsetDateTime aangemaaktOp, String beslotenDoor, OffsetDateTime beslotenOp, List<Termijn> termijnen,
            String trede, Aankondiging aankondiging, Uitvoering uitvoering) {
    }

    /**
     * The facts of a verslag of the indeplaatsstelling (step 6, V163): the step-5 besluit it carries out, what the
     * province did, the costs, a reasoned other amount to recover (null: the total) and the recovery's dates.
     */
    public record Uitvoering(long besluit, List<Actie> acties, List<Kostenregel> kosten,
            java.math.BigDecimal terugTeVorderen, String terugvorderingReden, LocalDate factuurdatum,
            LocalDate betaaldOp) {
    }

    /** One thing the province did, on a day. */
    public record Actie(int volgnummer, LocalDate datum, String omschrijving) {
    }

    /** One cost the province made, in euros with cents. */
    public record Kostenregel(int volgnummer, String omschrijving, java.math.BigDecimal bedrag) {
    }

    /** A decided verslag whose recovery was invoiced and not paid (the service judges whether it is overdue). */
    public record Openstaand(long id, String gemeente, String besluitnummer, LocalDate factuurdatum) {
    }

    /**
     * The facts of a vooraankondiging (step 4, V162): the round it was drafted from or the supervisor's reason, the
     * intended intervention, the term the municipality still has, the copy line frozen with the letter and its
     * publication (null until recorded).
     */
    public record Aankondiging(Long ronde, String reden, String voornemen, LocalDate termijnTot, String afschrift,
            Publicatie publicatie) {
    }

    /** Where and when a decided vooraankondiging was made public, and who recorded it when. */
    public record Publicatie(LocalDate op, String plaats, String link, String door, OffsetDateTime vastgelegdOp) {
    }

    /** A decided vooraankondiging not yet published: on the supervisor's worklist. */
    public record Ongepubliceerd(long id, String gemeente, String besluitnummer, LocalDate besluitdatum) {
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

    /** A draft vooraankondiging (step 4) with its facts and the figures as read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long nieuweAankondiging(String provincie, String gemeente, String overwegingen, Cijfers c, Long ronde,
            String reden, String voornemen, LocalDate termijnTot, String door) {
        return jdbc.sql("""
                insert into indeplaatsstelling (provincie_code, gemeente_code, trede, status, overwegingen,
                    cijfers_periode, cijfers_taakstelling, cijfers_coa, cijfers_coa_tot, cijfers_huur, ronde_id, reden,
                    voornemen, termijn_tot, aangemaakt_door)
                values (?, ?, '4', 'CONCEPT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provincie, gemeente, overwegingen, c.periode(), c.taakstelling(), c.gehuisvestCoa(),
                        c.coaTot(), c.personenHuur(), ronde, reden, voornemen, termijnTot, door)
                .query(Long.class).single();
    }

    /** A draft verslag of the indeplaatsstelling (step 6) with its actions and costs and the figures as read. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long nieuwVerslag(String provincie, String gemeente, long besluit, String overwegingen, Cijfers c,
            List<Actie> acties, List<Kostenregel> kosten, java.math.BigDecimal terugTeVorderen, String reden,
            String door) {
        long id = jdbc.sql("""
                insert into indeplaatsstelling (provincie_code, gemeente_code, trede, status, overwegingen,
                    cijfers_periode, cijfers_taakstelling, cijfers_coa, cijfers_coa_tot, cijfers_huur, besluit_id,
                    terug_te_vorderen, terugvordering_reden, aangemaakt_door)
                values (?, ?, '6', 'CONCEPT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provincie, gemeente, overwegingen, c.periode(), c.taakstelling(), c.gehuisvestCoa(),
                        c.coaTot(), c.personenHuur(), besluit, terugTeVorderen, reden, door)
                .query(Long.class).single();
        for (Actie a : acties) {
            jdbc.sql("""
                    insert into indeplaatsstelling_actie (indeplaatsstelling_id, volgnummer, datum, omschrijving)
                    values (?, ?, ?, ?)""").params(id, a.volgnummer(), a.datum(), a.omschrijving()).update();
        }
        for (Kostenregel k : kosten) {
            jdbc.sql("""
                    insert into indeplaatsstelling_kosten (indeplaatsstelling_id, volgnummer, omschrijving, bedrag)
                    values (?, ?, ?, ?)""").params(id, k.volgnummer(), k.omschrijving(), k.bedrag()).update();
        }
        return id;
    }

    /**
     * Records the recovery's invoice and payment dates of a decided verslag at this version: false when it is not (or
     * no longer) a decided verslag at that version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean terugvordering(long id, int versie, LocalDate factuurdatum, LocalDate betaaldOp) {
        return jdbc.sql("""
                update indeplaatsstelling set versie = versie + 1, factuurdatum = ?, betaald_op = ?
                where id = ? and versie = ? and trede = '6' and status = 'BESLOTEN'""")
                .params(factuurdatum, betaaldOp, id, versie).update() == 1;
    }

    /** The decided verslagen of a province whose recovery was invoiced and is not paid, oldest invoice first. */
    public List<Openstaand> openstaand(String provincie) {
        return jdbc.sql("""
                select id, gemeente_code, besluitnummer, factuurdatum from indeplaatsstelling
                where provincie_code = ? and trede = '6' and status = 'BESLOTEN' and factuurdatum is not null
                    and betaald_op is null order by factuurdatum, id""").param(provincie)
                .query((rs, n) -> new Openstaand(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
    }

    /** Keeps the copy line of a vooraankondiging as it was frozen in its letter (in the decision's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void afschrift(long id, String afschrift) {
        jdbc.sql("update indeplaatsstelling set afschrift = ? where id = ? and trede = '4'").params(afschrift, id)
                .update();
    }

    /**
     * Records the publication of a decided vooraankondiging at this version: false when it is not (or no longer) a
     * decided, unpublished vooraankondiging at that version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean publiceer(long id, int versie, LocalDate op, String plaats, String link, String door) {
        return jdbc.sql("""
                update indeplaatsstelling set versie = versie + 1, gepubliceerd_op = ?, publicatie_plaats = ?,
                    publicatie_link = ?, publicatie_door = ?, publicatie_vastgelegd_op = now()
                where id = ? and versie = ? and trede = '4' and status = 'BESLOTEN' and gepubliceerd_op is null""")
                .params(op, plaats, link, door, id, versie).update() == 1;
    }

    /** The decided vooraankondigingen of a province without a recorded publication, oldest decision first. */
    public List<Ongepubliceerd> ongepubliceerd(String provincie) {
        return jdbc.sql("""
                select id, gemeente_code, besluitnummer, besluitdatum from indeplaatsstelling
                where provincie_code = ? and trede = '4' and status = 'BESLOTEN' and gepubliceerd_op is null
                order by besluitdatum, id""").param(provincie)
                .query((rs, n) -> new Ongepubliceerd(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class))).list();
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
        return jdbc.sql(SELECT + " where status = 'BESLOTEN' and trede = '5' order by id").query((rs, n) -> rij(rs)).list().stream()
                .map(this::metTermijnen).toList();
    }

    /** The records of one step ({@code 4} or {@code 5}) of a municipality, newest first. */
    public List<Rij> vanGemeente(String gemeente, String trede) {
        return jdbc.sql(SELECT + " where gemeente_code = ? and trede = ? order by id desc").params(gemeente, trede)
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
        Uitvoering u = r.uitvoering();
        if (u != null) {
            List<Actie> acties = jdbc.sql("""
                    select volgnummer, datum, omschrijving from indeplaatsstelling_actie where indeplaatsstelling_id = ?
                    order by volgnummer""").param(r.id())
                    .query((rs, n) -> new Actie(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                    .list();
            List<Kostenregel> kosten = jdbc.sql("""
                    select volgnummer, omschrijving, bedrag from indeplaatsstelling_kosten
                    where indeplaatsstelling_id = ? order by volgnummer""").param(r.id())
                    .query((rs, n) -> new Kostenregel(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3))).list();
            u = new Uitvoering(u.besluit(), acties, kosten, u.terugTeVorderen(), u.terugvorderingReden(),
                    u.factuurdatum(), u.betaaldOp());
        }
        return new Rij(r.id(), r.provincie(), r.gemeente(), r.status(), r.versie(), r.overwegingen(), r.cijfers(),
                r.besluitdatum(), r.besluitnummer(), r.sha256(), r.aangemaaktDoor(), r.aangemaaktOp(),
                r.beslotenDoor(), r.beslotenOp(), termijnen, r.trede(), r.aankondiging(), u);
    }

    private static final String SELECT = """
            select id, provincie_code, gemeente_code, status, versie, overwegingen, cijfers_periode,
                cijfers_taakstelling, cijfers_coa, cijfers_coa_tot, cijfers_huur, besluitdatum, besluitnummer, sha256,
                aangemaakt_door, aangemaakt_op, besloten_door, besloten_op, trede, ronde_id, reden, voornemen,
                termijn_tot, afschrift, gepubliceerd_op, publicatie_plaats, publicatie_link, publicatie_door,
                publicatie_vastgelegd_op, besluit_id, terug_te_vorderen, terugvordering_reden, factuurdatum,
                betaald_op from indeplaatsstelling""";

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Rij(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getString(6), new Cijfers(rs.getString(7), rs.getObject(8, Integer.class),
                        rs.getObject(9, Integer.class), rs.getObject(10, LocalDate.class), rs.getInt(11)),
                rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getObject(16, OffsetDateTime.class), rs.getString(17), rs.getObject(18, OffsetDateTime.class),
                List.of(), rs.getString(19), "4".equals(rs.getString(19)) ? aankondiging(rs) : null,
                "6".equals(rs.getString(19)) ? new Uitvoering(rs.getLong(30), List.of(), List.of(),
                        rs.getBigDecimal(31), rs.getString(32), rs.getObject(33, LocalDate.class),
                        rs.getObject(34, LocalDate.class)) : null);
    }

    private static Aankondiging aankondiging(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate gepubliceerd = rs.getObject(25, LocalDate.class);
        return new Aankondiging(rs.getObject(20, Long.class), rs.getString(21), rs.getString(22),
                rs.getObject(23, LocalDate.class), rs.getString(24), gepubliceerd == null ? null
                        : new Publicatie(gepubliceerd, rs.getString(26), rs.getString(27), rs.getString(28),
                                rs.getObject(29, OffsetDateTime.class)));
    }
}
