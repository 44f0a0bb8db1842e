package nl.woonregie.brieven;

import java.math.BigDecimal;
import java.util.List;

/**
 * A draft verslag of an indeplaatsstelling: the decided besluit tot indeplaatsstelling it carries out
 * ({@code indeplaatsstelling}), the account (paragraphs in the letter), what the province did (a date JJJJ-MM-DD and a
 * description per action), the costs (a description and an amount in euros per line; the total is computed) and,
 * only when the recovery is not the total, the amount to recover with its reason.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "IndeplaatsstellingsverslagVerzoek")
public record Verslagverzoek(Long indeplaatsstelling, String overwegingen, List<Actie> acties, List<Kosten> kosten,
        @io.swagger.v3.oas.annotations.media.Schema(example = "10000.00") BigDecimal terugTeVorderen,
        String terugvorderingReden) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "IndeplaatsstellingActieVerzoek")
    public record Actie(
            @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2023-03-01") String datum,
            String omschrijving) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(name = "IndeplaatsstellingKostenVerzoek")
    public record Kosten(String omschrijving,
            @io.swagger.v3.oas.annotations.media.Schema(example = "12345.67") BigDecimal bedrag) {
    }
}
