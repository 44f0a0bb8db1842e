package nl.woonregie.verhuisbox.traject;

import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import org.springframework.stereotype.Component;

/**
 * The team's account requests (platform.security's page) on the coordinator's worklist: the coordinator approves or
 * refuses the accounts and new passwords an administrator asks for (the tasks themselves come from {@link Taken}).
 */
@Component
class AccountverzoekWerklijstlink implements Werklijstlink {

    @Override
    public List<Link> voor(Gebruiker g) {
        return VerhuisboxToegang.heeftTeamrol(g, Rol.COORDINATOR)
                ? List.of(new Link(25, "/accountverzoeken", "Accountverzoeken"))
                : List.of();
    }
}
