package nl.woonregie.toezicht;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored version of a province's beleidskader: the YAML text of the kader and of its test cases as saved, who saved
 * it, when and why, and whether it is published. Its name, id and validity are read from the text (every saved text
 * is a valid kader).
 *
 * @param kaderId the kader's {@code id} in its text; the versions of one kader are numbered from 1
 * @param geldigTot the last day it holds when its text names one (a published successor ends it otherwise)
 * @param ingetrokkenDoor who withdrew a published version (then rounds no longer use it), when and why
 */
@Schema(name = "BeleidskaderVersie", description = "Een opgeslagen versie van een beleidskader van een provincie")
public record BeleidskaderVersie(long id, String provincie, String kaderId, int versie, String naam,
        BeleidskaderStatus status, @Schema(format = "date") LocalDate geldigVanaf,
        @Schema(format = "date") LocalDate geldigTot, String yaml, String testgevallen, String reden,
        String opgeslagenDoor, OffsetDateTime opgeslagenOp, String gepubliceerdDoor, OffsetDateTime gepubliceerdOp,
        String ingetrokkenDoor, OffsetDateTime ingetrokkenOp, String intrekkingsreden) {

    public boolean gepubliceerd() {
        return status == BeleidskaderStatus.GEPUBLICEERD;
    }
}
