package nl.woonregie.document;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A module whose objects carry documents registers their kind by implementing this port (a Spring bean); the
 * document module asks it, for every request, whether an account may read or add the documents of one object — the
 * same rules as for the object itself — and never depends on the owning module. A new kind of object (a project, a
 * lead, a programme item) is one more implementation in its own module; nothing changes here.
 */
public interface Documenthouder {

    /** What an account may do with the documents of one object. */
    record Rechten(boolean lezen, boolean toevoegen) {
    }

    /**
     * The kind of object as stored with each document and named in the API ({@code objectsoort}): lower case letters,
     * digits and hyphens, stable, e.g. {@code toezichtgesprek}. At most 40 characters.
     */
    String soort();

    /**
     * The audit trail's object type of these objects (e.g. {@code vhb_casus}): a document's events are recorded on its
     * object, so they stand in the object's history (a Verhuisbox case's timeline).
     */
    String audittype();

    /**
     * What this account may do with the documents of the object; a 404 {@link ApiException} when the object does not
     * exist. Nothing is logged (for pages: which links and forms to show).
     */
    Rechten rechten(Gebruiker g, long object);

    /**
     * Before any read of the object's documents — the list, a document's data, its content: 404 when the object does
     * not exist, 403 when the account may not read it. An owner that logs every read of personal data (Verhuisbox's
     * verwerkingenlogging) logs this one, with {@code wat} (what is read, e.g. "document 12, versie 2").
     */
    default void vereisLezen(Gebruiker g, long object, String wat) {
        if (!rechten(g, object).lezen()) {
            throw geweigerd();
        }
    }

    /**
     * Before a document or a version is added: 404, 403, or 409 when the object's state does not allow it (e.g. an
     * anonymised case).
     */
    default void vereisToevoegen(Gebruiker g, long object) {
        if (!rechten(g, object).toevoegen()) {
            throw geweigerd();
        }
    }

    /**
     * The object's page for this account, where its documents are listed (the page a browser returns to after an
     * upload, the link back from the documents' pages).
     */
    String pagina(Gebruiker g, long object);

    /**
     * The object as a heading names it, in Dutch and without personal data (e.g. "Toezichtgesprek van 1 mei 2023 met
     * 's-Gravenhage", "Casus 123"); called after a check of {@link #rechten}.
     */
    String omschrijving(long object);

    /**
     * For an owner that has its object's access check as a method that refuses with 403: true when the check passes,
     * false when it refuses with 403 (any other refusal, e.g. a 404, goes on). So the documents follow exactly the
     * object's rule.
     */
    static boolean mag(Runnable controle) {
        try {
            controle.run();
            return true;
        } catch (ApiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                return false;
            }
            throw e;
        }
    }

    /** The refusal of a document of an object the account may not read or add to. */
    static ApiException geweigerd() {
        return new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                "Uw account heeft geen toegang tot de documenten van dit object.", null);
    }
}
