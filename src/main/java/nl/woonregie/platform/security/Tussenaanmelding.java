package nl.woonregie.platform.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * Signed in halfway: the password was right, the second step (TOTP) is still to come. It holds no rights — no role,
 * and its principal is the account's name, not a {@link Gebruiker}, so nothing takes it for a signed-in account: the
 * security filter lets it reach only the second step's pages ({@link TweedeStapPagina}), which replace it by the
 * account's full sign-in once the code is right. It counts as signed in for Spring Session's index by account name,
 * so a password change also ends a half-finished sign-in.
 */
final class Tussenaanmelding extends AbstractAuthenticationToken {

    private final long id;
    private final String gebruikersnaam;
    private final Aanmelden.Herkomst herkomst;

    Tussenaanmelding(long id, String gebruikersnaam, Aanmelden.Herkomst herkomst) {
        super(List.of());
        this.id = id;
        this.gebruikersnaam = gebruikersnaam;
        this.herkomst = herkomst;
        setAuthenticated(true);
    }

    long id() {
        return id;
    }

    Aanmelden.Herkomst herkomst() {
        return herkomst;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return gebruikersnaam;
    }

    @Override
    public String getName() {
        return gebruikersnaam;
    }
}
