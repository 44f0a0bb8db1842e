package nl.woonregie.doorbraakplan.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.woonregie.doorbraakplan.Locatietoets;
import nl.woonregie.doorbraakplan.Uitgangspunt;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.doorbraakplan.toetsing.Toetsuitkomst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only code that reads and writes the uitgangspunten check's tables ({@code dbp_uitgangspuntenlijst},
 * {@code dbp_uitgangspunt}, {@code dbp_uitgangspunt_score}). The list is replaced as a whole under its version
 * (guarded); scores are only added, each change a row with the lead's next score version.
 */
@Component
public class ToetsOpslag {

    private final JdbcClient jdbc;

    ToetsOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored list's head: version, who, when, why. */
    public record Kop(int versie, String door, OffsetDateTime op, String reden) {
    }

    public Optional<Kop> kop(String gemeente) {
        return jdbc.sql("select versie, door, op, reden from dbp_uitgangspuntenlijst where gemeente_code = ?")
                .param(gemeente).query((rs, i) -> new Kop(rs.getInt(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class), rs.getString(4))).optional();
    }

    public List<Uitgangspunt> uitgangspunten(String gemeente) {
        return jdbc.sql("select code, naam, omschrijving, maximum, bron from dbp_uitgangspunt where gemeente_code = ? "
                + "order by volgorde").param(gemeente)
                .query((rs, i) -> new Uitgangspunt(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), rs.getString(5))).list();
    }

    /**
     * Replaces the municipality's list when its stored version is still {@code versie} (0: none stored); false when it
     * changed in between.
     */
    public boolean vervang(String gemeente, int versie, List<Uitgangspunt> lijst, String reden, String door) {
        int n;
        if (versie == 0) {
            n = jdbc.sql("insert into dbp_uitgangspuntenlijst (gemeente_code, versie, reden, door) values (?, 1, ?, ?) "
                    + "on conflict do nothing").params(gemeente, reden, door).update();
        } else {
            n = jdbc.sql("update dbp_uitgangspuntenlijst set versie = versie + 1, reden = ?, door = ?, op = now() "
                    + "where gemeente_code = ? and versie = ?").params(reden, door, gemeente, versie).update();
        }
        if (n != 1) {
            return false;
        }
        jdbc.sql("delete from dbp_uitgangspunt where gemeente_code = ?").param(gemeente).update();
        int volgorde = 10;
        for (Uitgangspunt u : lijst) {
            jdbc.sql("insert into dbp_uitgangspunt (gemeente_code, code, naam, omschrijving, maximum, bron, volgorde) "
                    + "values (?, ?, ?, ?, ?, ?, ?)").params(gemeente, u.code(), u.naam(), u.omschrijving(),
                            u.maximum(), u.bron(), volgorde).update();
            volgorde += 10;
        }
        return true;
    }

    /** A lead's facts the check needs. */
    public record Locatie(long id, String gemeente, String naam, Leadstatus status, Long tranche, String trancheNaam,
            Integer plaatsen, Long aanbodbron) {
    }

    public Optional<Locatie> locatie(long lead) {
        return jdbc.sql(LOCATIE + " where l.id = ?").param(lead).query((rs, i) -> locatie(rs)).optional();
    }

    /** The locations of a tranche, or (tranche null) every lead of the municipality that has not dropped out. */
    public List<Locatie> locaties(String gemeente, Long tranche) {
        if (tranche != null) {
            return jdbc.sql(LOCATIE + " where l.gemeente_code = ? and l.tranche_id = ? order by l.naam, l.id")
                    .params(gemeente, tranche).query((rs, i) -> locatie(rs)).list();
        }
        return jdbc.sql(LOCATIE + " where l.gemeente_code = ? and l.status <> 'AFGEVALLEN' order by l.naam, l.id")
                .param(gemeente).query((rs, i) -> locatie(rs)).list();
    }

    private static final String LOCATIE = "select l.id, l.gemeente_code, l.naam, l.status, l.tranche_id, t.naam, "
            + "l.plaatsen, l.aanbodbron_id from dbp_lead l left join dbp_tranche t on t.id = l.tranche_id";

    private static Locatie locatie(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Locatie(rs.getLong(1), rs.getString(2), rs.getString(3), Leadstatus.valueOf(rs.getString(4)),
                (Long) rs.getObject(5), rs.getString(6), (Integer) rs.getObject(7), (Long) rs.getObject(8));
    }

    /** Every score of a lead, oldest first (the last per uitgangspunt is the current one). */
    public List<Locatietoets.Score> scores(long lead) {
        return jdbc.sql("select versie, uitgangspunt, uitkomst, toelichting, door, op from dbp_uitgangspunt_score "
                + "where lead_id = ? order by versie, uitgangspunt").param(lead)
                .query((rs, i) -> new Locatietoets.Score(rs.getInt(1), rs.getString(2),
                        Toetsuitkomst.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class))).list();
    }

    public int scoreversie(long lead) {
        return jdbc.sql("select coalesce(max(versie), 0) from dbp_uitgangspunt_score where lead_id = ?").param(lead)
                .query(Integer.class).single();
    }

    /** A new score version of a lead; false when another was added in between (the primary key guards it). */
    public boolean scoor(long lead, int versie, List<Locatietoets.Score> scores, String door) {
        for (Locatietoets.Score s : scores) {
            int n = jdbc.sql("insert into dbp_uitgangspunt_score (lead_id, versie, uitgangspunt, uitkomst, toelichting, "
                    + "door) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(lead, versie, s.uitgangspunt(), s.uitkomst().name(), s.toelichting(), door).update();
            if (n != 1) {
                return false;
            }
        }
        return true;
    }
}
