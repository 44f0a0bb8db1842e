package nl.woonregie.verhuisbox.nazorg;

import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.nazorg.internal.NazorgRepository;
import nl.woonregie.verhuisbox.traject.AvgOnderdeel;
import nl.woonregie.verhuisbox.traject.CasusGebeurtenis;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Aftercare's part of retention and the AVG export: clears the free text of contacts and surveys and withdraws
 * unused links when the trajectory anonymises cases (in that transaction); adds contacts and survey to the export.
 */
@Component
class NazorgPrivacy implements AvgOnderdeel {

    private final NazorgRepository nazorg;

    NazorgPrivacy(NazorgRepository nazorg) {
        this.nazorg = nazorg;
    }

    @EventListener
    void bij(CasusGebeurtenis.Geanonimiseerd g) {
        nazorg.anonimiseer(g.casussen().toArray(Long[]::new));
    }

    @Override
    public int volgorde() {
        return 2;
    }

    @Override
    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        return nazorg.avgGegevens(casus);
    }
}
