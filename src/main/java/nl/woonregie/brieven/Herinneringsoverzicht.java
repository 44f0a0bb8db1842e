package nl.woonregie.brieven;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.platform.post.Poststatus;

/**
 * The reminders of a province's municipalities for its supervisor (issue 19 §7): what was sent (newest first, with the
 * outbox's status) and what the daily job will place in the coming days as things stand today (computed, not stored).
 */
@Schema(name = "Herinneringsoverzicht")
public record Herinneringsoverzicht(
        @Schema(example = "PV28") String provincie,
        @Schema(example = "Zuid-Holland") String naam,
        @Schema(description = "De dag van het overzicht (vandaag)") LocalDate datum,
        @Schema(description = "Hoeveel dagen vooruit 'verwacht' kijkt", example = "30") int dagenVooruit,
        Herinneringsinstelling instelling,
        @Schema(description = "De verzonden herinneringen, nieuwste eerst (ten hoogste 500)") List<Verzonden> verzonden,
        @Schema(description = "Wat de dagelijkse taak de komende dagen zal versturen, vroegste eerst") List<Verwacht> verwacht) {

    /** A reminder placed in the outbox for one contact. */
    @Schema(name = "VerzondenHerinnering")
    public record Verzonden(long id, LocalDate verzondenOp, OffsetDateTime geplaatstOp, String gemeente,
            String gemeenteNaam,
            @Schema(description = "Naam van het contact") String aanNaam,
            @Schema(description = "E-mailadres waaraan de herinnering ging") String aan,
            Herinneringsoort soort,
            @Schema(description = "Waarover, in woorden", example = "Peildatum 1 juli 2022") String onderwerp,
            @Schema(description = "De stand van het bericht in de uitgaande post") Poststatus postStatus,
            @Schema(description = "Wanneer de mailserver het bericht aannam (leeg tot dan)") OffsetDateTime postVerzondenOp,
            @Schema(description = "Wie de herinnering plaatste: de dagelijkse taak (systeem) of een toezichthouder")
            String geplaatstDoor) {
    }

    /** A reminder the daily job will place on a coming day, per kind, subject and municipality. */
    @Schema(name = "VerwachteHerinnering")
    public record Verwacht(LocalDate op, String gemeente, String gemeenteNaam, Herinneringsoort soort,
            @Schema(description = "Waarover, in woorden") String onderwerp,
            @Schema(description = "Aan hoeveel contacten (wie hem al kreeg of uitzette niet meegeteld)")
            int aantalOntvangers) {
    }
}
