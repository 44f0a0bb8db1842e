package nl.woonregie.brieven;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A contact in the register, at its current version.
 *
 * @param gemeente     the municipality's CBS code ({@code organisatiesoort} GEMEENTE), else null
 * @param organisatie  the organisation's name (the municipality's name, the COA region's or the corporation's)
 * @param gegevens     the facts of the current version
 * @param verzendwijze how a decision reaches the contact (computed from the facts)
 * @param wijzigen     whether the reader may change this contact
 * @param versies      every version, newest first (only when one contact is read)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contact(long id, String provincie, String gemeente, Organisatiesoort organisatiesoort,
        String organisatie, Bijhouder bijgehoudenDoor, int versie, Contactgegevens gegevens,
        Verzendwijze verzendwijze, OffsetDateTime gewijzigdOp, String gewijzigdDoor, boolean wijzigen,
        List<Versie> versies) {

    /** One version of a contact: who, when, why, and its facts. */
    @Schema(name = "ContactVersie")
    public record Versie(int versie, OffsetDateTime op, String door, String reden, Contactgegevens gegevens) {
    }
}
