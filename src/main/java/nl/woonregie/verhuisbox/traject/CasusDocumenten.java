package nl.woonregie.verhuisbox.traject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.document.Document;
import nl.woonregie.document.Documenten;
import nl.woonregie.document.Documenthouder;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The documents of a Verhuisbox case (module document): read and added by whoever may read the case ({@link Rechten},
 * {@link Handeling#DOCUMENT}); every read of them — the list, a document, each download — passes
 * {@link VerhuisboxToegang#vereis} and so is in the verwerkingenlogging, with the document and version. Nothing is
 * added to an anonymised case (409). Retention follows the case: when cases are anonymised (in that transaction) the
 * content of their documents is removed, with file names and titles. The case page shows them (with the upload
 * form), and the AVG export lists them (without content).
 */
@Component
class CasusDocumenten implements Documenthouder, Casuspaginadeel, AvgOnderdeel {

    static final String SOORT = "casus";

    private final VerhuisboxToegang toegang;
    private final CasusRepository casussen;
    private final Documenten documenten;

    CasusDocumenten(VerhuisboxToegang toegang, CasusRepository casussen, Documenten documenten) {
        this.toegang = toegang;
        this.casussen = casussen;
        this.documenten = documenten;
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

    // ------------------------------------------------------------------------------------------ the case page

    /** The documents section: its read is the case page's, logged already, so the list is read without a second log. */
    @Override
    public void vul(Casus casus, Gebruiker g, nl.woonregie.verhuisbox.traject.Rechten rechten, Model model) {
        List<Document> lijst = rechten.mag(Handeling.DOCUMENT) ? documenten.vanEigenObject(this, casus.id()) : List.of();
        model.addAttribute("casusdocumenten", lijst);
        model.addAttribute("documentToevoegen", rechten.mag(Handeling.DOCUMENT_TOEVOEGEN)
                && !casussen.geanonimiseerd(casus.id()));
        model.addAttribute("maxDocumentgrootte", documenten.maxGrootte());
    }

    // ------------------------------------------------------------------------------------------ retention and AVG

    @EventListener
    void bij(CasusGebeurtenis.Geanonimiseerd g) {
        documenten.verwijderInhoud(SOORT, g.casussen(), g.door());
    }

    @Override
    public int volgorde() {
        return 4;
    }

    @Override
    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        List<Map<String, Object>> rijen = documenten.vanEigenObject(this, casus).stream().flatMap(d -> d.versies().stream().map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("document", d.id());
                    m.put("titel", d.titel());
                    m.put("versie", v.versie());
                    m.put("bestandsnaam", v.bestandsnaam());
                    m.put("mediatype", v.mediatype());
                    m.put("grootte", v.grootte());
                    m.put("sha256", v.sha256());
                    m.put("door", v.door());
                    m.put("op", v.op());
                    return m;
                })).toList();
        return Map.of("documenten", rijen);
    }
}
