package nl.woonregie.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import nl.woonregie.document.internal.DocumentOpslag;
import nl.woonregie.document.internal.Herkenning;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.platform.web.Weergave;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The documents of objects of other modules: adding a document or a new version (size limit
 * {@code woonregie.documenten.max-grootte}, kind detected from the bytes and checked against {@link Bestandstype},
 * SHA-256), reading them and their content, and removing the content with the object's retention. Every request is
 * authorised by the object's owner ({@link Documenthouder}, found by the object's kind), before the input is judged;
 * every change is audited on the object in the same transaction.
 */
@Service
public class Documenten {

    public static final int MAX_TITEL = 200;
    public static final int MAX_BESTANDSNAAM = 255;
    private static final Pattern SOORT = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern STUURTEKEN = Pattern.compile("\\p{Cntrl}");

    /** An uploaded file as the client sent it: its name and bytes (null when no file was chosen). */
    public record Bestand(String naam, byte[] inhoud) {
    }

    /** The content of a version for a download. */
    public record Inhoud(long document, int versie, String bestandsnaam, Bestandstype type, String sha256,
            byte[] bytes) {
    }

    private final Map<String, Documenthouder> houders;
    private final DocumentOpslag opslag;
    private final Herkenning herkenning;
    private final ApplicationEventPublisher gebeurtenissen;
    private final long maxGrootte;

    Documenten(List<Documenthouder> houders, DocumentOpslag opslag, Herkenning herkenning,
            ApplicationEventPublisher gebeurtenissen,
            @Value("${woonregie.documenten.max-grootte:10MB}") DataSize maxGrootte,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize multipartGrens) {
        Map<String, Documenthouder> m = new TreeMap<>();
        for (Documenthouder h : houders) {
            if (!SOORT.matcher(h.soort()).matches()) {
                throw new IllegalStateException("Documenthouder " + h.getClass().getName() + ": objectsoort '"
                        + h.soort() + "' moet uit kleine letters, cijfers en streepjes bestaan (hoogstens 40)");
            }
            if (m.put(h.soort(), h) != null) {
                throw new IllegalStateException("Twee documenthouders voor objectsoort " + h.soort());
            }
        }
        if (maxGrootte.toBytes() < 1 || maxGrootte.compareTo(multipartGrens) > 0) {
            throw new IllegalStateException("woonregie.documenten.max-grootte (" + maxGrootte + ") moet tussen 1 byte "
                    + "en spring.servlet.multipart.max-file-size (" + multipartGrens + ") liggen; verhoog die "
                    + "(en spring.servlet.multipart.max-request-size) mee");
        }
        this.houders = m;
        this.opslag = opslag;
        this.herkenning = herkenning;
        this.gebeurtenissen = gebeurtenissen;
        this.maxGrootte = maxGrootte.toBytes();
    }

    /** The largest file a version may be, in bytes. */
    public long maxGrootte() {
        return maxGrootte;
    }

    /** The kinds of object that carry documents (registered by their modules). */
    public Set<String> soorten() {
        return houders.keySet();
    }

    // ---------------------------------------------------------------------------------------------- access

    /** What this account may do with the documents of the object (404 for an unknown kind or object); nothing logged. */
    public Documenthouder.Rechten rechten(String objectsoort, long object, Gebruiker g) {
        return houder(objectsoort).rechten(g, object);
    }

    /**
     * The check before an upload's input is read (a translator calls it first; {@link #voegToe} checks again): 400 for
     * a missing or unknown kind or object, then the owner's 404, 403 or 409.
     */
    public void vereisToevoegen(String objectsoort, Long object, Gebruiker g) {
        List<InvalidParam> fouten = new ArrayList<>();
        Documenthouder h = houder(objectsoort, object, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Onbekend object.", fouten);
        }
        h.vereisToevoegen(g, object);
    }

    /** The check before a new version's input is read: 404 for an unknown document, then as {@link #vereisToevoegen}. */
    public void vereisNieuweVersie(long document, Gebruiker g) {
        DocumentOpslag.Houder h = opslag.houder(document, false).orElseThrow(() -> onbekend(document));
        houder(h.objectsoort()).vereisToevoegen(g, h.objectId());
    }

