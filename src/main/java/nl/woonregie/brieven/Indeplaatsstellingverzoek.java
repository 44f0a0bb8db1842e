package nl.woonregie.brieven;

import java.util.List;

/**
 * A draft of a besluit tot indeplaatsstelling: the considerations (the motivation in the letter) and one or more
 * begunstigingstermijnen ({@code datum} JJJJ-MM-DD, {@code aantal} persons housed since the decision's date).
 */
public record Indeplaatsstellingverzoek(String overwegingen, List<Termijn> termijnen) {

    @io.swagger.v3.oas.annotations.media.Schema(name = "BegunstigingstermijnVerzoek")
    public record Termijn(
            @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2023-02-01") String datum,
            Integer aantal) {
    }
}
