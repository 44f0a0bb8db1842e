package nl.woonregie.programma;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.programma.caseload.Inburgeringsroute;
import nl.woonregie.programma.caseload.School;

/**
 * A statushouder as the API and the service take it: registered or changed whole. {@code casemanager}: the account
 * name of an integration case manager of the municipality (empty: not assigned; a case manager who registers
 * someone is assigned).
 */
@Schema(name = "StatushouderVerzoek")
public record Statushouderverzoek(
        @Schema(maxLength = 200, description = "Naam of initialen", example = "A.B. (fictief)") String naam,
        @Schema(maxLength = 40, description = "Verwijzing naar het huishouden; personen met dezelfde verwijzing "
                + "vormen één huishouden", example = "H-03") String huishouden,
        LocalDate geboortedatum,
        @Schema(description = "Aankomst in de gemeente") LocalDate aankomstdatum,
        @Schema(description = "Alleenstaande minderjarige vreemdeling bij aankomst") Boolean amv,
        @Schema(description = "Datum van ondertekening, leeg als nog niet getekend") LocalDate participatieverklaring,
        Inburgeringsroute inburgeringsroute,
        @Schema(maxLength = 2, example = "A2", description = "A0, A1, A2, B1, B2, C1 of C2") String taalniveau,
        Boolean spoorOpleiding, Boolean spoorWerk, Boolean spoorParticipatie, School school,
        @Schema(description = "Datum van de intake bij Werk en Inkomen") LocalDate intakeWerkInkomen,
        Boolean noaAssessment,
        @Schema(maxLength = 200, description = "Accountnaam van de casemanager integratie") String casemanager,
        @Schema(description = "Uit de caseload (verhuisd, traject beëindigd); hiervandaan loopt de bewaartermijn")
        LocalDate uitCaseload,
        @Schema(maxLength = 2000) String toelichting) {
}
