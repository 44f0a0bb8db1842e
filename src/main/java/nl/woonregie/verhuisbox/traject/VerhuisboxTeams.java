package nl.woonregie.verhuisbox.traject;

import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.security.Teams;
import nl.woonregie.verhuisbox.traject.internal.TeamRepository;
import org.springframework.stereotype.Component;

/**
 * The Verhuisbox teams ({@code vhb_team}, owned by traject): for the scope of team accounts in platform.security
 * (the {@link Teams} port) and for the other parts of Verhuisbox (a team's name and municipality).
 */
@Component
public class VerhuisboxTeams implements Teams {

    private final TeamRepository teams;

    VerhuisboxTeams(TeamRepository teams) {
        this.teams = teams;
    }

    @Override
    public List<Team> alle() {
        return teams.alle();
    }

    @Override
    public boolean bestaat(long id) {
        return teams.team(id).isPresent();
    }

    public Optional<Team> team(long id) {
        return teams.team(id);
    }
}
