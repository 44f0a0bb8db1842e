package nl.woonregie.gebied;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an import of a population file: the import, the peildatum, how many gemeenten and inhabitants it
 * holds, and the earlier import of that peildatum it replaced (null when there was none).
 */
@JsonPropertyOrder({"import", "peildatum", "aantalGemeenten", "inwoners", "sha256", "vervangt"})
public record BevolkingImportResultaat(@JsonProperty("import") long importId,
        @Schema(example = "2021-01-01") LocalDate peildatum, int aantalGemeenten,
        @Schema(description = "Som van de inwoners: de bevolking van Nederland op de peildatum") long inwoners,
        String sha256, @Schema(description = "De eerdere import van deze peildatum die is vervangen") Vorige vervangt) {

    /** An earlier import of the same peildatum, replaced by this one. */
    @Schema(name = "VervangenBevolkingImport")
    public record Vorige(@JsonProperty("import") long importId, String sha256, long inwoners) {
    }
}
