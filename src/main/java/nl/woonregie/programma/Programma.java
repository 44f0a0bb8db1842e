package nl.woonregie.programma;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored programme at its current version, with its history (newest first; empty in lists).
 *
 * @param id      the programme's id (also the scope of its PROGRAMMAMANAGER and CONTROLLER)
 * @param versie  the current version, the ETag of the API
 * @param plan    the facts of the current version
 * @param door    who made the current version
 * @param op      when
 * @param reden   why
 */
@Schema(name = "Programma")
public record Programma(long id, int versie, Programmaplan plan, String door, OffsetDateTime op, String reden,
        List<Versie> versies) {

    public Programma {
        versies = versies == null ? List.of() : List.copyOf(versies);
    }

    /** One version: its number, what changed, who, when and why. */
    @Schema(name = "ProgrammaVersie")
    public record Versie(int versie, String wat, String door, OffsetDateTime op, String reden) {
    }
}
