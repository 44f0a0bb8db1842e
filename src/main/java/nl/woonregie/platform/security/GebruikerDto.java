package nl.woonregie.platform.security;

import java.util.List;

/**
 * An account as the API shows it (never its password): its assignments, whether it is active, and whether it has set
 * up a second factor (TOTP).
 */
public record GebruikerDto(long id, String gebruikersnaam, List<Toewijzing> toewijzingen, boolean actief,
        boolean totp) implements Beheerresultaat {
}
