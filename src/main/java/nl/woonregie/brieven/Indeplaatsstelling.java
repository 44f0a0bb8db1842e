package nl.woonregie.brieven;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A besluit tot indeplaatsstelling (step 5 of the interventieladder, issue 19 §3): drafted from the stored figures,
 * decided by Gedeputeerde Staten (date and number; the letter then frozen as PDF/A), sent to the municipality's
 * addressees and followed per begunstigingstermijn.
 *
 * @param status      {@code CONCEPT} or {@code BESLOTEN}
 * @param versie      counts every change; a decision is made to a version
 * @param cijfers     the stored figures as read for the draft
 * @param termijnen   the begunstigingstermijnen: by a date, a number housed since the decision's date
 * @param verzending  per addressee the state of the sending (once decided)
 * @param opvolging   per term the count so far and its state (once decided)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Indeplaatsstelling(long id, String provincie, String gemeente, String gemeenteNaam, String status,
        int versie, String overwegingen, Cijfers cijfers, List<Termijn> termijnen, LocalDate besluitdatum,
        String besluitnummer, String sha256, String aangemaaktDoor, OffsetDateTime aangemaaktOp,
        String beslotenDoor, OffsetDateTime beslotenOp, List<Verzendstand.Geadresseerde> verzending,
        List<Termijnstand> opvolging) {

    /**
     * The stored figures read for the draft: the period of the drafting day, its taakstelling, COA's latest standing
     * in it (housed in the period so far, with its date) and the persons under the leases sent in for it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndeplaatsstellingCijfers")
    public record Cijfers(String periode, Integer taakstelling, Integer gehuisvestCoa, LocalDate coaTot,
            int personenHuur) {
    }

    /** A begunstigingstermijn: by {@code datum} {@code aantal} vergunninghouders housed since the decision's date. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Begunstigingstermijn")
    public record Termijn(int volgnummer, LocalDate datum, int aantal) {
    }

    /**
     * How a term stands on the day it is read: {@code stand} {@code LOOPT}, {@code GEHAALD} or {@code NIET_GEHAALD}
     * (a finding on the supervisor's worklist), the persons housed since the decision (COA plus leases, as R7),
     * the date of the latest COA figure counted.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @io.swagger.v3.oas.annotations.media.Schema(name = "Begunstigingstermijnstand")
    public record Termijnstand(int volgnummer, LocalDate datum, int aantal,
            nl.woonregie.brieven.begunstiging.Begunstigingstermijnen.Stand stand, long gehuisvest,
            long gehuisvestCoa, long personenHuur, LocalDate cijfersTot, boolean bevinding) {
    }
}
