package nl.woonregie.platform.security;

import java.util.List;

/**
 * Port implemented by the module that keeps teams (Verhuisbox): the teams an account of a team role can belong to.
 * Security checks the scope of a new account against it without depending on that module.
 */
public interface Teams {

    /** A team: its id, name and municipality. */
    record Team(long id, String naam, String gemeente) {
    }

    /** All teams, by name. */
    List<Team> alle();

    boolean bestaat(long id);

    /**
     * No teams: what security uses when no module keeps teams (a module test of a module that does not need
     * Verhuisbox); a team role then cannot be assigned.
     */
    static Teams geen() {
        return new Teams() {
            @Override
            public List<Team> alle() {
                return List.of();
            }

            @Override
            public boolean bestaat(long id) {
                return false;
            }
        };
    }
}
