package nl.woonregie.platform.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * HTTP Basic for an account with a second step (TOTP): refused even with the right password, which alone is not
 * enough for such an account. Its scripts use an API token, made while signed in with both steps.
 */
class AlleenMetToken extends AccountStatusException {

    AlleenMetToken() {
        super("Dit account meldt zich bij de API aan met een API-token.");
    }
}
