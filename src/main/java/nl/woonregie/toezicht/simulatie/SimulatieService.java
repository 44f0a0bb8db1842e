package nl.woonregie.toezicht.simulatie;

import java.util.List;

import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.BeleidskaderRegister;
import nl.woonregie.toezicht.regels.Dossier;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The what-if computation, for the API and the simulator page alike: the request (the API's JSON) is judged field by
 * field by {@link SimulatieVerzoekLezer}, then the toezicht engine runs. Open to everyone; stores nothing.
 */
@Service
class SimulatieService {

    private final BeleidskaderRegister kaders;

    SimulatieService(BeleidskaderRegister kaders) {
        this.kaders = kaders;
    }

    /** The judgment per peildatum; 400 naming every invalid field (as {@code perioden[1].tussenstand.gehuisvest}). */
    SimulatieAntwoord simuleer(JsonNode verzoek) {
        SimulatieVerzoekLezer.Resultaat resultaat = new SimulatieVerzoekLezer(kaders::vind).lees(verzoek);
        if (!resultaat.fouten().isEmpty()) {
            throw ApiException.invalid("Het verzoek bevat " + resultaat.fouten().size()
                    + (resultaat.fouten().size() == 1 ? " ongeldig veld." : " ongeldige velden."),
                    resultaat.fouten());
        }
        SimulatieVerzoek v = resultaat.verzoek();
        return SimulatieAntwoord.van(v.beleidskader(), v.gemeente(),
                ToezichtEngine.beoordeel(resultaat.kader(), naarDossier(v, resultaat)));
    }

    static Dossier naarDossier(SimulatieVerzoek v, SimulatieVerzoekLezer.Resultaat r) {
        var ladder = r.kader().ladder();
        List<Dossier.PeriodeCijfers> perioden = v.perioden().stream().map(p -> new Dossier.PeriodeCijfers(
                Periode.of(p.periode()), p.taakstelling(), p.saldoIn(),
                p.additioneleOpgave() == null ? 0 : p.additioneleOpgave(),
                p.tussenstand() == null ? null : new Dossier.Tussenstand(p.tussenstand().gehuisvest(),
                        p.tussenstand().koppelingen(), p.tussenstand().koppelingenVoldoende()),
                p.eindstand() == null ? null : new Dossier.Eindstand(p.eindstand().gehuisvestCoa(),
                        nul(p.eindstand().huurcontracten()), p.eindstand().gehuisvestCoaDefinitief(),
                        nul(p.eindstand().omkoppelingen()),
                        p.eindstand().stapelgemeenteMaanden() == null ? 0 : p.eindstand().stapelgemeenteMaanden(),
                        Boolean.TRUE.equals(p.eindstand().stapelgemeenteLaatsteMaand()),
                        p.eindstand().verschoonbareReden())))
                .toList();
        List<Dossier.Besluit> besluiten = v.besluiten().stream()
                .map(b -> new Dossier.Besluit(b.peildatum(), ladder.trede(b.trede()).orElseThrow(), b.motivering()))
                .toList();
        return new Dossier(v.gemeente(), ladder.trede(v.startTrede()).orElseThrow(), perioden, besluiten);
    }

    private static long nul(Long value) {
        return value == null ? 0 : value;
    }
}
