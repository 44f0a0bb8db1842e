package nl.woonregie.verhuisbox.traject;


import nl.woonregie.document.Documenthouder;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The documents of a Verhuisbox case (module document): read and added by whoever may read the case ({@link Rechten},
 * {@link Handeling#DOCUMENT}); every read of them — the list, a document, each download — passes
 * {@link VerhuisboxToegang#vereis} and so is in the verwerkingenlogging, with the document and version. Nothing is
 * added to an anonymised case (409). The case page, retention and the AVG export: {@link CasusDocumentdeel}.
 */
@Component
class CasusDocumenten implements Documenthouder {

    static final String SOORT = "casus";

    private final VerhuisboxToegang toegang;
    private final CasusRepository casussen;

    CasusDocumenten(VerhuisboxToegang toegang, CasusRepository casussen) {
        this.toegang = toegang;
        this.casussen = casussen;
    }

    // ------------------------------------------------------------------------------------------ the port

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public String audittype() {
        return "vhb_casus";
    }

    @Override
    public Rechten rechten(Gebruiker g, long object) {
        nl.woonregie.verhuisbox.traject.Rechten r = toegang.rechten(g, object);
        return new Rechten(r.mag(Handeling.DOCUMENT), r.mag(Handeling.DOCUMENT_TOEVOEGEN));
    }

    @Override
    public void vereisLezen(Gebruiker g, long object, String wat) {
        toegang.vereis(g, object, Handeling.DOCUMENT, wat);
    }

    @Override
    public void vereisToevoegen(Gebruiker g, long object) {
        toegang.vereis(g, object, Handeling.DOCUMENT_TOEVOEGEN);
        if (casussen.geanonimiseerd(object)) {
            throw new ApiException(HttpStatus.CONFLICT, "Casus geanonimiseerd", "Casus " + object
                    + " is geanonimiseerd na de bewaartermijn; er kunnen geen documenten meer bij.", null);
        }
    }

    @Override
    public String pagina(Gebruiker g, long object) {
        return "/verhuisbox/casussen/" + object;
    }

    @Override
    public String omschrijving(long object) {
        return "casus " + object;
    }
}
