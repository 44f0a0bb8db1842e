package nl.woonregie.platform.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Woonregie's own settings for signing in with an identity provider over OpenID Connect ({@code woonregie.oidc.*},
 * README options; the provider itself is Spring Boot's {@code spring.security.oauth2.client.*}, see
 * {@link Identiteitsproviders}). Read at start: a group mapping or a role that is not well formed stops the start.
 *
 * @param naam                the provider's name on the login page ("Inloggen via …"); empty: the registration's
 *                            {@code client-name}
 * @param gebruikersnaamClaims the claims that name a new account, the first one present wins
 * @param groepenClaim        the claim with the user's groups (or roles: e.g. {@code roles} for Entra ID's app roles)
 * @param groepskoppeling     group name → the assignments the group gives ({@link Groepskoppeling}); not named
 *                            {@code groepen}, which the environment variable of {@code groepen-claim} would fill
 * @param mfaAmr              values of the ID token's {@code amr} that show a sign-in with more than one factor
 * @param mfaAcr              values of the ID token's {@code acr} that show it (empty: {@code acr} is not asked)
 * @param mfaVerplichtVoor    the roles that sign in only with such a sign-in: role names and {@code VERHUISBOX} for
 *                            all its roles
 */
@ConfigurationProperties("woonregie.oidc")
record IdpInstellingen(String naam,
        @DefaultValue({"preferred_username", "email", "sub"}) List<String> gebruikersnaamClaims,
        @DefaultValue("groups") String groepenClaim,
        @DefaultValue Map<String, List<String>> groepskoppeling,
        @DefaultValue({"mfa", "otp", "hwk"}) List<String> mfaAmr,
        @DefaultValue List<String> mfaAcr,
        @DefaultValue("BEHEERDER,VERHUISBOX") String mfaVerplichtVoor) {

    IdpInstellingen {
        gebruikersnaamClaims = schoon(gebruikersnaamClaims);
        mfaAmr = schoon(mfaAmr);
        mfaAcr = schoon(mfaAcr);
        groepskoppeling = groepskoppeling == null ? Map.of() : groepskoppeling;
        if (gebruikersnaamClaims.isEmpty()) {
            throw new IllegalStateException("woonregie.oidc.gebruikersnaam-claims: noem minstens één claim");
        }
        if (groepenClaim == null || groepenClaim.isBlank()) {
            throw new IllegalStateException("woonregie.oidc.groepen-claim: noem de claim met de groepen");
        }
        // both read once here so that a mistake stops the start
        Groepskoppeling.lees(groepskoppeling);
        TweedeStap.rollen(mfaVerplichtVoor, "woonregie.oidc.mfa-verplicht-voor");
    }

    private static List<String> schoon(List<String> waarden) {
        return waarden == null ? List.of() : waarden.stream().filter(w -> w != null && !w.isBlank())
                .map(String::strip).toList();
    }

    /** The group mapping, read. */
    Groepskoppeling koppeling() {
        return Groepskoppeling.lees(groepskoppeling);
    }

    /** The roles that need a sign-in with more than one factor at the identity provider. */
    Set<Rol> mfaRollen() {
        Set<Rol> rollen = TweedeStap.rollen(mfaVerplichtVoor, "woonregie.oidc.mfa-verplicht-voor");
        return rollen.isEmpty() ? EnumSet.noneOf(Rol.class) : EnumSet.copyOf(rollen);
    }

    /**
     * Does the ID token show a sign-in with more than one factor: one of its {@code amr} values (a list, or one text)
     * is accepted, or its {@code acr} is?
     */
    boolean mfaVoldaan(Map<String, Object> idToken) {
        Object amr = idToken.get("amr");
        Collection<?> waarden = amr instanceof Collection<?> c ? c : amr == null ? List.of() : List.of(amr);
        for (Object w : waarden) {
            if (w != null && mfaAmr.contains(w.toString())) {
                return true;
            }
        }
        Object acr = idToken.get("acr");
        return acr != null && mfaAcr.contains(acr.toString());
    }
}