    // ---------------------------------------------------------------------------------------------- changes

    /**
     * Adds a document with its first version to an object. The title is optional (default: the file name without
     * its extension). 400 names every invalid field ({@code objectsoort}, {@code objectId}, {@code titel},
     * {@code bestand}); 413 for a file above the limit.
     */
    @Transactional
    public Document voegToe(String objectsoort, Long object, String titel, Bestand bestand, Gebruiker door,
            String client) {
        vereisToevoegen(objectsoort, object, door);
        Documenthouder h = houder(objectsoort);
        List<InvalidParam> fouten = new ArrayList<>();
        String t = titel == null || titel.isBlank() ? null : tekst(titel, "titel", MAX_TITEL, fouten);
        Gecontroleerd b = controleer(bestand, fouten);
        if (!fouten.isEmpty()) {
            throw weigering("Het document is niet opgeslagen.", fouten, b);
        }
        if (t == null) {
            t = zonderExtensie(b.naam());
        }
        long id = opslag.maak(objectsoort, object, t, door.actor());
        opslag.voegVersieToe(id, 1, b.naam(), b.type(), b.sha256(), b.inhoud(), door.actor());
        gebeurtenissen.publishEvent(new DocumentGebeurtenis.Toegevoegd(objectsoort, h.audittype(), object, id, 1,
                b.type(), b.inhoud().length, b.sha256(), new Actor(door.actor(), client)));
        return opslag.lees(id).orElseThrow();
    }

