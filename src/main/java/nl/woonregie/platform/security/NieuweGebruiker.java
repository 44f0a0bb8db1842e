package nl.woonregie.platform.security;

/**
 * A new account as the administrator (API, page) or the demo asks for it: name, password, role and scope. Checked by
 * {@link Gebruikers#maak}, which names every invalid field.
 */
public record NieuweGebruiker(String gebruikersnaam, String wachtwoord, Rol rol, String provincie, String gemeente,
        Long team) {

    public NieuweGebruiker(String gebruikersnaam, String wachtwoord, Rol rol, String provincie, String gemeente) {
        this(gebruikersnaam, wachtwoord, rol, provincie, gemeente, null);
    }
}
