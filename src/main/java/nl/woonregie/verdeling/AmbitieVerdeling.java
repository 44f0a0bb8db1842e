package nl.woonregie.verdeling;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.woonregie.toezicht.cijfers.Bevolkingsverdeling;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Toezicht's port for the ambition above the taakstelling: the ambition's national number is spread exactly as the
 * taakstelling (this module's distribution, always rounded up as the law rounds the taakstelling), so art. 30 — the
 * figure Gedeputeerde Staten fixed after a herindeling — applies to it too.
 */
@Component
class AmbitieVerdeling implements Bevolkingsverdeling {

    private final VerdelingService verdelingen;

    AmbitieVerdeling(VerdelingService verdelingen) {
        this.verdelingen = verdelingen;
    }

    @Override
    @Transactional(readOnly = true)
    public Uitkomst verdeel(Periode periode, long landelijk) {
        Verdeling v = verdelingen.berekening(periode.code(), Long.toString(landelijk), Afronding.OMHOOG.name())
                .verdeling();
        Map<String, Aandeel> gemeenten = new LinkedHashMap<>();
        v.gemeenten().forEach(g -> gemeenten.put(g.code(), new Aandeel(g.inwoners(), g.taakstelling())));
        return new Uitkomst(v.peildatumBevolking(), v.inwonersNederland(), v.som(), gemeenten);
    }
}
