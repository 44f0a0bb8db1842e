package nl.woonregie.brieven;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The letter's own content of a round as set during its review (ADR 0050): the round's part and, per municipality that
 * gets a letter, its part and the college's postal address the letter takes from the contacts register.
 *
 * @param wijzigen whether the reader may still change it (the round is CONCEPT); false once vastgesteld
 * @param versie   the version of the round's part (0: nothing set yet); a change names it (If-Match)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Briefinhoud")
public record Briefinhoud(long ronde, boolean wijzigen, String zaaknummer, String ondertekenaar, String functie,
        String alinea, int versie, OffsetDateTime gewijzigdOp, String gewijzigdDoor, List<Gemeente> gemeenten) {

    /**
     * A municipality's part.
     *
     * @param postadres the college's postal address from the contacts register, a line each (empty: none there)
     * @param versie    the version of this part (0: nothing set yet)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BriefinhoudGemeente")
    public record Gemeente(String gemeente, String naam, List<String> postadres, String uwKenmerk, String alinea,
            List<String> afschrift, int versie, OffsetDateTime gewijzigdOp, String gewijzigdDoor) {
    }
}
