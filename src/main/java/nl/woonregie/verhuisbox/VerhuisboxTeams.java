package nl.woonregie.verhuisbox;

import java.util.List;

import nl.woonregie.platform.security.Teams;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Verhuisbox teams ({@code vhb_team}) for the scope of team accounts in platform.security. */
@Component
class VerhuisboxTeams implements Teams {

    private final JdbcClient jdbc;

    VerhuisboxTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Team> alle() {
        return jdbc.sql("select id, naam, gemeente_code from vhb_team order by naam")
                .query((rs, i) -> new Team(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    @Override
    public boolean bestaat(long id) {
        return jdbc.sql("select count(*) from vhb_team where id = ?").param(id).query(Long.class).single() > 0;
    }
}
