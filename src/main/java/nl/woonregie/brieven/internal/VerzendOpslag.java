package nl.woonregie.brieven.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.woonregie.brieven.Contactrol;
import nl.woonregie.brieven.Verzendvorm;
import nl.woonregie.brieven.Verzendwijze;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of sending the frozen letters ({@code brief_verzending}, owned by brieven; reads {@code brief}): one row per
 * letter and addressee, never a second one. A letter is a round's frozen letter ({@code ronde_id}) or a decided besluit
 * tot indeplaatsstelling ({@code besluit_id}, V157).
 */
@Component
public class VerzendOpslag {

    private final JdbcClient jdbc;

    VerzendOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A frozen letter to send: its municipality, kenmerk, date and PDF/A. */
    public record Opgeslagen(String gemeente, String kenmerk, LocalDate datum, byte[] pdf) {
    }

    /** The stored letters of the round at this version, with their PDF/A. */
    public List<Opgeslagen> brieven(long ronde, int versie) {
        return jdbc.sql("""
                select gemeente_code, kenmerk, datum, pdf from brief where ronde_id = ? and ronde_versie = ?
                order by gemeente_code""").params(ronde, versie)
                .query((rs, n) -> new Opgeslagen(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getBytes(4))).list();
    }

    /** One sending of a letter to one addressee, as stored. */
    public record Rij(long id, String gemeente, String kenmerk, long contact, int contactVersie, String naam,
            Contactrol rol, String adres, Verzendwijze wijze, Long postBericht, int plaatsingen,
            OffsetDateTime aangemaaktOp, String aangemaaktDoor, OffsetDateTime laatstOp, Verzendvorm vorm) {
    }

    /** One sending per round and version at a time: a second call waits for the first and then sees its rows. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendel(long ronde) {
        jdbc.sql("select pg_advisory_xact_lock(4815, cast(? as int))").param((int) ronde).query((rs, n) -> 1).list();
    }

    /** Whether the letter of the round at this version to the municipality was sent (to any addressee, any way). */
    public boolean verzonden(long ronde, int versie, String gemeente) {
        return jdbc.sql("select exists (select 1 from brief_verzending where ronde_id = ? and ronde_versie = ? "
                + "and gemeente_code = ?)").params(ronde, versie, gemeente).query(Boolean.class).single();
    }

    public List<Rij> vanRonde(long ronde, int versie) {
        return jdbc.sql(SELECT + " where ronde_id = ? and ronde_versie = ? order by gemeente_code, id")
                .params(ronde, versie).query((rs, n) -> rij(rs)).list();
    }

    /** The sendings to a municipality, newest first (for its own page). */
    public List<Rij> vanGemeente(String gemeente) {
        return jdbc.sql(SELECT + " where gemeente_code = ? and ronde_id is not null order by aangemaakt_op desc, id")
                .param(gemeente).query((rs, n) -> rij(rs)).list();
    }

    /** The rounds of these sendings, by row id. */
    public java.util.Map<Long, Long> rondes(String gemeente) {
        java.util.Map<Long, Long> m = new java.util.HashMap<>();
        jdbc.sql("select id, ronde_id from brief_verzending where gemeente_code = ? and ronde_id is not null").param(gemeente)
                .query(rs -> {
                    m.put(rs.getLong(1), rs.getLong(2));
                });
        return m;
    }

    /** One sending of a besluit at a time (another key space than a round's). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendelBesluit(long besluit) {
        jdbc.sql("select pg_advisory_xact_lock(4816, cast(? as int))").param((int) besluit).query((rs, n) -> 1)
                .list();
    }

    /** The sendings of a decided besluit tot indeplaatsstelling. */
    public List<Rij> vanBesluit(long besluit) {
        return jdbc.sql(SELECT + " where besluit_id = ? order by id").param(besluit).query((rs, n) -> rij(rs)).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long nieuwVoorBesluit(long besluit, String gemeente, String kenmerk, long contact, int contactVersie,
            String naam, Contactrol rol, String adres, Verzendwijze wijze, Verzendvorm vorm, Long postBericht,
            String door) {
        return jdbc.sql("""
                insert into brief_verzending (besluit_id, gemeente_code, kenmerk, contact_id, contact_versie, naam,
                    rol, adres, wijze, vorm, post_bericht_id, aangemaakt_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(besluit, gemeente, kenmerk, contact, contactVersie, naam, rol.name(), adres, wijze.name(),
                        vorm == null ? null : vorm.name(), postBericht, door).query(Long.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long nieuw(long ronde, int versie, String gemeente, String kenmerk, long contact, int contactVersie,
            String naam, Contactrol rol, String adres, Verzendwijze wijze, Verzendvorm vorm, Long postBericht,
            String door) {
        return jdbc.sql("""
                insert into brief_verzending (ronde_id, ronde_versie, gemeente_code, kenmerk, contact_id,
                    contact_versie, naam, rol, adres, wijze, vorm, post_bericht_id, aangemaakt_door)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(ronde, versie, gemeente, kenmerk, contact, contactVersie, naam, rol.name(), adres,
                        wijze.name(), vorm == null ? null : vorm.name(), postBericht, door).query(Long.class).single();
    }

    /** A sending made again: a failed e-mail placed anew, or an addressee without an address who now has one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void opnieuw(long id, int contactVersie, String naam, String adres, Verzendwijze wijze, Verzendvorm vorm,
            Long postBericht) {
        jdbc.sql("""
                update brief_verzending set contact_versie = ?, naam = ?, adres = ?, wijze = ?, vorm = ?,
                    post_bericht_id = ?, plaatsingen = plaatsingen + 1, laatst_op = now() where id = ?""")
                .params(contactVersie, naam, adres, wijze.name(), vorm == null ? null : vorm.name(), postBericht, id)
                .update();
    }

    private static final String SELECT = """
            select id, gemeente_code, kenmerk, contact_id, contact_versie, naam, rol, adres, wijze, post_bericht_id,
                plaatsingen, aangemaakt_op, aangemaakt_door, laatst_op, vorm from brief_verzending""";

    private static Rij rij(java.sql.ResultSet rs) throws java.sql.SQLException {
        long post = rs.getLong(10);
        return new Rij(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5), rs.getString(6),
                Contactrol.valueOf(rs.getString(7)), rs.getString(8), Verzendwijze.valueOf(rs.getString(9)),
                rs.wasNull() ? null : post, rs.getInt(11), rs.getObject(12, OffsetDateTime.class), rs.getString(13),
                rs.getObject(14, OffsetDateTime.class), rs.getString(15) == null ? null
                        : Verzendvorm.valueOf(rs.getString(15)));
    }
}
