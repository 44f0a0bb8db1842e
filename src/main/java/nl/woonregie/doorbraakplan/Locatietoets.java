package nl.woonregie.doorbraakplan;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.doorbraakplan.pijplijn.Leadstatus;
import nl.woonregie.doorbraakplan.toetsing.Toetsuitkomst;

/**
 * A location (a lead) checked against the municipality's uitgangspunten: per uitgangspunt the programme team's score
 * (with its note, by whom, when) and, for an uitgangspunt with a limit, the system's finding from the location's places
 * — both shown, {@code strijdig} when the team's score says more than the finding allows. {@code plaatsen} are the
 * designated project's (in {@code aanbod}) when there is one, else the lead's.
 */
@Schema(name = "Locatietoets")
public record Locatietoets(long lead, String naam, Leadstatus status, Long tranche, String trancheNaam,
        @Schema(description = "Plaatsen voor de doelgroep op de locatie") Integer plaatsen,
        @Schema(description = "LEAD of PROJECT: waar de plaatsen vandaan komen") String plaatsenVan,
        @Schema(description = "De versie van de scores (0: nog niets gescoord); een wijziging noemt haar") int versie,
        List<Cel> uitgangspunten, List<Score> geschiedenis) {

    /** One uitgangspunt of the location: the team's score and, with a limit, the computed finding. */
    @Schema(name = "LocatietoetsCel")
    public record Cel(String uitgangspunt, String naam, Integer maximum, Toetsuitkomst uitkomst, String toelichting,
            String door, OffsetDateTime op,
            @Schema(description = "De uitkomst die het systeem berekent uit het maximum; leeg zonder maximum")
            Toetsuitkomst berekend,
            @Schema(description = "Waarom het systeem tot die uitkomst komt") String berekendToelichting,
            @Schema(description = "De score van het team zegt meer dan de berekening toelaat") boolean strijdig) {
    }

    /** One recorded score (the history: every change a new fact). */
    @Schema(name = "UitgangspuntScore")
    public record Score(int versie, String uitgangspunt, Toetsuitkomst uitkomst, String toelichting, String door,
            OffsetDateTime op) {
    }
}
