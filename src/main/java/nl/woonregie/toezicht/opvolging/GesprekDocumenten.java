package nl.woonregie.toezicht.opvolging;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import org.springframework.stereotype.Component;

/**
 * The documents of a supervision talk (a report, the presentation, the letter after it) follow the talk: read by
 * whoever reads the talk (the province's supervisor, BEHEERDER, the municipality itself), added by whoever records
 * and corrects it (the supervisor, BEHEERDER).
 */
@Component
class GesprekDocumenten implements Documenthouder {

    private final ToezichtgesprekService gesprekken;
    private final Toegang toegang;
    private final GebiedService gebied;

    GesprekDocumenten(ToezichtgesprekService gesprekken, Toegang toegang, GebiedService gebied) {
        this.gesprekken = gesprekken;
        this.toegang = toegang;
        this.gebied = gebied;
    }

    @Override
    public String soort() {
        return "toezichtgesprek";
    }

    @Override
    public String audittype() {
        return "toezichtgesprek";
    }

    @Override
    public Rechten rechten(Gebruiker g, long object) {
        String gemeente = gemeente(object);
        return new Rechten(Documenthouder.mag(() -> toegang.toezichtLezen(g, gemeente)),
                Documenthouder.mag(() -> toegang.provincieToezien(g, provincie(gemeente))));
    }

    @Override
    public String pagina(Gebruiker g, long object) {
        return "/gemeenten/" + gemeente(object) + "#gesprek-" + object;
    }

    @Override
    public String omschrijving(long object) {
        Toezichtgesprek t = gesprekken.lees(object);
        return "het toezichtgesprek van " + Weergave.dag(t.datum()) + " met " + t.gemeenteNaam();
    }

    private String gemeente(long object) {
        return gesprekken.gemeenteVan(object)
                .orElseThrow(() -> ApiException.notFound("Toezichtgesprek " + object + " bestaat niet."));
    }

    private String provincie(String gemeente) {
        return gebied.provincieVan(gemeente).orElseThrow();
    }
}
