package nl.woonregie.platform.security;

/** An account as the API shows it (never its password). */
public record GebruikerDto(long id, String gebruikersnaam, Rol rol, String provincie, String gemeente, Long team,
        boolean actief) implements Beheerresultaat {
}
