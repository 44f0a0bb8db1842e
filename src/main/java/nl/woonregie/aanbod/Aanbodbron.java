package nl.woonregie.aanbod;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored supply source of a gemeente in its current version: what it is ({@link Soort}), its facts
 * ({@link Bronfeiten}) and who changed it last, when and why. {@code versies}: every version, the newest first (only
 * when one source is read). {@code projecttoetsing}: a project's facts checked when read (not stored).
 */
@Schema(name = "Aanbodbron")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "gemeente", "soort", "versie", "feiten", "gewijzigdDoor", "gewijzigdOp", "reden",
    "versies", "projecttoetsing"})
public record Aanbodbron(long id, @Schema(example = "GM0518") String gemeente, Soort soort,
        @Schema(description = "De huidige versie; een wijziging noemt haar", example = "1") int versie,
        Bronfeiten feiten, String gewijzigdDoor, OffsetDateTime gewijzigdOp, String reden, List<Versie> versies,
        @Schema(description = "PROJECT: het aandeel statushouders, de eigen eisen van het project getoetst en de "
                + "bevindingen, berekend bij het lezen") Projecttoetsing projecttoetsing) {

    /** A source as stored, without its computed check. */
    public Aanbodbron(long id, String gemeente, Soort soort, int versie, Bronfeiten feiten, String gewijzigdDoor,
            OffsetDateTime gewijzigdOp, String reden, List<Versie> versies) {
        this(id, gemeente, soort, versie, feiten, gewijzigdDoor, gewijzigdOp, reden, versies, null);
    }

    /** This source with its project facts checked on {@code vandaag} (a project only; others as they are). */
    public Aanbodbron getoetst(java.time.LocalDate vandaag) {
        if (soort != Soort.PROJECT || feiten == null) {
            return this;
        }
        return new Aanbodbron(id, gemeente, soort, versie, feiten, gewijzigdDoor, gewijzigdOp, reden, versies,
                Projecttoetsing.van(feiten, vandaag));
    }

    /** The kinds of stored supply source. */
    public enum Soort {
        /** Agreements with the corporations for a calendar year. */
        CORPORATIE,
        /** A project: a location with places for statushouders. */
        PROJECT,
        /** Another route: hotel regulation, hervestigers, a planned exchange, self-found housing. */
        ROUTE,
        /** A steady pace per week for what is not itemised. */
        TEMPO
    }

    /** Temporary or permanent housing. */
    public enum Duur {
        TIJDELIJK, PERMANENT
    }

    /** Self-contained dwellings or units sharing facilities. */
    public enum Woonvorm {
        ZELFSTANDIG, ONZELFSTANDIG
    }

    /** Where a project stands, from exploration to ended. */
    public enum Projectstatus {
        VERKENNING, BESLOTEN, IN_VOORBEREIDING, IN_GEBRUIK, BEEINDIGD
    }

    /** The other routes into housing. */
    public enum Route {
        /** The hotel regulation: singles without family reunification, at most half a year. */
        HOTELREGELING,
        /** Resettled refugees (hervestigers). */
        HERVESTIGERS,
        /** A planned exchange (uitruil) with another gemeente under an agreement. */
        UITRUIL,
        /** Housing the vergunninghouders found themselves. */
        ZELF_GEVONDEN
    }

    /** One version of a source: who, when, why; {@code verwijderd}: the version that removed it. */
    @Schema(name = "AanbodbronVersie")
    @JsonPropertyOrder({"versie", "door", "op", "reden", "verwijderd", "feiten"})
    public record Versie(int versie, String door, OffsetDateTime op, String reden, boolean verwijderd,
            Bronfeiten feiten) {
    }
}
