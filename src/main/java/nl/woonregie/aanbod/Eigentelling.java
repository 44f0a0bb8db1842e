package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A gemeente's own count of its realisation on a date, in its current version: the persons housed in the half-year
 * of {@code datum} up to and including that date as the gemeente counts them (the same basis as COA's standings), and
 * the causes of the difference with COA's count. {@code versies}: every version, the newest first (only when one
 * count is read).
 */
@Schema(name = "EigenTelling")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "gemeente", "datum", "versie", "feiten", "gewijzigdDoor", "gewijzigdOp", "reden",
    "versies"})
public record Eigentelling(long id, @Schema(example = "GM0518") String gemeente, LocalDate datum,
        @Schema(description = "De huidige versie; een wijziging noemt haar", example = "1") int versie,
        Feiten feiten, String gewijzigdDoor, OffsetDateTime gewijzigdOp, String reden, List<Versie> versies) {

    /** Why the gemeente's own count differs from COA's: a fixed list (a note says the rest). */
    public enum Oorzaak {
        /** COA registers a housing some two weeks after it happened. */
        COA_VERWERKING,
        /** A move registered with (or by) another gemeente. */
        ELDERS_GEREGISTREERD,
        /** Self-found housing not yet registered with COA. */
        ZELF_GEVONDEN_NIET_GEREGISTREERD
    }

    /** A cause with the number of persons it explains, where known (null: named, not counted). */
    @Schema(name = "EigenTellingOorzaak")
    public record Oorzaakaantal(Oorzaak oorzaak, @Schema(example = "40") Long aantal) {
    }

    /** The facts of one version (schema version 1). */
    @Schema(name = "EigenTellingFeiten")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"gehuisvest", "oorzaken", "toelichting"})
    public record Feiten(@Schema(description = "Gehuisvest in het halfjaar van de datum tot en met de datum, "
            + "volgens de gemeente", example = "760") long gehuisvest, List<Oorzaakaantal> oorzaken,
            String toelichting) {
    }

    /** One version of a count: who, when, why; {@code verwijderd}: the version that removed it. */
    @Schema(name = "EigenTellingVersie")
    @JsonPropertyOrder({"versie", "door", "op", "reden", "verwijderd", "feiten"})
    public record Versie(int versie, String door, OffsetDateTime op, String reden, boolean verwijderd,
            Feiten feiten) {
    }
}
