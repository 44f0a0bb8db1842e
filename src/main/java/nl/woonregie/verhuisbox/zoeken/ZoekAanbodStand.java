package nl.woonregie.verhuisbox.zoeken;

import nl.woonregie.verhuisbox.traject.AanbodStand;
import nl.woonregie.verhuisbox.zoeken.internal.ZoekRepository;
import org.springframework.stereotype.Component;

/** The offers of a case, as the trajectory's entry conditions need them (its {@link AanbodStand} port). */
@Component
class ZoekAanbodStand implements AanbodStand {

    private final ZoekRepository zoeken;

    ZoekAanbodStand(ZoekRepository zoeken) {
        this.zoeken = zoeken;
    }

    @Override
    public boolean open(long casus) {
        return zoeken.open(casus) > 0;
    }

    @Override
    public boolean aanvaard(long casus) {
        return zoeken.aanvaardAantal(casus) > 0;
    }
}
