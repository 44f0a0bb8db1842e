package nl.woonregie.brieven;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.woonregie.brieven.kostenverhaal.Kostenverhaal;

/**
 * The verslag of an indeplaatsstelling (step 6 of the interventieladder, issue 19 §3, ADR 0054): what the province did
 * in the municipality's place and at its cost (beleidskader {@code zuid-holland-2020.yaml}, step 6: "De provincie
 * voert de taak uit in de plaats van de gemeente, op haar kosten"), for a decided besluit tot indeplaatsstelling of the
 * same municipality; decided and sent as that besluit.
 *
 * @param indeplaatsstelling  the decided step-5 besluit it carries out
 * @param totaal              the total of the cost lines (computed)
 * @param terugTeVorderen     what is recovered: the total, unless a reasoned other amount was recorded
 * @param uiterlijkBetaald    the last day to pay (the configured number of days after the invoice date)
 * @param terugvordering      the recovery's state today
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@io.swagger.v3.oas.annotations.media.Schema(name = "Indeplaatsstellingsverslag")
public record Verslag(long id, String provincie, String gemeente, String gemeenteNaam, String status, int versie,
        long indeplaatsstelling, String indeplaatsstellingNummer, String overwegingen, List<Actie> acties,
        List<Kostenregel> kosten, BigDecimal totaal, BigDecimal terugTeVorderen, String terugvorderingReden,
        LocalDate factuurdatum, LocalDate betaaldOp, LocalDate uiterlijkBetaald, Kostenverhaal.Stand terugvordering,
        LocalDate besluitdatum, String besluitnummer, String sha256, String aangemaaktDoor,
        OffsetDateTime aangemaaktOp, String beslotenDoor, OffsetDateTime beslotenOp,
        List<Verzendstand.Geadresseerde> verzending) {

    /** One thing the province did, on a day. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndeplaatsstellingActie")
    public record Actie(int volgnummer, LocalDate datum, String omschrijving) {
    }

    /** One cost the province made, in euros. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "IndeplaatsstellingKosten")
    public record Kostenregel(int volgnummer, String omschrijving, BigDecimal bedrag) {
    }
}
