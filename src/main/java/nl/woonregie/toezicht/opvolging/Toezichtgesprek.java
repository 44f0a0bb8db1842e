package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A supervision meeting (toezichtgesprek) as the API shows it: its current version, and the list of all versions
 * (the full text of each is at {@code /api/v1/toezichtgesprekken/{id}/versies}).
 */
@JsonPropertyOrder({"id", "gemeente", "gemeenteNaam", "periode", "datum", "soort", "deelnemers", "verslag", "trede",
    "versie", "aangemaaktDoor", "aangemaaktOp", "gewijzigdDoor", "gewijzigdOp", "versies"})
public record Toezichtgesprek(long id, String gemeente, String gemeenteNaam, String periode, LocalDate datum,
        Soort soort, List<Deelnemer> deelnemers, String verslag, String trede, int versie, String aangemaaktDoor,
        OffsetDateTime aangemaaktOp, String gewijzigdDoor, OffsetDateTime gewijzigdOp, List<VersieInfo> versies) {

    Toezichtgesprek metVersies(List<VersieInfo> alle) {
        return new Toezichtgesprek(id, gemeente, gemeenteNaam, periode, datum, soort, deelnemers, verslag, trede, versie,
                aangemaaktDoor, aangemaaktOp, gewijzigdDoor, gewijzigdOp, List.copyOf(alle));
    }

    /** Official (ambtelijk, step 2 and 3a) or executive (bestuurlijk, step 3b) level. */
    public enum Soort {
        AMBTELIJK, BESTUURLIJK
    }

    /** A participant by organisation and function; Woonregie records no personal names. */
    @JsonPropertyOrder({"organisatie", "functie"})
    public record Deelnemer(String organisatie, String functie) {
    }

    /** Who made a version, when, and why (null for the first version). */
    @JsonPropertyOrder({"versie", "door", "op", "reden"})
    public record VersieInfo(int versie, String door, OffsetDateTime op, String reden) {
    }

    /** One version in full. */
    @JsonPropertyOrder({"versie", "periode", "datum", "soort", "deelnemers", "verslag", "trede", "reden", "door", "op"})
    public record Versie(int versie, String periode, LocalDate datum, Soort soort, List<Deelnemer> deelnemers,
            String verslag, String trede, String reden, String door, OffsetDateTime op) {
    }
}
