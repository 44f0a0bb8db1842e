package nl.woonregie.doorbraakplan.internal;

import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Scopebron;
import nl.woonregie.platform.security.Scopesoort;
import nl.woonregie.platform.security.Toewijzing;
import org.springframework.stereotype.Component;

/**
 * The projects a PROJECTLEIDER can be assigned to: the leads (locations) of the doorbraakplan, by id, named by the
 * location and its municipality ("Leeghwaterplein ('s-Gravenhage)").
 */
@Component
class LeadScopebron implements Scopebron {

    private final LeadOpslag opslag;
    private final GebiedService gebied;

    LeadScopebron(LeadOpslag opslag, GebiedService gebied) {
        this.opslag = opslag;
        this.gebied = gebied;
    }

    @Override
    public Scopesoort soort() {
        return Scopesoort.PROJECT;
    }

    @Override
    public boolean bestaat(Toewijzing t) {
        return t.project() != null && opslag.bestaat(t.project());
    }

    @Override
    public String naam(Toewijzing t) {
        if (t.project() == null) {
            return "";
        }
        return opslag.lees(t.project()).map(l -> l.naam() + " (" + gebied.naam(l.gemeente()) + ")")
                .orElse(String.valueOf(t.project()));
    }

    @Override
    public List<Keuze> alle() {
        return opslag.scopes().stream()
                .map(r -> new Keuze(new Toewijzing(Rol.PROJECTLEIDER, null, null, null, null, null, (Long) r[0]),
                        r[1] + " (" + gebied.naam((String) r[2]) + ")"))
                .toList();
    }
}
