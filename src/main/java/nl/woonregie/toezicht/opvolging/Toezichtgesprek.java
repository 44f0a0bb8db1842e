package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.toezicht.regels.Gespreksverloop.Toestand;

/**
 * A supervision meeting (toezichtgesprek) as the API shows it: its current version, its state in the course of the
 * talk (issue 19 §4: planned, invited, held, concept-verslag for comments, verslag vastgesteld), the municipality's
 * comments, and the list of all versions (the full text of each is at {@code /api/v1/toezichtgesprekken/{id}/versies}).
 *
 * @param aanvang         the time the talk begins (a planned talk), else null
 * @param plaats          where the talk is held, or null for an online talk
 * @param link            the online link, or null
 * @param agenda          the agenda as a list of points (a planned talk), else empty
 * @param verslag         the (concept-)verslag; null while the talk is only planned
 * @param toestand        the state as stored
 * @param toestandTekst   the state in Dutch ("Concept-verslag ter reactie tot 18 oktober 2022")
 */
@JsonPropertyOrder({"id", "gemeente", "gemeenteNaam", "periode", "datum", "aanvang", "plaats", "link", "agenda",
    "soort", "deelnemers", "verslag", "trede", "toestand", "toestandTekst", "reactieTot", "vastgesteldOp", "reacties",
    "versie", "aangemaaktDoor", "aangemaaktOp", "gewijzigdDoor", "gewijzigdOp", "versies"})
public record Toezichtgesprek(long id, String gemeente, String gemeenteNaam, String periode, LocalDate datum,
        @Schema(type = "string", format = "time-local", example = "10:00:00") LocalTime aanvang, String plaats,
        String link, List<String> agenda, Soort soort, List<Deelnemer> deelnemers, String verslag, String trede,
        Toestand toestand, String toestandTekst, LocalDate reactieTot, LocalDate vastgesteldOp,
        List<Reactie> reacties, int versie, String aangemaaktDoor, OffsetDateTime aangemaaktOp,
        String gewijzigdDoor, OffsetDateTime gewijzigdOp, List<VersieInfo> versies) {

    Toezichtgesprek met(List<VersieInfo> alle, List<Reactie> alleReacties) {
        return new Toezichtgesprek(id, gemeente, gemeenteNaam, periode, datum, aanvang, plaats, link, agenda, soort,
                deelnemers, verslag, trede, toestand, toestandTekst, reactieTot, vastgesteldOp,
                List.copyOf(alleReacties), versie, aangemaaktDoor, aangemaaktOp, gewijzigdDoor, gewijzigdOp,
                List.copyOf(alle));
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

    /**
     * A comment of the municipality on the concept-verslag: the text, the day it was received, on whose behalf (the
     * municipality's organisation or function), whether the municipality agrees, and who recorded it when.
     */
    @JsonPropertyOrder({"id", "tekst", "ontvangenOp", "namens", "akkoord", "vastgelegdDoor", "vastgelegdOp"})
    @Schema(name = "GesprekReactie")
    public record Reactie(long id, String tekst, LocalDate ontvangenOp, String namens, boolean akkoord,
            String vastgelegdDoor, OffsetDateTime vastgelegdOp) {
    }

    /** One version in full. */
    @JsonPropertyOrder({"versie", "periode", "datum", "aanvang", "plaats", "link", "agenda", "soort", "deelnemers",
        "verslag", "trede", "reden", "door", "op"})
    @Schema(name = "ToezichtgesprekVersie")
    public record Versie(int versie, String periode, LocalDate datum,
            @Schema(type = "string", format = "time-local", example = "10:00:00") LocalTime aanvang, String plaats,
            String link, List<String> agenda, Soort soort, List<Deelnemer> deelnemers, String verslag, String trede,
            String reden, String door, OffsetDateTime op) {
    }
}
