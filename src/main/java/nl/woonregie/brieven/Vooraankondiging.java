package nl.woonregie.brieven;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A vooraankondiging (step 4 of the interventieladder, issue 19 §3, ADR 0054): Gedeputeerde Staten announce that they
 * intend to intervene, with a copy to the council, made public (Zuid-Holland's beleidskader, step 4: "De provincie
 * kondigt aan in te zullen grijpen; afschrift aan de gemeenteraad, openbaar gemaakt"; spec {@code toezicht.md}). The
 * same record, decision and sending as the besluit tot indeplaatsstelling (step 5).
 *
 * @param status       {@code CONCEPT} or {@code BESLOTEN}
 * @param versie       counts every change; a decision and a publication are made to a version
 * @param ronde        the vastgestelde round it was drafted from (the municipality's outcome there: step 4), or null
 * @param reden        the supervisor's reason when it was not drafted from such a round
 * @param voornemen    the intended intervention
 * @param termijnTot   the last day of the term the municipality still has
 * @param cijfers      the stored figures as read for the draft (from the round when drafted from one)
 * @param afschrift    the copy line as frozen in the letter (once decided)
 * @param publicatie   where and when it was made public (null: not yet)
 * @param verzending   per addressee (the college's and the griffie's) the state of the sending (once decided)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Vooraankondiging(long id, String provincie, String gemeente, String gemeenteNaam, String status,
        int versie, Long ronde, String reden, String overwegingen, String voornemen, LocalDate termijnTot,
        Indeplaatsstelling.Cijfers cijfers, LocalDate besluitdatum, String besluitnummer, String sha256,
        String afschrift, Publicatie publicatie, String aangemaaktDoor, OffsetDateTime aangemaaktOp,
        String beslotenDoor, OffsetDateTime beslotenOp, List<Verzendstand.Geadresseerde> verzending) {

    /** Where and when the decided vooraankondiging was made public (e.g. Provinciaal Blad), and who recorded it. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "VooraankondigingPublicatie")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Publicatie(LocalDate gepubliceerdOp, String plaats, String link, String vastgelegdDoor,
            OffsetDateTime vastgelegdOp) {
    }
}
