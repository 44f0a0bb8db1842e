package nl.woonregie.verhuisbox.traject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.security.Gebruikers;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import org.springframework.stereotype.Component;

/** Reads a case file with the names of its accounts (from platform.security's read API, never its table). */
@Component
class Casusdossier {

    private final CasusRepository casussen;
    private final Gebruikers gebruikers;

    Casusdossier(CasusRepository casussen, Gebruikers gebruikers) {
        this.casussen = casussen;
        this.gebruikers = gebruikers;
    }

    Casus lees(long id) {
        VerhuisboxToegang.Scope s = casussen.scope(id)
                .orElseThrow(() -> ApiException.notFound("Casus " + id + " bestaat niet."));
        List<Long> ids = new ArrayList<>(List.of(s.aanmelder()));
        if (s.casemanager() != null) {
            ids.add(s.casemanager());
        }
        if (s.administratief() != null) {
            ids.add(s.administratief());
        }
        Map<Long, String> namen = gebruikers.namen(ids);
        return casussen.lees(id, namen::get)
                .orElseThrow(() -> ApiException.notFound("Casus " + id + " bestaat niet."));
    }
}
