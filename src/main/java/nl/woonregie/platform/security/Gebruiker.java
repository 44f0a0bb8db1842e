package nl.woonregie.platform.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account: its role and its scope (the province of a TOEZICHTHOUDER, the municipality of a GEMEENTE,
 * the Verhuisbox team of the Verhuisbox roles).
 * Used as the principal for both HTTP Basic / form login and API tokens.
 */
public record Gebruiker(long id, String gebruikersnaam, String wachtwoordHash, Rol rol, String provincie,
        String gemeente, Long team, boolean actief, String via) implements UserDetails {

    /** An account without a Verhuisbox team (the supervision roles and BEHEERDER). */
    public Gebruiker(long id, String gebruikersnaam, String wachtwoordHash, Rol rol, String provincie, String gemeente,
            boolean actief, String via) {
        this(id, gebruikersnaam, wachtwoordHash, rol, provincie, gemeente, null, actief, via);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + rol.name()));
    }

    @Override
    public String getPassword() {
        return wachtwoordHash;
    }

    @Override
    public String getUsername() {
        return gebruikersnaam;
    }

    @Override
    public boolean isEnabled() {
        return actief;
    }

    /** The same account, signed in through an API token. */
    Gebruiker viaToken(String tokenNaam) {
        return new Gebruiker(id, gebruikersnaam, null, rol, provincie, gemeente, team, actief, "token:" + tokenNaam);
    }

    /** Who did it, for the audit trail: the account, and the token when one was used. */
    public String actor() {
        return via == null ? gebruikersnaam : gebruikersnaam + " (" + via + ")";
    }
}
