package nl.woonregie.verhuisbox.evaluatie.internal;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The evaluator's requests, their downloads and the team's pseudonym key: the only SQL of the evaluation part. */
@Repository
public class EvaluatieRepository {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String KOLOMMEN = """
            select e.id, e.team_id, e.van, e.tot, e.doel, e.ontvanger, e.status, e.aangevraagd_door, e.aangevraagd_op,
                   e.beoordeeld_door, e.beoordeeld_op, e.toelichting, e.versie,
                   (select count(*) from vhb_evaluatie_download d where d.export_id = e.id),
                   (select max(d.op) from vhb_evaluatie_download d where d.export_id = e.id)
            from vhb_evaluatie_export e""";

    /** A request as stored, with the number of downloads and the last one. */
    public record Rij(long id, long team, LocalDate van, LocalDate tot, String doel, String ontvanger, String status,
            String aangevraagdDoor, OffsetDateTime aangevraagdOp, String beoordeeldDoor, OffsetDateTime beoordeeldOp,
            String toelichting, int versie, int downloads, OffsetDateTime laatsteDownload) {
    }

    private final JdbcClient jdbc;

    EvaluatieRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long vraagAan(long team, LocalDate van, LocalDate tot, String doel, String ontvanger, String door) {
        return jdbc.sql("""
                insert into vhb_evaluatie_export (team_id, van, tot, doel, ontvanger, status, aangevraagd_door)
                values (?, ?, ?, ?, ?, 'AANGEVRAAGD', ?) returning id""")
                .params(team, van, tot, doel, ontvanger, door).query(Long.class).single();
    }

    /** Decides a request at its version; false when it changed meanwhile or was decided already. */
    public boolean beoordeel(long id, int versie, String status, String toelichting, String door) {
        return jdbc.sql("""
                update vhb_evaluatie_export set status = ?, toelichting = ?, beoordeeld_door = ?, beoordeeld_op = now(),
                    versie = versie + 1
                where id = ? and versie = ? and status = 'AANGEVRAAGD'""")
                .params(status, toelichting, door, id, versie).update() == 1;
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql(KOLOMMEN + " where e.id = ?").param(id).query(EvaluatieRepository::rij).optional();
    }

    public List<Rij> vanTeam(long team) {
        return jdbc.sql(KOLOMMEN + " where e.team_id = ? order by e.id desc").param(team)
                .query(EvaluatieRepository::rij).list();
    }

    public void gedownload(long id, String door, int casussen) {
        jdbc.sql("insert into vhb_evaluatie_download (export_id, door, casussen) values (?, ?, ?)")
                .params(id, door, casussen).update();
    }

    /** The team's pseudonym key, made (32 random bytes) the first time it is asked for; never leaves the server. */
    public byte[] sleutel(long team) {
        byte[] nieuw = new byte[32];
        RANDOM.nextBytes(nieuw);
        jdbc.sql("insert into vhb_evaluatie_sleutel (team_id, sleutel) values (?, ?) on conflict (team_id) do nothing")
                .params(team, nieuw).update();
        return jdbc.sql("select sleutel from vhb_evaluatie_sleutel where team_id = ?").param(team)
                .query(byte[].class).single();
    }

    private static Rij rij(ResultSet rs, int i) throws SQLException {
        return new Rij(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, OffsetDateTime.class), rs.getString(10), rs.getObject(11, OffsetDateTime.class),
                rs.getString(12), rs.getInt(13), rs.getInt(14), rs.getObject(15, OffsetDateTime.class));
    }
}
