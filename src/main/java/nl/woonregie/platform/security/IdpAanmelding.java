package nl.woonregie.platform.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * Signed in through an identity provider (OpenID Connect): the account as a {@link Gebruiker} — so that every check
 * treats it as any signed-in account — and the provider's ID token with the registration it came through, which
 * logging out hands back to the provider to end its session too ({@link Identiteitsproviders}). Kept in the session.
 */
final class IdpAanmelding extends AbstractAuthenticationToken {

    private final Gebruiker gebruiker;
    private final OidcIdToken idToken;
    private final String registratie;

    IdpAanmelding(Gebruiker gebruiker, OidcIdToken idToken, String registratie, Aanmelden.Herkomst herkomst) {
        super(gebruiker.getAuthorities());
        this.gebruiker = gebruiker;
        this.idToken = idToken;
        this.registratie = registratie;
        setDetails(herkomst);
        setAuthenticated(true);
    }

    OidcIdToken idToken() {
        return idToken;
    }

    String registratie() {
        return registratie;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Gebruiker getPrincipal() {
        return gebruiker;
    }

    @Override
    public String getName() {
        return gebruiker.gebruikersnaam();
    }
}
