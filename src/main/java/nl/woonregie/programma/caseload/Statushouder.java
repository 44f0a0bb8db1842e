package nl.woonregie.programma.caseload;

import java.time.LocalDate;

/**
 * A statushouder housed in a municipality, as the caseload keeps it (personal data). {@code casemanager} is the id of
 * the account of the integration case manager assigned (or null); {@code uitCaseload} the day the person left the
 * caseload (moved away, route ended), from which the retention term runs; {@code geanonimiseerdOp} the day the
 * personal data were overwritten.
 */
public record Statushouder(long id, String gemeente, String naam, String huishouden, LocalDate geboortedatum,
        LocalDate aankomstdatum, boolean amv, LocalDate participatieverklaring, Inburgeringsroute inburgeringsroute,
        String taalniveau, boolean spoorOpleiding, boolean spoorWerk, boolean spoorParticipatie, School school,
        LocalDate intakeWerkInkomen, boolean noaAssessment, Long casemanager, LocalDate uitCaseload,
        String toelichting, LocalDate geanonimiseerdOp, int versie) {

    /** Whether the person has at least one extra track beside inburgering (opleiding, werk, participatie). */
    public boolean heeftExtraSpoor() {
        return spoorOpleiding || spoorWerk || spoorParticipatie;
    }
}
