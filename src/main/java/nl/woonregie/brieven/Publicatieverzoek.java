package nl.woonregie.brieven;

/**
 * The publication of a decided vooraankondiging: the day ({@code gepubliceerdOp} JJJJ-MM-DD), where (e.g.
 * "Provinciaal Blad 2022, 12345") and an optional link (http or https), made to its {@code versie} (or
 * {@code If-Match}).
 */
public record Publicatieverzoek(
        @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2022-11-03") String gepubliceerdOp,
        @io.swagger.v3.oas.annotations.media.Schema(example = "Provinciaal Blad 2022, 12345") String plaats,
        @io.swagger.v3.oas.annotations.media.Schema(format = "uri",
                example = "https://zoek.officielebekendmakingen.nl/prb-2022-12345.html") String link,
        Integer versie) {
}
