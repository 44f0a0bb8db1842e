package nl.woonregie.aanbod.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import nl.woonregie.aanbod.Aanbodnotitie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only code that reads and writes {@code aanbod_notitie}: a gemeente's statements beside its forecast. */
@Repository
public class NotitieOpslag {

    private final JdbcClient jdbc;

    public NotitieOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long voegToe(String gemeente, LocalDate datum, String bron, String tekst, String door) {
        return jdbc.sql("insert into aanbod_notitie (gemeente_code, datum, bron, tekst, door) values (?, ?, ?, ?, ?) "
                + "returning id").params(gemeente, datum, bron, tekst, door).query(Long.class).single();
    }

    /** The notes of a gemeente, the latest statement first. */
    public List<Aanbodnotitie> vanGemeente(String gemeente) {
        return jdbc.sql("select id, gemeente_code, datum, bron, tekst, door, op from aanbod_notitie "
                        + "where gemeente_code = ? order by datum desc, id desc")
                .param(gemeente)
                .query((rs, i) -> new Aanbodnotitie(rs.getLong("id"), rs.getString("gemeente_code"),
                        rs.getObject("datum", LocalDate.class), rs.getString("bron"), rs.getString("tekst"),
                        rs.getString("door"), rs.getObject("op", OffsetDateTime.class)))
                .list();
    }
}
