package nl.woonregie.toezicht.cijfers;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The answer to an import: the import's id (null when nothing changed and therefore nothing was recorded), the
 * number of data rows, and how many figures were new, changed (a new version) or unchanged (skipped).
 */
@JsonPropertyOrder({"import", "soort", "aantalRegels", "nieuw", "gewijzigd", "ongewijzigd", "sha256"})
public record ImportResultaat(@JsonProperty("import") Long importId, String soort, int aantalRegels, int nieuw,
        int gewijzigd, int ongewijzigd, String sha256) {
}
