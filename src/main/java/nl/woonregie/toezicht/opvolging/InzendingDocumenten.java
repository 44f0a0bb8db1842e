package nl.woonregie.toezicht.opvolging;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import org.springframework.stereotype.Component;

/**
 * The documents of what a municipality handed in (its plan van aanpak itself — its own PDF, Word or Excel file, or the
 * draft of {@code aanbod} once filled in — and the attachments of its answers to the survey): read by whoever reads
 * the submission (the province's supervisor, BEHEERDER, the municipality), added by whoever hands it in (the
 * municipality itself, BEHEERDER). The document store checks the kind of each file by its content.
 */
@Component
class InzendingDocumenten implements Documenthouder {

    private final InzendingService inzendingen;
    private final Toegang toegang;

    InzendingDocumenten(InzendingService inzendingen, Toegang toegang) {
        this.inzendingen = inzendingen;
        this.toegang = toegang;
    }

    @Override
    public String soort() {
        return "inzending";
    }

    @Override
    public String audittype() {
        return "inzending";
    }

    @Override
    public Rechten rechten(Gebruiker g, long object) {
        String gemeente = gemeente(object);
        return new Rechten(Documenthouder.mag(() -> toegang.toezichtLezen(g, gemeente)),
                InzendingService.magInzenden(g, gemeente));
    }

    @Override
    public String pagina(Gebruiker g, long object) {
        gemeente(object);
        return "/inzendingen/" + object;
    }

    @Override
    public String omschrijving(long object) {
        Inzending i = inzendingen.lees(object);
        return (i.soort() == Inzending.Soort.PLAN_VAN_AANPAK ? "het plan van aanpak" : "de antwoorden op de uitvraag")
                + " “" + i.titel() + "” van " + i.gemeenteNaam() + " (ingediend "
                + Weergave.dag(i.ingediendOp().atZoneSameInstant(GebiedService.TIJDZONE).toLocalDate()) + ")";
    }

    private String gemeente(long object) {
        return inzendingen.gemeenteVan(object)
                .orElseThrow(() -> ApiException.notFound("Inzending " + object + " bestaat niet."));
    }
}
