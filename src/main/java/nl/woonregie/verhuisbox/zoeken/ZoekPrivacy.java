package nl.woonregie.verhuisbox.zoeken;

import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.traject.AvgOnderdeel;
import nl.woonregie.verhuisbox.traject.CasusGebeurtenis;
import nl.woonregie.verhuisbox.zoeken.internal.ZoekRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Searching's part of retention and the AVG export: anonymises registrations (numbers, vault secrets), reactions,
 * offers and the obstacle log's link to the case when the trajectory anonymises cases (in that transaction), and
 * adds registrations (whether credentials are stored, never the credentials), reactions and offers to the export.
 */
@Component
class ZoekPrivacy implements AvgOnderdeel {

    private final ZoekRepository zoeken;

    ZoekPrivacy(ZoekRepository zoeken) {
        this.zoeken = zoeken;
    }

    @EventListener
    void bij(CasusGebeurtenis.Geanonimiseerd g) {
        zoeken.anonimiseer(g.casussen().toArray(Long[]::new));
    }

    @Override
    public int volgorde() {
        return 1;
    }

    @Override
    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        return zoeken.avgGegevens(casus);
    }
}
