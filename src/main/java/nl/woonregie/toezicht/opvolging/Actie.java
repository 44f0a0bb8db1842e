package nl.woonregie.toezicht.opvolging;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An action of a plan van aanpak. {@code status} is OPEN or AFGEROND; {@code verlopen} (overdue) is derived: OPEN
 * and the deadline before today, with {@code dagenVerlopen} the number of days since the deadline.
 */
@JsonPropertyOrder({"id", "planVanAanpak", "planTitel", "periode", "gemeente", "gemeenteNaam", "omschrijving",
    "verantwoordelijke", "deadline", "status", "verlopen", "dagenVerlopen", "afgerondOp", "toelichting",
    "afgerondDoor", "afgerondVastgelegdOp", "aangemaaktDoor", "aangemaaktOp"})
public record Actie(long id, long planVanAanpak, String planTitel, String periode, String gemeente,
        String gemeenteNaam, String omschrijving, String verantwoordelijke, LocalDate deadline, Status status,
        boolean verlopen, Long dagenVerlopen, LocalDate afgerondOp, String toelichting, String afgerondDoor,
        OffsetDateTime afgerondVastgelegdOp, String aangemaaktDoor, OffsetDateTime aangemaaktOp) {

    public enum Status {
        OPEN, AFGEROND
    }

    /** The selection of {@code GET /api/v1/gemeenten/{code}/acties?status=}. */
    public enum Filter {
        OPEN, AFGEROND, VERLOPEN
    }

    /** Overdue: still open and the deadline has passed (an action due today is not yet overdue). */
    public static boolean isVerlopen(Status status, LocalDate deadline, LocalDate vandaag) {
        return status == Status.OPEN && deadline.isBefore(vandaag);
    }

    static Long dagenVerlopen(Status status, LocalDate deadline, LocalDate vandaag) {
        return isVerlopen(status, deadline, vandaag) ? ChronoUnit.DAYS.between(deadline, vandaag) : null;
    }
}
