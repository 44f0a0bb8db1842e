package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A municipality's plan van aanpak (ladder step 3a), ratified by its college (step 3b) when
 * {@code bekrachtigdDoorCollegeOp} is set, with its actions. {@code vandaag} is the day for which {@code verlopen}
 * was determined.
 */
@JsonPropertyOrder({"id", "gemeente", "gemeenteNaam", "periode", "titel", "ontvangenOp", "bekrachtigdDoorCollegeOp",
    "aangemaaktDoor", "aangemaaktOp", "vandaag", "aantalOpen", "aantalVerlopen", "aantalAfgerond", "acties"})
public record PlanVanAanpak(long id, String gemeente, String gemeenteNaam, String periode, String titel,
        LocalDate ontvangenOp, LocalDate bekrachtigdDoorCollegeOp, String aangemaaktDoor, OffsetDateTime aangemaaktOp,
        LocalDate vandaag, int aantalOpen, int aantalVerlopen, int aantalAfgerond, List<Actie> acties) {
}
