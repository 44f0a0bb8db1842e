package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A distribution stored as the taakstellingen of its period, with every input it was computed from (the national
 * number, the rounding and the population parameter with their sources, iN, and per gemeente iG and its source), the
 * import of toezicht that stored the taakstellingen and what it changed. {@code gemeenten} is empty in a list.
 */
@Schema(name = "VastgelegdeVerdeling")
public record VastgelegdeVerdeling(long id, @Schema(example = "2024-I") String periode,
        @Schema(example = "2023-01-01") LocalDate peildatumBevolking, long landelijk, Afronding afronding,
        @Schema(description = "Waar de afronding vandaan komt: gevraagd, of de parameter van de periode met haar bron")
        String afrondingBron,
        @Schema(description = "De instantie van de bevolkingscijfers", example = "CBS") String bevolkingInstantie,
        @Schema(description = "De bron van de parameter die de bevolkingscijfers en hun peildatum aanwijst")
        String bevolkingBron,
        long inwonersNederland, long som,
        @Schema(description = "De provincie waarvan de gemeenten zijn vastgelegd; leeg: alle gemeenten",
                example = "PV28") String provincie,
        @Schema(description = "De import van de taakstellingen; leeg als alle waarden al zo waren")
        @JsonProperty("import") Long importId,
        int nieuw, int gewijzigd, int ongewijzigd, String reden, String vastgelegdDoor, OffsetDateTime vastgelegdOp,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Gemeente> gemeenten) {

    /** One gemeente of a stored distribution, with the taakstelling stored before it. */
    @Schema(name = "VastgelegdeVerdelingGemeente")
    public record Gemeente(String code, String naam, long inwoners, Inwonersbron inwonersBron,
            @JsonInclude(JsonInclude.Include.NON_NULL) String kenmerk, long taakstelling,
            @Schema(description = "De opgeslagen taakstelling vóór deze verdeling; leeg als er geen was") Long eerder) {
    }
}
