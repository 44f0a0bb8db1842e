package nl.woonregie.verhuisbox.zoeken.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the register of search areas (zoeken owns {@code vhb_zoekgebied}). */
@Repository
public class ZoekgebiedRepository {

    /** An area as stored ({@code druk} null: not set). */
    public record Rij(long id, long team, String naam, String soort, String druk, List<String> gemeenten, String bron,
            int versie) {
    }

    private static final String SELECT = "select id, team_id, naam, soort, druk, gemeenten, bron, versie "
            + "from vhb_zoekgebied";

    private final JdbcClient jdbc;

    ZoekgebiedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rij> vanTeam(long team) {
        return jdbc.sql(SELECT + " where team_id = ? order by lower(naam)").param(team).query((rs, i) -> rij(rs))
                .list();
    }

    public Optional<Rij> lees(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, i) -> rij(rs)).optional();
    }

    /** Has the team an area with this name (ignoring case), other than {@code behalve}? */
    public boolean naamBezet(long team, String naam, long behalve) {
        return jdbc.sql("select count(*) from vhb_zoekgebied where team_id = ? and lower(naam) = lower(?) and id <> ?")
                .params(team, naam, behalve).query(Long.class).single() > 0;
    }

    public long voegToe(long team, String naam, String soort, String druk, List<String> gemeenten, String bron,
            String door) {
        return jdbc.sql("""
                insert into vhb_zoekgebied (team_id, naam, soort, druk, gemeenten, bron, gewijzigd_door)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(team, naam, soort, druk, gemeenten.toArray(String[]::new), bron, door).query(Long.class)
                .single();
    }

    /** Changes the area at version {@code versie}; false when it is at another version (nothing changed). */
    public boolean wijzig(long id, int versie, String naam, String soort, String druk, List<String> gemeenten,
            String bron, String door) {
        return jdbc.sql("""
                update vhb_zoekgebied set naam = ?, soort = ?, druk = ?, gemeenten = ?, bron = ?, versie = versie + 1,
                    gewijzigd_door = ?, gewijzigd_op = now()
                where id = ? and versie = ?""")
                .params(naam, soort, druk, gemeenten.toArray(String[]::new), bron, door, id, versie).update() == 1;
    }

    private static Rij rij(ResultSet rs) throws SQLException {
        String[] g = (String[]) rs.getArray("gemeenten").getArray();
        return new Rij(rs.getLong("id"), rs.getLong("team_id"), rs.getString("naam"), rs.getString("soort"),
                rs.getString("druk"), List.copyOf(Arrays.asList(g)), rs.getString("bron"), rs.getInt("versie"));
    }
}
