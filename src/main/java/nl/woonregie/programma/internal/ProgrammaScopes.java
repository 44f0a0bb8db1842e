package nl.woonregie.programma.internal;

import java.util.List;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Scopebron;
import nl.woonregie.platform.security.Scopesoort;
import nl.woonregie.platform.security.Toewijzing;
import org.springframework.stereotype.Component;

/**
 * The programmes as scopes of PROGRAMMAMANAGER and CONTROLLER: the administrator grants such a role naming a
 * programme that exists, chosen by its name.
 */
@Component
class ProgrammaScopes implements Scopebron {

    private final ProgrammaOpslag opslag;
    private final GebiedService gebied;

    ProgrammaScopes(ProgrammaOpslag opslag, GebiedService gebied) {
        this.opslag = opslag;
        this.gebied = gebied;
    }

    @Override
    public Scopesoort soort() {
        return Scopesoort.PROGRAMMA;
    }

    @Override
    public boolean bestaat(Toewijzing t) {
        return t.programma() != null && opslag.bestaat(t.programma());
    }

    @Override
    public String naam(Toewijzing t) {
        if (t.programma() == null) {
            return "";
        }
        return opslag.lees(t.programma()).map(p -> p.plan().naam() + " (" + gebied.naam(p.plan().eigenaar()) + ")")
                .orElse(Long.toString(t.programma()));
    }

    @Override
    public List<Keuze> alle() {
        return opslag.lijst(true, List.of(), List.of()).stream()
                .map(p -> new Keuze(new Toewijzing(Rol.PROGRAMMAMANAGER, null, null, null, p.id(), null, null),
                        p.plan().naam() + " (" + gebied.naam(p.plan().eigenaar()) + ")"))
                .toList();
    }
}
