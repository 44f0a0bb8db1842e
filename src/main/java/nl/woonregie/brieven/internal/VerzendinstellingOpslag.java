package nl.woonregie.brieven.internal;

import java.time.OffsetDateTime;
import java.util.List;

import nl.woonregie.brieven.Verzendvorm;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only code that reads and writes {@code brief_verzendinstelling}: per province every version of how its decisions
 * go out by e-mail. A version is only added, at the version its author saw (the unique key refuses a second one).
 */
@Repository
public class VerzendinstellingOpslag {

    /** One version as stored. */
    public record Rij(int versie, Verzendvorm vorm, int dagen, String reden, String door, OffsetDateTime op) {
    }

    private final JdbcClient jdbc;

    public VerzendinstellingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every version of the province's setting, newest first (empty: nothing set). */
    public List<Rij> versies(String provincie) {
        return jdbc.sql("""
                select versie, vorm, geldigheid_dagen, reden, door, op from brief_verzendinstelling
                where provincie_code = ? order by versie desc""").param(provincie)
                .query((rs, n) -> new Rij(rs.getInt(1), Verzendvorm.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)))
                .list();
    }

    /** One change of the province's setting at a time (transaction-scoped advisory lock). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendel(String provincie) {
        jdbc.sql("select pg_advisory_xact_lock(4817, hashtext(?))").param(provincie).query((rs, n) -> 1).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void voegToe(String provincie, int versie, Verzendvorm vorm, int dagen, String reden, String door) {
        jdbc.sql("""
                insert into brief_verzendinstelling (provincie_code, versie, vorm, geldigheid_dagen, reden, door)
                values (?, ?, ?, ?, ?, ?)""").params(provincie, versie, vorm.name(), dagen, reden, door).update();
    }
}
