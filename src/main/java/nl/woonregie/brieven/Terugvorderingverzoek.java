package nl.woonregie.brieven;

/**
 * The recovery of a decided verslag's costs: the invoice date ({@code factuurdatum} JJJJ-MM-DD) and, once paid, the
 * payment date ({@code betaaldOp}), made to its {@code versie} (or {@code If-Match}).
 */
public record Terugvorderingverzoek(
        @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2023-04-01") String factuurdatum,
        @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2023-04-20") String betaaldOp,
        Integer versie) {
}
