package nl.woonregie.aanbod;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A gemeente's own statement about its forecast, as written on a day ({@code datum}) in a memo or report
 * ({@code bron}), e.g. Den Haag's memo of 26 September 2022: "de taakstelling in oktober 2022 halen, …". Not tied to a
 * source: it is shown beside the forecast Woonregie computes as of {@code datum}, so the claim can be checked against
 * the stored inputs. Versioned: {@code door}, {@code op} and {@code reden} are those of the current version
 * {@code versie}; {@code versies} (when read one by one) every version, the newest first.
 */
@Schema(name = "Aanbodnotitie")
public record Aanbodnotitie(long id, String gemeente, LocalDate datum, String bron, String tekst, int versie,
        String door, OffsetDateTime op, String reden, List<Versie> versies) {

    public static final int MAX_BRON = 200;
    public static final int MAX_TEKST = 2000;

    /** A version: its day, source and text, whether it removed the note, and who, when and why. */
    @Schema(name = "AanbodnotitieVersie")
    public record Versie(int versie, LocalDate datum, String bron, String tekst, boolean verwijderd, String reden,
            String door, OffsetDateTime op) {
    }
}
