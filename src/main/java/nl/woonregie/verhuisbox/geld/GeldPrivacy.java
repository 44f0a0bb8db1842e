package nl.woonregie.verhuisbox.geld;

import java.util.List;
import java.util.Map;

import nl.woonregie.verhuisbox.traject.AvgOnderdeel;
import nl.woonregie.verhuisbox.traject.CasusGebeurtenis;
import nl.woonregie.verhuisbox.geld.internal.BevestigingRepository;
import nl.woonregie.verhuisbox.geld.internal.LeningRepository;
import nl.woonregie.verhuisbox.geld.internal.VerstrekkingRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Money's part of retention and the AVG export: when cases are anonymised (in that transaction) the grants lose
 * name, address and free text — amounts, vorm, pot, dates and kenmerk stay for accountability — and their stored
 * beschikkingen are made again from the anonymised grant (same kenmerk); the export lists the grants.
 */
@Component
class GeldPrivacy implements AvgOnderdeel {

    private final VerstrekkingRepository verstrekkingen;
    private final BeschikkingDienst beschikkingen;
    private final LeningRepository leningen;
    private final BevestigingRepository bevestigingen;

    GeldPrivacy(VerstrekkingRepository verstrekkingen, BeschikkingDienst beschikkingen, LeningRepository leningen,
            BevestigingRepository bevestigingen) {
        this.bevestigingen = bevestigingen;
        this.verstrekkingen = verstrekkingen;
        this.beschikkingen = beschikkingen;
        this.leningen = leningen;
    }

    @EventListener
    void bij(CasusGebeurtenis.Geanonimiseerd g) {
        leningen.anonimiseer(g.casussen().toArray(Long[]::new));
        for (long v : verstrekkingen.anonimiseer(g.casussen().toArray(Long[]::new))) {
            beschikkingen.vervangNaAnonimiseren(v);
        }
        // the confirmation after the intake is text about the client, sent to the client's address
        bevestigingen.anonimiseer(g.casussen().toArray(Long[]::new), "[geanonimiseerd]");
    }

    @Override
    public int volgorde() {
        return 3;
    }

    @Override
    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        Map<String, List<Map<String, Object>>> m = new java.util.LinkedHashMap<>(verstrekkingen.avgGegevens(casus));
        m.putAll(leningen.avgGegevens(casus));
        m.put("intakebevestigingen", bevestigingen.avg(casus));
        return m;
    }
}
