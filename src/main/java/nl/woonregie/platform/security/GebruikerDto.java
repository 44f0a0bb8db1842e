package nl.woonregie.platform.security;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An account as the API shows it (never its password): its assignments, whether it is active, and whether it has set
 * up a second factor (TOTP).
 *
 * <p>Before accounts held several assignments (API 1.0) an account had one role with its scope in {@code rol},
 * {@code provincie}, {@code gemeente} and {@code team}. Those fields stay, deprecated, for clients of 1.0: they hold
 * the account's assignment when it has exactly one, and are empty otherwise. They go with the API's next major
 * version.
 */
public record GebruikerDto(long id, String gebruikersnaam, List<Toewijzing> toewijzingen, boolean actief,
        boolean totp) implements Beheerresultaat {

    private Optional<Toewijzing> enige() {
        return toewijzingen.size() == 1 ? Optional.of(toewijzingen.get(0)) : Optional.empty();
    }

    @JsonProperty("rol")
    @Schema(deprecated = true, description = "Verouderd (API 1.0): de rol van de enige toewijzing van het account; "
            + "leeg bij meer toewijzingen. Gebruik toewijzingen.")
    public Rol rol() {
        return enige().map(Toewijzing::rol).orElse(null);
    }

    @JsonProperty("provincie")
    @Schema(deprecated = true, description = "Verouderd (API 1.0): de provincie van de enige toewijzing van het "
            + "account; leeg bij meer toewijzingen. Gebruik toewijzingen.")
    public String provincie() {
        return enige().map(Toewijzing::provincie).orElse(null);
    }

    @JsonProperty("gemeente")
    @Schema(deprecated = true, description = "Verouderd (API 1.0): de gemeente van de enige toewijzing van het "
            + "account; leeg bij meer toewijzingen. Gebruik toewijzingen.")
    public String gemeente() {
        return enige().map(Toewijzing::gemeente).orElse(null);
    }

    @JsonProperty("team")
    @Schema(deprecated = true, description = "Verouderd (API 1.0): het team van de enige toewijzing van het "
            + "account; leeg bij meer toewijzingen. Gebruik toewijzingen.")
    public Long team() {
        return enige().map(Toewijzing::team).orElse(null);
    }
}
