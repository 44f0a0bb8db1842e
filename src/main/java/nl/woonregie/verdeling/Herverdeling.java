package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An agreement between gemeenten that moves taakstelling between them for a half-year (Huisvestingswet 2014, art. 29
 * lid 2): the joint decision of their colleges (kenmerk, date, an explanation; the signed decision as a document of
 * the object {@code herverdeling}) and per gemeente its taakstelling before and after. The sum of the taakstellingen
 * is the same before and after.
 *
 * @param importId toezicht's import that stored the new taakstellingen
 * @param som      the sum of the taakstellingen, before and after
 */
public record Herverdeling(long id, String periode, String kenmerk, LocalDate besluitdatum, String toelichting,
        Long importId, long som, String vastgelegdDoor, OffsetDateTime vastgelegdOp, List<Deel> gemeenten) {

    /** One gemeente of the agreement; {@code verschil} is its taakstelling after minus before. */
    @Schema(name = "HerverdelingGemeente")
    public record Deel(String code, String naam, long taakstellingVoor, long taakstellingNa, long verschil) {
    }

    /** The gemeente's part, or null when it is not one of the agreement's. */
    public Deel deel(String gemeente) {
        return gemeenten.stream().filter(d -> d.code().equals(gemeente)).findFirst().orElse(null);
    }
}
