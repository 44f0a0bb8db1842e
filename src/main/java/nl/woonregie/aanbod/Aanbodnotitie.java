package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A gemeente's own statement about its forecast, as written on a day ({@code datum}) in a memo or report
 * ({@code bron}), e.g. Den Haag's memo of 26 September 2022: "de taakstelling in oktober 2022 halen, …". Not tied to a
 * source: it is shown beside the forecast Woonregie computes as of {@code datum}, so the claim can be checked against
 * the stored inputs.
 */
public record Aanbodnotitie(long id, String gemeente, LocalDate datum, String bron, String tekst, String door,
        OffsetDateTime op) {

    public static final int MAX_BRON = 200;
    public static final int MAX_TEKST = 2000;
}
