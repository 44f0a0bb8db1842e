package nl.woonregie.doorbraakplan;

import java.time.LocalDate;

import nl.woonregie.doorbraakplan.pijplijn.Stap;

/**
 * A task to inform a lead's submitter of a decision or a drop, with its deadline ({@code termijn}); done when
 * {@code gedaanOp} and {@code wijze} are recorded. {@code teLaat}: open and past its deadline.
 */
public record Informeertaak(long id, long lead, String leadnaam, Stap stap, LocalDate besluitdatum, LocalDate termijn,
        LocalDate gedaanOp, Informeerwijze wijze, String toelichting, String gedaanDoor, boolean teLaat) {
}
