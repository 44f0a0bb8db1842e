package nl.woonregie.verdeling;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An exchange (uitruil) of vergunninghouders between two gemeenten under an administrative agreement, recorded by the
 * province for an ended half-year: {@code aantal} persons count for {@code naar} and no longer for {@code van}. It is
 * stored as a correction of COA's final figure of both gemeenten (toezicht's {@code coa_definitief}), whose values
 * before and after it keeps. A recorded exchange is housed: a forecast (module {@code aanbod}) counts it through
 * {@link Uitruilen#vastgelegd} and must not count it again as planned supply.
 */
public record Uitruil(long id, String periode, Gemeenteverwijzing van, Gemeenteverwijzing naar, int aantal,
        String kenmerk, LocalDate besluitdatum, String toelichting, long vanVoor, long vanNa, long naarVoor,
        long naarNa, String vastgelegdDoor, OffsetDateTime vastgelegdOp) {

    /** A gemeente by code and name. */
    @Schema(name = "UitruilGemeente")
    public record Gemeenteverwijzing(String code, String naam) {
    }
}
