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
}
