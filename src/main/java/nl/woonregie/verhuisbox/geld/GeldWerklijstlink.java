package nl.woonregie.verhuisbox.geld;

import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.traject.Werklijstlink;
import org.springframework.stereotype.Component;

/** The budget page on the worklist, for whoever {@link Potten#rechten} lets see it. */
@Component
class GeldWerklijstlink implements Werklijstlink {

    private final Potten potten;

    GeldWerklijstlink(Potten potten) {
        this.potten = potten;
    }

    @Override
    public List<Link> voor(Gebruiker g) {
        return potten.rechten(g).zien() ? List.of(new Link(40, "/verhuisbox/budget",
                "Budget, verstrekkingen en regels")) : List.of();
    }
}
