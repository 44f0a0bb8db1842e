package nl.woonregie.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Verhuisbox team of a browser test's own, in the shared demo database, so the demo's team Den Haag stays as it
 * is: the team (municipality 's-Gravenhage) with its waiting-list order, and accounts with the demo password and one
 * role each in it.
 */
public final class EigenVerhuisboxteam {

    private EigenVerhuisboxteam() {
    }

    /**
     * Makes the team and its accounts; {@code accounts} are pairs of user name and role, e.g.
     * {@code "vhb-x-coord", "COORDINATOR"}. {@code door} is recorded as who assigned the roles (the test's name).
     */
    public static long maak(JdbcClient jdbc, String naam, String door, String... accounts) {
        long team = jdbc.sql("insert into vhb_team (naam, gemeente_code) values (?, 'GM0518') returning id").param(naam)
                .query(Long.class).single();
        jdbc.sql("insert into vhb_volgorde (team_id) values (?)").param(team).update();
        for (int i = 0; i < accounts.length; i += 2) {
            long id = jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash) select ?, wachtwoord_hash "
                    + "from gebruiker where gebruikersnaam = 'vhb-coordinator' returning id").param(accounts[i])
                    .query(Long.class).single();
            jdbc.sql("insert into toewijzing (gebruiker_id, rol, team_id, aangemaakt_door) values (?, ?, ?, ?)")
                    .params(id, accounts[i + 1], team, door).update();
        }
        return team;
    }
}
