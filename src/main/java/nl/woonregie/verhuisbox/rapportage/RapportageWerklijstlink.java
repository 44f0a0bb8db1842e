package nl.woonregie.verhuisbox.rapportage;

import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.traject.Werklijstlink;
import org.springframework.stereotype.Component;

/** The figures and the annual report on the worklist, for whoever {@link Rapportage} admits. */
@Component
class RapportageWerklijstlink implements Werklijstlink {

    @Override
    public List<Link> voor(Gebruiker g) {
        return VerhuisboxToegang.heeftTeamrol(g, Rapportage.RAPPORT)
                ? List.of(new Link(30, "/verhuisbox/rapportage", "Cijfers en jaarverslag")) : List.of();
    }
}
