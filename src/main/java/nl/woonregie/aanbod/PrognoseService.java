package nl.woonregie.aanbod;

import nl.woonregie.aanbod.internal.PrognoseVerzoekLezer;
import nl.woonregie.aanbod.internal.Prognoseparameters;
import nl.woonregie.aanbod.prognose.Prognosemodel;
import nl.woonregie.platform.web.ApiException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The forecast's what-if computation: the request is judged field by field ({@link PrognoseVerzoekLezer}, every
 * invalid field named), the dated defaults filled in, and the plain-Java model runs. Open to everyone; stores nothing.
 */
@Service
class PrognoseService {

    private final Prognoseparameters parameters = Prognoseparameters.vanClasspath();

    /** The forecast; 400 naming every invalid field (as {@code bronnen[2].perWeek}). */
    PrognoseAntwoord bereken(JsonNode verzoek) {
        PrognoseVerzoekLezer.Resultaat r = new PrognoseVerzoekLezer(parameters).lees(verzoek);
        if (!r.fouten().isEmpty()) {
            throw ApiException.invalid("Het verzoek bevat " + r.fouten().size()
                    + (r.fouten().size() == 1 ? " ongeldig veld." : " ongeldige velden."), r.fouten());
        }
        return PrognoseAntwoord.van(r.gemeente(), r.vraag(), Prognosemodel.bereken(r.vraag()));
    }
}
