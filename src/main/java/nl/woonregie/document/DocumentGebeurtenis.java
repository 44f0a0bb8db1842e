package nl.woonregie.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.audit.AuditGebeurtenis;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;

/**
 * What happened to documents, recorded by the audit trail on the document's <em>object</em> (its owner's audit type
 * and id), so the object's history shows it. The values name the document, version, kind, size and SHA-256 — never
 * the title or file name, which may hold personal data and would outlive the object's retention in the append-only
 * trail.
 */
public sealed interface DocumentGebeurtenis extends AuditGebeurtenis {

    String audittype();

    long object();

    @Override
    default String objectType() {
        return audittype();
    }

    @Override
    default String objectId() {
        return Long.toString(object());
    }

    /** A document was added to an object, with its first version. */
    record Toegevoegd(String objectsoort, String audittype, long object, long document, int versie,
            Bestandstype type, long grootte, String sha256, Actor door) implements DocumentGebeurtenis {

        @Override
        public String actie() {
            return "DOCUMENT_TOEGEVOEGD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden(objectsoort, document, versie, type, grootte, sha256);
        }

        @Override
        public String omschrijving() {
            return "Document " + document + " toegevoegd (" + Labels.van(type) + ", " + Weergave.bytes(grootte) + ")";
        }
    }

    /** A new version of a document was added; the earlier ones stay. */
    record VersieToegevoegd(String objectsoort, String audittype, long object, long document, int versie,
            Bestandstype type, long grootte, String sha256, Actor door) implements DocumentGebeurtenis {

        @Override
        public String actie() {
            return "DOCUMENT_VERSIE_TOEGEVOEGD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return waarden(objectsoort, document, versie, type, grootte, sha256);
        }

        @Override
        public String omschrijving() {
            return "Versie " + versie + " van document " + document + " toegevoegd (" + Labels.van(type) + ", "
                    + Weergave.bytes(grootte) + ")";
        }
    }

    /** The content of an object's documents was removed with the object's retention (e.g. an anonymised case). */
    record InhoudVerwijderd(String objectsoort, String audittype, long object, List<Long> documenten, Actor door)
            implements DocumentGebeurtenis {

        @Override
        public String actie() {
            return "DOCUMENT_INHOUD_VERWIJDERD";
        }

        @Override
        public Map<String, ?> nieuw() {
            return Map.of("objectsoort", objectsoort, "documenten", documenten);
        }

        @Override
        public String omschrijving() {
            return "Inhoud van " + Weergave.telling(documenten.size(), "document", "documenten")
                    + " verwijderd (bewaartermijn)";
        }
    }

    private static Map<String, Object> waarden(String objectsoort, long document, int versie, Bestandstype type,
            long grootte, String sha256) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("objectsoort", objectsoort);
        w.put("document", document);
        w.put("versie", versie);
        w.put("mediatype", type.mediatype());
        w.put("grootte", grootte);
        w.put("sha256", sha256);
        return w;
    }
}
