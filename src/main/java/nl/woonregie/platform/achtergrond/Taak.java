package nl.woonregie.platform.achtergrond;

import java.time.OffsetDateTime;

/**
 * A background job as every instance sees it: its kind and key, state, progress, attempts, when it was planned,
 * started and done (or will run next), the instance that runs or ran it, the last error, and the last heartbeat of
 * the instance running it (an execution whose heartbeat stopped is taken over by another or the next instance).
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "Achtergrondtaak")
public record Taak(long id, String soort, String sleutel, String omschrijving, Taakstatus status, Integer totaal,
        int klaar, int pogingen, boolean terugkerend, OffsetDateTime geplandOp, OffsetDateTime volgendeOp,
        OffsetDateTime gestartOp, OffsetDateTime gereedOp, String instantie, String laatsteFout,
        String aangevraagdDoor, OffsetDateTime hartslag) {

    /** Not finished: waiting or running. */
    public boolean open() {
        return status == Taakstatus.GEPLAND || status == Taakstatus.BEZIG;
    }
}
