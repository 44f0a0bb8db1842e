package nl.woonregie.document;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A document of an object with every version, the newest last. {@code inhoudVerwijderdOp} is set when the content
 * was removed with the object's retention (the versions then have no content and no file name).
 */
@JsonPropertyOrder({"id", "objectsoort", "objectId", "titel", "versie", "aangemaaktDoor", "aangemaaktOp",
    "inhoudVerwijderdOp", "versies"})
public record Document(long id, String objectsoort, long objectId, String titel, String aangemaaktDoor,
        OffsetDateTime aangemaaktOp, OffsetDateTime inhoudVerwijderdOp, List<Versie> versies) {

    /**
     * One version: its file, kind, size in bytes, SHA-256 (hex) of the content, who added it and when, and where its
     * content is downloaded (null when removed).
     */
    @JsonPropertyOrder({"versie", "bestandsnaam", "type", "mediatype", "grootte", "sha256", "door", "op", "inhoud"})
    @io.swagger.v3.oas.annotations.media.Schema(name = "DocumentVersie")
    public record Versie(int versie, String bestandsnaam, Bestandstype type, long grootte, String sha256,
            String door, OffsetDateTime op, String inhoud) {

        @JsonProperty("mediatype")
        public String mediatype() {
            return type.mediatype();
        }
    }

    /** The number of the newest version. */
    @JsonProperty("versie")
    public int versie() {
        return huidige().versie();
    }

    /** The newest version. */
    @JsonIgnore
    public Versie huidige() {
        return versies.get(versies.size() - 1);
    }

    /** Has the content been removed with the object's retention? */
    @JsonIgnore
    public boolean verwijderd() {
        return inhoudVerwijderdOp != null;
    }
}
