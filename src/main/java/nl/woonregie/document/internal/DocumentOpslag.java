package nl.woonregie.document.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.document.Bestandstype;
import nl.woonregie.document.Document;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the document module: {@code document} and {@code document_versie} (V50). The content is read only for a
 * download; lists and a document's data never touch it (PostgreSQL keeps it out of line).
 */
@Repository
public class DocumentOpslag {

    /** What a file name and a title become when the content is removed with the object's retention. */
    public static final String VERWIJDERD = "[verwijderd]";

    private final JdbcClient jdbc;

    DocumentOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which object a document belongs to. */
    public record Houder(String objectsoort, long objectId, boolean verwijderd) {
    }

    /** The content of one version as stored. */
    public record Inhoud(String bestandsnaam, String mediatype, String sha256, byte[] bytes) {
    }

    public long maak(String objectsoort, long objectId, String titel, String door) {
        return jdbc.sql("insert into document (objectsoort, object_id, titel, aangemaakt_door) values (?, ?, ?, ?) "
                + "returning id").params(objectsoort, objectId, titel, door).query(Long.class).single();
    }

    public void voegVersieToe(long document, int versie, String bestandsnaam, Bestandstype type, String sha256,
            byte[] inhoud, String door) {
        jdbc.sql("""
                insert into document_versie (document_id, versie, bestandsnaam, mediatype, grootte, sha256, inhoud, door)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(document, versie, bestandsnaam, type.mediatype(), (long) inhoud.length, sha256, inhoud, door)
                .update();
    }

    /** The object of a document; {@code voorWijziging} locks the document's row until the transaction ends. */
    public Optional<Houder> houder(long document, boolean voorWijziging) {
        return jdbc.sql("select objectsoort, object_id, inhoud_verwijderd_op is not null from document where id = ?"
                        + (voorWijziging ? " for update" : "")).param(document)
                .query((rs, n) -> new Houder(rs.getString(1), rs.getLong(2), rs.getBoolean(3))).optional();
    }

    /** The number the next version of a document gets (call with the document's row locked). */
    public int volgendeVersie(long document) {
        return jdbc.sql("select coalesce(max(versie), 0) + 1 from document_versie where document_id = ?")
                .param(document).query(Integer.class).single();
    }

    public Optional<Document> lees(long document) {
        return zoek("d.id = ?", document).stream().findFirst();
    }

    /** The documents of an object, the newest first. */
    public List<Document> vanObject(String objectsoort, long objectId) {
        return zoek("d.objectsoort = ? and d.object_id = ?", objectsoort, objectId);
    }

    /** The documents of several objects of one kind (a page listing several talks), by object. */
    public Map<Long, List<Document>> vanObjecten(String objectsoort, List<Long> objecten) {
        Map<Long, List<Document>> m = new LinkedHashMap<>();
        for (Document d : zoek("d.objectsoort = ? and d.object_id = any(?)", objectsoort,
                objecten.toArray(Long[]::new))) {
            m.computeIfAbsent(d.objectId(), k -> new ArrayList<>()).add(d);
        }
        return m;
    }

    /** The content of a version; empty when the version does not exist, a null {@code bytes} when it was removed. */
    public Optional<Inhoud> inhoud(long document, int versie) {
        return jdbc.sql("select bestandsnaam, mediatype, sha256, inhoud from document_versie "
                        + "where document_id = ? and versie = ?").params(document, versie)
                .query((rs, n) -> new Inhoud(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    /**
     * Removes the content of every version of the documents of these objects — with file names and titles — for the
     * objects' retention; the kind, size, SHA-256, who and when stay. Runs in the caller's transaction, which it
     * marks for the database's guard (V50). Returns, per object, the documents whose content was removed now.
     */
    public Map<Long, List<Long>> verwijderInhoud(String objectsoort, List<Long> objecten) {
        jdbc.sql("select set_config('woonregie.document_wissen', 'aan', true)").query().listOfRows();
        Map<Long, List<Long>> verwijderd = new LinkedHashMap<>();
        jdbc.sql("""
                update document set titel = ?, inhoud_verwijderd_op = now()
                where objectsoort = ? and object_id = any(?) and inhoud_verwijderd_op is null
                returning object_id, id""").params(VERWIJDERD, objectsoort, objecten.toArray(Long[]::new))
                .query(rs -> {
                    verwijderd.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        List<Long> documenten = verwijderd.values().stream().flatMap(List::stream).toList();
        if (!documenten.isEmpty()) {
            jdbc.sql("update document_versie set inhoud = null, bestandsnaam = ? where document_id = any(?)")
                    .params(VERWIJDERD, documenten.toArray(Long[]::new)).update();
        }
        jdbc.sql("select set_config('woonregie.document_wissen', '', true)").query().listOfRows();
        return verwijderd;
    }

    private List<Document> zoek(String waar, Object... params) {
        record Kop(long id, String objectsoort, long objectId, String titel, String door, OffsetDateTime op,
                OffsetDateTime verwijderd) {
        }
        List<Kop> koppen = jdbc.sql("select id, objectsoort, object_id, titel, aangemaakt_door, aangemaakt_op, "
                        + "inhoud_verwijderd_op from document d where " + waar + " order by d.id desc")
                .params(params)
                .query((rs, n) -> new Kop(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)))
                .list();
        if (koppen.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Document.Versie>> versies = new LinkedHashMap<>();
        jdbc.sql("""
                select document_id, versie, bestandsnaam, mediatype, grootte, sha256, door, op, inhoud is not null
                from document_versie where document_id = any(?) order by document_id, versie""")
                .param(koppen.stream().map(Kop::id).toArray(Long[]::new))
                .query(rs -> {
                    long d = rs.getLong(1);
                    int v = rs.getInt(2);
                    versies.computeIfAbsent(d, k -> new ArrayList<>()).add(new Document.Versie(v, rs.getString(3),
                            Bestandstype.van(rs.getString(4)).orElseThrow(), rs.getLong(5), rs.getString(6),
                            rs.getString(7), rs.getObject(8, OffsetDateTime.class),
                            rs.getBoolean(9) ? "/api/v1/documenten/" + d + "/versies/" + v + "/inhoud" : null));
                });
        return koppen.stream().map(k -> new Document(k.id(), k.objectsoort(), k.objectId(), k.titel(), k.door(),
                k.op(), k.verwijderd(), List.copyOf(versies.getOrDefault(k.id(), List.of())))).toList();
    }
}
