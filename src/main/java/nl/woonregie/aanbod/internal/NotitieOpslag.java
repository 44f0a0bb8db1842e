package nl.woonregie.aanbod.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.aanbod.Aanbodnotitie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only code that reads and writes {@code aanbod_notitie} and {@code aanbod_notitie_versie}: a gemeente's
 * statements beside its forecast, every version with who, when and why. As {@link BronOpslag}: a new version only
 * from the version its author saw.
 */
@Repository
public class NotitieOpslag {

    private final JdbcClient jdbc;

    public NotitieOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new note at version 1; its id. */
    public long voegToe(String gemeente, LocalDate datum, String bron, String tekst, String reden, String door) {
        long id = jdbc.sql("insert into aanbod_notitie (gemeente_code, datum, bron, tekst, door) values (?, ?, ?, ?, ?) "
                + "returning id").params(gemeente, datum, bron, tekst, door).query(Long.class).single();
        schrijfVersie(id, 1, datum, bron, tekst, false, reden, door);
        return id;
    }

    /** Writes version {@code van + 1} of a note still at {@code van} and not removed; false otherwise. */
    public boolean schrijf(long id, int van, LocalDate datum, String bron, String tekst, boolean verwijderd,
            String reden, String door) {
        int n = jdbc.sql("update aanbod_notitie set versie = versie + 1, verwijderd = ?, datum = ?, bron = ?, "
                        + "tekst = ? where id = ? and versie = ? and not verwijderd")
                .params(verwijderd, datum, bron, tekst, id, van).update();
        if (n == 0) {
            return false;
        }
        schrijfVersie(id, van + 1, datum, bron, tekst, verwijderd, reden, door);
        return true;
    }

    private void schrijfVersie(long id, int versie, LocalDate datum, String bron, String tekst, boolean verwijderd,
            String reden, String door) {
        jdbc.sql("insert into aanbod_notitie_versie (notitie_id, versie, datum, bron, tekst, verwijderd, reden, door) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, versie, datum, bron, tekst, verwijderd, reden, door).update();
    }

    /** The current notes of a gemeente (not removed), the latest statement first. */
    public List<Aanbodnotitie> vanGemeente(String gemeente) {
        return jdbc.sql("""
                select n.id, n.gemeente_code, n.datum, n.bron, n.tekst, n.versie, v.door, v.op, v.reden
                from aanbod_notitie n join aanbod_notitie_versie v on v.notitie_id = n.id and v.versie = n.versie
                where n.gemeente_code = ? and not n.verwijderd order by n.datum desc, n.id desc""")
                .param(gemeente)
                .query((rs, i) -> new Aanbodnotitie(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9), null))
                .list();
    }

    /** One note with every version, the newest first; also a removed one. */
    public Optional<Aanbodnotitie> lees(long id) {
        List<Aanbodnotitie.Versie> versies = jdbc.sql("""
                select versie, datum, bron, tekst, verwijderd, reden, door, op from aanbod_notitie_versie
                where notitie_id = ? order by versie desc""").param(id)
                .query((rs, i) -> new Aanbodnotitie.Versie(rs.getInt(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
        if (versies.isEmpty()) {
            return Optional.empty();
        }
        Aanbodnotitie.Versie laatste = versies.get(0);
        return jdbc.sql("select gemeente_code, datum, bron, tekst, versie from aanbod_notitie where id = ?").param(id)
                .query((rs, i) -> new Aanbodnotitie(id, rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5), laatste.door(), laatste.op(),
                        laatste.reden(), versies))
                .optional();
    }
}