    /** Adds a new version of a document; the earlier versions stay as they are. 409 when its content was removed. */
    @Transactional
    public Document voegVersieToe(long document, Bestand bestand, Gebruiker door, String client) {
        DocumentOpslag.Houder h = opslag.houder(document, true).orElseThrow(() -> onbekend(document));
        Documenthouder houder = houder(h.objectsoort());
        houder.vereisToevoegen(door, h.objectId());
        if (h.verwijderd()) {
            throw new ApiException(HttpStatus.CONFLICT, "Inhoud verwijderd", "De inhoud van document " + document
                    + " is verwijderd met de bewaartermijn van het object; er kan geen versie bij.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        Gecontroleerd b = controleer(bestand, fouten);
        if (!fouten.isEmpty()) {
            throw weigering("De nieuwe versie is niet opgeslagen.", fouten, b);
        }
        int versie = opslag.volgendeVersie(document);
        opslag.voegVersieToe(document, versie, b.naam(), b.type(), b.sha256(), b.inhoud(), door.actor());
        gebeurtenissen.publishEvent(new DocumentGebeurtenis.VersieToegevoegd(h.objectsoort(), houder.audittype(),
                h.objectId(), document, versie, b.type(), b.inhoud().length, b.sha256(),
                new Actor(door.actor(), client)));
        return opslag.lees(document).orElseThrow();
    }

    /**
     * Retention: removes the content (and file names and titles) of every document of these objects, in the
     * owner's transaction — e.g. when a Verhuisbox case is anonymised. Kind, size, SHA-256, who and when stay; one
     * audit entry per object that had content. No access check: the owner's retention decides. Returns how many
     * documents were emptied.
     */
    @Transactional
    public int verwijderInhoud(String objectsoort, Collection<Long> objecten, Actor door) {
        Documenthouder h = houder(objectsoort);
        if (objecten.isEmpty()) {
            return 0;
        }
        Map<Long, List<Long>> verwijderd = opslag.verwijderInhoud(objectsoort, List.copyOf(objecten));
        verwijderd.forEach((object, documenten) -> gebeurtenissen.publishEvent(
                new DocumentGebeurtenis.InhoudVerwijderd(objectsoort, h.audittype(), object, documenten, door)));
        return verwijderd.values().stream().mapToInt(List::size).sum();
    }

    // ---------------------------------------------------------------------------------------------- reading

    /** The documents of an object, the newest first (the owner checks and, where it logs reads, logs). */
    @Transactional
    public List<Document> vanObject(String objectsoort, Long object, Gebruiker g) {
        List<InvalidParam> fouten = new ArrayList<>();
        Documenthouder h = houder(objectsoort, object, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Ongeldige parameter.", fouten);
        }
        h.vereisLezen(g, object, "documenten");
        return opslag.vanObject(objectsoort, object);
    }

    /**
     * The documents of several objects of one kind for a page that lists them (the talks of a municipality), by
     * object: only of the objects this account may read. Nothing is logged — for kinds whose owner logs no reads;
     * an owner that logs reads uses {@link #vanObject} or, having logged, {@link #vanEigenObject}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Document>> vanObjecten(String objectsoort, Collection<Long> objecten, Gebruiker g) {
        Documenthouder h = houder(objectsoort);
        List<Long> leesbaar = objecten.stream().distinct().filter(o -> h.rechten(g, o).lezen()).toList();
        if (leesbaar.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Document>> m = new LinkedHashMap<>();
        opslag.vanObjecten(objectsoort, leesbaar).forEach(m::put);
        return m;
    }

    /**
     * The documents of one of its own objects, for the owner itself (which checked access, and logged the read where
     * it logs reads, already: its AVG export, its page): no check here. Only the registered owner of the kind may ask.
     */
    @Transactional(readOnly = true)
    public List<Document> vanEigenObject(Documenthouder eigenaar, long object) {
        if (houders.get(eigenaar.soort()) != eigenaar) {
            throw new IllegalArgumentException("Niet de eigenaar van objectsoort " + eigenaar.soort());
        }
        return opslag.vanObject(eigenaar.soort(), object);
    }

    /** A document with its versions. */
    @Transactional
    public Document lees(long document, Gebruiker g) {
        DocumentOpslag.Houder h = opslag.houder(document, false).orElseThrow(() -> onbekend(document));
        houder(h.objectsoort()).vereisLezen(g, h.objectId(), "document " + document);
        return opslag.lees(document).orElseThrow();
    }

    /** The page and the description of an object (for a page's heading and link back; after an access check). */
    public record Documentobject(String objectsoort, long objectId, String omschrijving, String pagina) {
    }

    /** The object of a document or of a kind and id, as a page shows it. */
    public Documentobject object(String objectsoort, long object, Gebruiker g) {
        Documenthouder h = houder(objectsoort);
        return new Documentobject(objectsoort, object, h.omschrijving(object), h.pagina(g, object));
    }

    /**
     * The content of a version (the newest when {@code versie} is null), for a download: the owner checks the read
     * and, where it logs reads, logs this one. 404 for an unknown document or version, 410 when the content was
     * removed with the object's retention.
     */
    @Transactional
    public Inhoud inhoud(long document, Integer versie, Gebruiker g) {
        DocumentOpslag.Houder h = opslag.houder(document, false).orElseThrow(() -> onbekend(document));
        int v = versie != null ? versie : opslag.volgendeVersie(document) - 1;
        houder(h.objectsoort()).vereisLezen(g, h.objectId(), "document " + document + ", versie " + v + " (inhoud)");
        DocumentOpslag.Inhoud i = opslag.inhoud(document, v).orElseThrow(() -> ApiException.notFound(
                "Document " + document + " heeft geen versie " + v + "."));
        if (i.bytes() == null) {
            throw new ApiException(HttpStatus.GONE, "Inhoud verwijderd", "De inhoud van document " + document
                    + " is verwijderd met de bewaartermijn van het object.", null);
        }
        return new Inhoud(document, v, i.bestandsnaam(), Bestandstype.van(i.mediatype()).orElseThrow(), i.sha256(),
                i.bytes());
    }

    // ---------------------------------------------------------------------------------------------- checks

    private record Gecontroleerd(String naam, Bestandstype type, String sha256, byte[] inhoud, boolean teGroot) {
    }

    /** Judges the file: present, not empty, within the limit, a name, an allowed kind by its bytes. */
    private Gecontroleerd controleer(Bestand bestand, List<InvalidParam> fouten) {
        if (bestand == null || bestand.inhoud() == null) {
            fouten.add(new InvalidParam("bestand", "verplicht: kies een bestand"));
            return null;
        }
        byte[] inhoud = bestand.inhoud();
        if (inhoud.length == 0) {
            fouten.add(new InvalidParam("bestand", "het bestand is leeg"));
            return null;
        }
        if (inhoud.length > maxGrootte) {
            fouten.add(new InvalidParam("bestand", "hoogstens " + Weergave.bytes(maxGrootte) + "; dit bestand is "
                    + Weergave.bytes(inhoud.length)));
            return new Gecontroleerd(null, null, null, null, true);
        }
        String naam = bestandsnaam(bestand.naam());
        if (naam == null || STUURTEKEN.matcher(naam).find()) {
            fouten.add(new InvalidParam("bestand", "het bestand heeft geen bruikbare naam"));
            return null;
        }
        Herkenning.Uitslag u = herkenning.herken(inhoud, naam);
        if (u.type().isEmpty()) {
            fouten.add(new InvalidParam("bestand", u.reden()));
            return null;
        }
        Bestandstype type = u.type().get();
        if (Bestandstype.extensie(naam).isEmpty()) {
            naam = naam + "." + type.extensies().get(0);
        } else if (!type.past(naam)) {
            fouten.add(new InvalidParam("bestand", "de inhoud is " + Labels.van(type) + " (" + type.extensies().stream()
                    .map(e -> "." + e).reduce((a, b) -> a + " of " + b).orElseThrow() + "), maar de naam eindigt op ."
                    + Bestandstype.extensie(naam).get() + "; geef het bestand de juiste naam"));
            return null;
        }
        if (naam.length() > MAX_BESTANDSNAAM) {
            fouten.add(new InvalidParam("bestand", "de bestandsnaam is te lang (hoogstens " + MAX_BESTANDSNAAM
                    + " tekens)"));
            return null;
        }
        return new Gecontroleerd(naam, type, Sha256.hex(inhoud), inhoud, false);
    }

    /** The name without a path a browser or client may have put before it; null when nothing is left. */
    private static String bestandsnaam(String naam) {
        if (naam == null) {
            return null;
        }
        String n = naam.substring(Math.max(naam.lastIndexOf('/'), naam.lastIndexOf('\\')) + 1).strip();
        return n.isEmpty() || n.equals(".") || n.equals("..") ? null : n;
    }

    private static String zonderExtensie(String naam) {
        int punt = naam.lastIndexOf('.');
        String t = punt > 0 ? naam.substring(0, punt) : naam;
        return t.length() > MAX_TITEL ? t.substring(0, MAX_TITEL) : t;
    }

    private static String tekst(String waarde, String veld, int max, List<InvalidParam> fouten) {
        String t = waarde.strip();
        if (t.length() > max) {
            fouten.add(new InvalidParam(veld, "hoogstens " + max + " tekens"));
        } else if (STUURTEKEN.matcher(t).find()) {
            fouten.add(new InvalidParam(veld, "zonder stuurtekens (zoals een regelovergang)"));
        }
        return t;
    }

    private static ApiException weigering(String detail, List<InvalidParam> fouten, Gecontroleerd b) {
        if (b != null && b.teGroot()) {
            return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot", detail, fouten);
        }
        return ApiException.invalid(detail, fouten);
    }

    private Documenthouder houder(String objectsoort, Long object, List<InvalidParam> fouten) {
        Documenthouder h = null;
        if (objectsoort == null || objectsoort.isBlank()) {
            fouten.add(new InvalidParam("objectsoort", "verplicht: een van " + String.join(", ", houders.keySet())));
        } else {
            h = houders.get(objectsoort);
            if (h == null) {
                fouten.add(new InvalidParam("objectsoort", "een van " + String.join(", ", houders.keySet())));
            }
        }
        if (object == null) {
            fouten.add(new InvalidParam("objectId", "verplicht: het id van het object"));
        }
        return h;
    }

    private Documenthouder houder(String objectsoort) {
        Documenthouder h = houders.get(objectsoort);
        if (h == null) {
            throw ApiException.notFound("Objectsoort " + objectsoort + " heeft geen documenten.");
        }
        return h;
    }

    private static ApiException onbekend(long document) {
        return ApiException.notFound("Document " + document + " bestaat niet.");
    }
}
