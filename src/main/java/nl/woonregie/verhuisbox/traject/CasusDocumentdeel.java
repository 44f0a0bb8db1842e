package nl.woonregie.verhuisbox.traject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.document.Document;
import nl.woonregie.document.Documenten;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The documents of a case on the case page (the list and the upload form), in retention — when cases are anonymised
 * (in that transaction) the content of their documents is removed, with file names and titles — and in the AVG
 * export (without content). Apart from {@link CasusDocumenten}, the port the document module asks, which it needs
 * itself.
 */
@Component
class CasusDocumentdeel implements Casuspaginadeel, AvgOnderdeel {

    private final CasusDocumenten houder;
    private final CasusRepository casussen;
    private final Documenten documenten;

    CasusDocumentdeel(CasusDocumenten houder, CasusRepository casussen, Documenten documenten) {
        this.houder = houder;
        this.casussen = casussen;
        this.documenten = documenten;
    }
    // ------------------------------------------------------------------------------------------ the case page

    /** The documents section: its read is the case page's, logged already, so the list is read without a second log. */
    @Override
    public void vul(Casus casus, Gebruiker g, nl.woonregie.verhuisbox.traject.Rechten rechten, Model model) {
        List<Document> lijst = rechten.mag(Handeling.DOCUMENT) ? documenten.vanEigenObject(houder, casus.id()) : List.of();
        model.addAttribute("casusdocumenten", lijst);
        model.addAttribute("documentToevoegen", rechten.mag(Handeling.DOCUMENT_TOEVOEGEN)
                && !casussen.geanonimiseerd(casus.id()));
        model.addAttribute("maxDocumentgrootte", documenten.maxGrootte());
    }

    // ------------------------------------------------------------------------------------------ retention and AVG

    @EventListener
    void bij(CasusGebeurtenis.Geanonimiseerd g) {
        documenten.verwijderInhoud(CasusDocumenten.SOORT, g.casussen(), g.door());
    }

    @Override
    public int volgorde() {
        return 4;
    }

    @Override
    public Map<String, List<Map<String, Object>>> avgGegevens(long casus) {
        List<Map<String, Object>> rijen = documenten.vanEigenObject(houder, casus).stream().flatMap(d -> d.versies().stream().map(v -> {
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
