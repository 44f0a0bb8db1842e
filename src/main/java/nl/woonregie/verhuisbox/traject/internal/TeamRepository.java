package nl.woonregie.verhuisbox.traject.internal;

import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.security.Teams.Team;
import nl.woonregie.verhuisbox.Categorie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the teams and their waiting-list settings (traject owns {@code vhb_team}, {@code vhb_volgorde} and
 * {@code vhb_capaciteit}).
 */
@Repository
public class TeamRepository {

    private final JdbcClient jdbc;

    TeamRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Team> alle() {
        return jdbc.sql("select id, naam, gemeente_code from vhb_team order by naam")
                .query((rs, i) -> new Team(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Team> team(long id) {
        return jdbc.sql("select id, naam, gemeente_code from vhb_team where id = ?").param(id)
                .query((rs, i) -> new Team(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    public boolean kinderenEerst(long team) {
        return jdbc.sql("select kinderen_eerst from vhb_volgorde where team_id = ?").param(team).query(Boolean.class)
                .optional().orElse(true);
    }

    public void zetVolgorde(long team, boolean kinderenEerst, String door) {
        jdbc.sql("update vhb_volgorde set kinderen_eerst = ?, gewijzigd_door = ?, gewijzigd_op = now() "
                + "where team_id = ?").params(kinderenEerst, door, team).update();
    }

    public int capaciteit(long team, int jaar, Categorie categorie) {
        return jdbc.sql("select aantal from vhb_capaciteit where team_id = ? and jaar = ? and categorie = ?")
                .params(team, jaar, categorie.name()).query(Integer.class).optional().orElse(0);
    }

    public void zetCapaciteit(long team, int jaar, Categorie categorie, int aantal) {
        jdbc.sql("insert into vhb_capaciteit (team_id, jaar, categorie, aantal) values (?, ?, ?, ?) "
                        + "on conflict (team_id, jaar, categorie) do update set aantal = excluded.aantal")
                .params(team, jaar, categorie.name(), aantal).update();
    }

    /** Adds places to the capacity of a year (a row is made when there is none). */
    public void verhoogCapaciteit(long team, int jaar, Categorie categorie, int extra) {
        jdbc.sql("""
                insert into vhb_capaciteit (team_id, jaar, categorie, aantal) values (?, ?, ?, ?)
                on conflict (team_id, jaar, categorie) do update set aantal = vhb_capaciteit.aantal + excluded.aantal""")
                .params(team, jaar, categorie.name(), extra).update();
    }
}
