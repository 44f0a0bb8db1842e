package nl.woonregie.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without judging the password: too many failures of the account or from the address. A
 * {@link LockedException}, so no other provider is asked.
 */
class AanmeldingGeblokkeerd extends LockedException {

    private final Instant tot;
    private final Instant nu;

    AanmeldingGeblokkeerd(Instant tot, Instant nu) {
        super("Te veel mislukte aanmeldpogingen.");
        this.tot = tot;
        this.nu = nu;
    }

    /** Whole seconds until the next attempt is judged (at least 1). */
    long seconden() {
        return Math.max(1, (long) Math.ceil(Duration.between(nu, tot).toMillis() / 1000.0));
    }

    /** Whole minutes until then (at least 1), for the form's message. */
    long minuten() {
        return Math.max(1, (seconden() + 59) / 60);
    }
}
