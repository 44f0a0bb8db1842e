package nl.woonregie.brieven;

/**
 * Gedeputeerde Staten's decision on a draft: its date ({@code besluitdatum} JJJJ-MM-DD) and number, made to the
 * draft's {@code versie} (or {@code If-Match}).
 */
public record Besluitverzoek(
        @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2022-11-01") String besluitdatum,
        @io.swagger.v3.oas.annotations.media.Schema(example = "PZH-2022-812345") String besluitnummer,
        Integer versie) {
}
