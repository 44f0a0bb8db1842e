package nl.woonregie.brieven;

/**
 * A draft of a vooraankondiging: from a vastgestelde round in which the municipality's outcome is step 4
 * ({@code ronde}), or without one with the supervisor's {@code reden}; the considerations and the intended intervention
 * (paragraphs in the letter) and the last day of the term the municipality still has ({@code termijnTot} JJJJ-MM-DD).
 */
public record Vooraankondigingverzoek(Long ronde, String reden, String overwegingen, String voornemen,
        @io.swagger.v3.oas.annotations.media.Schema(format = "date", example = "2023-03-01") String termijnTot) {
}
