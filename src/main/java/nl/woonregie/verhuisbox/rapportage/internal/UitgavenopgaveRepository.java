package nl.woonregie.verhuisbox.rapportage.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the stated spend of a year (rapportage owns {@code vhb_uitgavenopgave} and its posts). */
@Repository
public class UitgavenopgaveRepository {

    /** A stated spend as stored. */
    public record Rij(long id, long team, int jaar, String bron, BigDecimal totaal, int versie, String door,
            OffsetDateTime op, List<Postrij> posten) {
    }

    /** A category of it ({@code soort} null: no kind of grant to compare with). */
    public record Postrij(String omschrijving, String soort, BigDecimal bedrag) {
    }

    private final JdbcClient jdbc;

    UitgavenopgaveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Rij> lees(long team, int jaar) {
        return jdbc.sql("select id, team_id, jaar, bron, totaal, versie, vastgelegd_door, vastgelegd_op "
                + "from vhb_uitgavenopgave where team_id = ? and jaar = ?").params(team, jaar)
                .query((rs, i) -> new Rij(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getInt(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                        List.of()))
                .optional().map(r -> new Rij(r.id(), r.team(), r.jaar(), r.bron(), r.totaal(), r.versie(), r.door(),
                        r.op(), posten(r.id())));
    }

    private List<Postrij> posten(long opgave) {
        return jdbc.sql("select omschrijving, soort, bedrag from vhb_uitgavenopgave_post where opgave_id = ? "
                + "order by volgnummer").param(opgave)
                .query((rs, i) -> new Postrij(rs.getString(1), rs.getString(2), rs.getBigDecimal(3))).list();
    }

    /** A new stated spend; its id. A second one for the same team and year fails on the unique key. */
    public long voegToe(long team, int jaar, String bron, BigDecimal totaal, List<Postrij> posten, String door) {
        long id = jdbc.sql("insert into vhb_uitgavenopgave (team_id, jaar, bron, totaal, vastgelegd_door) "
                + "values (?, ?, ?, ?, ?) returning id").params(team, jaar, bron, totaal, door).query(Long.class)
                .single();
        schrijfPosten(id, posten);
        return id;
    }

    /** Replaces a stated spend at version {@code versie}; false when it is no longer at that version. */
    public boolean vervang(long id, int versie, String bron, BigDecimal totaal, List<Postrij> posten, String door) {
        int n = jdbc.sql("update vhb_uitgavenopgave set bron = ?, totaal = ?, versie = versie + 1, "
                + "vastgelegd_door = ?, vastgelegd_op = now() where id = ? and versie = ?")
                .params(bron, totaal, door, id, versie).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from vhb_uitgavenopgave_post where opgave_id = ?").param(id).update();
        schrijfPosten(id, posten);
        return true;
    }

    private void schrijfPosten(long id, List<Postrij> posten) {
        for (int i = 0; i < posten.size(); i++) {
            Postrij p = posten.get(i);
            jdbc.sql("insert into vhb_uitgavenopgave_post (opgave_id, volgnummer, omschrijving, soort, bedrag) "
                    + "values (?, ?, ?, ?, ?)").params(id, i + 1, p.omschrijving(), p.soort(), p.bedrag()).update();
        }
    }
}
