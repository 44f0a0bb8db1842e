package nl.woonregie.verhuisbox.nazorg;

import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.traject.Werklijstlink;
import org.springframework.stereotype.Component;

/** The aftercare overview and the survey's results on the worklist, for whoever their checks admit. */
@Component
class NazorgWerklijstlink implements Werklijstlink {

    @Override
    public List<Link> voor(Gebruiker g) {
        List<Link> links = new ArrayList<>();
        if (VerhuisboxToegang.heeftTeamrol(g, Nazorg.OVERZICHT)) {
            links.add(new Link(10, "/verhuisbox/nazorg", "Nazorg"));
        }
        if (VerhuisboxToegang.heeftTeamrol(g, Enquete.RESULTATEN)) {
            links.add(new Link(20, "/verhuisbox/enquete", "Klantenquête"));
        }
        return links;
    }
}
