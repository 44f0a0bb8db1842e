package nl.woonregie.gebied;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Where the population figures of one peildatum come from: the reference data shipped with Woonregie
 * ({@code referentiedata/PROVENANCE.md}), or a CBS file an administrator imported (with its provenance as given).
 */
public record Bevolkingsbron(@Schema(example = "2023-01-01") LocalDate peildatum, int aantalGemeenten, long inwoners,
        @Schema(description = "true: geïmporteerd door een beheerder; false: referentiedata van Woonregie") boolean geimporteerd,
        @Schema(description = "De herkomst: de import zoals opgegeven, of de referentiedata") String bron,
        String bestandsnaam, String sha256, String ingevoerdDoor, OffsetDateTime ingevoerdOp) {

    /** The provenance of the shipped figures. */
    static final String REFERENTIEDATA = "CBS, Kerncijfers wijken en buurten (de referentiedata van Woonregie; de "
            + "herkomst staat in de documentatie van de module gebied)";
}
