package nl.woonregie.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.Client;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in with a name and password (the form and HTTP Basic): refused without judging the password while the
 * account or the address is blocked ({@link Aanmeldpogingen}); every failure is counted and audited, and so is every
 * sign-in through the form. HTTP Basic signs in each API request, so its success is audited once per account and
 * address per {@link #BASIC_OPNIEUW} in each instance (not a row per call). The only {@link AuthenticationProvider}
 * of the application, so no other one judges a password. For an account with a second step ({@link TweedeStap}) the
 * right password of the form is a {@link Tussenaanmelding} (the code follows), and HTTP Basic is refused
 * ({@link AlleenMetToken}: such an account uses an API token).
 */
@Component
class Aanmelden implements AuthenticationProvider {

    /** A Basic sign-in of the same account from the same address is audited again after this (a session's length). */
    static final Duration BASIC_OPNIEUW = Duration.ofHours(8);
    private static final int MAX_GEONTHOUDEN = 10_000;

    /** Where an attempt came from and how, captured from the request by the form and Basic filters. */
    record Herkomst(String adres, String client, AanmeldGebeurtenis.Via via) implements java.io.Serializable {

        static AuthenticationDetailsSource<HttpServletRequest, Herkomst> bron(AanmeldGebeurtenis.Via via) {
            return request -> new Herkomst(request.getRemoteAddr(), Client.van(request), via);
        }
    }

    private final DaoAuthenticationProvider wachtwoorden;
    private final Aanmeldpogingen pogingen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;
    private final Clock klok;
    private final Map<String, Instant> basicGemeld = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_GEONTHOUDEN;
        }
    };

    private final TweedeStap tweedeStap;

    Aanmelden(GebruikerDetailsService accounts, PasswordEncoder encoder, Aanmeldpogingen pogingen,
            ApplicationEventPublisher gebeurtenissen, TransactionTemplate tx, Clock klok, TweedeStap tweedeStap) {
        this.tweedeStap = tweedeStap;
        this.wachtwoorden = new DaoAuthenticationProvider(accounts);
        this.wachtwoorden.setPasswordEncoder(encoder);
        this.pogingen = pogingen;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
        this.klok = klok;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication poging) throws AuthenticationException {
        String naam = poging.getName() == null ? "" : poging.getName();
        naam = naam.length() > 100 ? naam.substring(0, 100) : naam;
        Herkomst herkomst = poging.getDetails() instanceof Herkomst h ? h
                : new Herkomst("onbekend", null, AanmeldGebeurtenis.Via.BASIC);
        Instant nu = klok.instant();
        Aanmeldpogingen.Stand stand = pogingen.stand(naam, herkomst.adres(), nu);
        if (stand.geblokkeerdTot().isPresent()) {
            throw new AanmeldingGeblokkeerd(stand.geblokkeerdTot().get(), nu);
        }
        Authentication gelukt;
        try {
            gelukt = wachtwoorden.authenticate(poging);
        } catch (BadCredentialsException | DisabledException e) {
            mislukt(naam, herkomst, e instanceof DisabledException ? "account niet actief"
                    : "onbekende naam of verkeerd wachtwoord", nu);
            throw e;
        }
        if (gelukt.getPrincipal() instanceof Gebruiker g && tweedeStap.nodig(g)) {
            if (herkomst.via() == AanmeldGebeurtenis.Via.FORMULIER) {
                // the password alone is not the sign-in: its count is cleared and it is audited after the code
                return new Tussenaanmelding(g.id(), g.gebruikersnaam(), herkomst);
            }
            alleenMetToken(naam, herkomst, nu);
            throw new AlleenMetToken();
        }
        gelukt(naam, herkomst, stand.accountTelt(), nu);
        return gelukt;
    }

    /**
     * HTTP Basic of an account with a second step: refused, and audited (once per account and address per
     * {@link #BASIC_OPNIEUW}, as a script would try every request). Not counted as a failure: the password was right,
     * and a misconfigured script must not block the account's user.
     */
    private void alleenMetToken(String naam, Herkomst herkomst, Instant nu) {
        synchronized (basicGemeld) {
            String sleutel = "token " + naam + " " + herkomst.adres();
            Instant vorige = basicGemeld.get(sleutel);
            if (vorige != null && vorige.plus(BASIC_OPNIEUW).isAfter(nu)) {
                return;
            }
            basicGemeld.put(sleutel, nu);
        }
        tx.executeWithoutResult(s -> gebeurtenissen.publishEvent(new AanmeldGebeurtenis.AanmeldenMislukt(naam,
                herkomst.via(), "HTTP Basic geweigerd: dit account heeft een tweede stap en gebruikt een API-token", 0,
                AanmeldGebeurtenis.onbekend(herkomst.client()))));
    }

    private void mislukt(String naam, Herkomst herkomst, String reden, Instant nu) {
        String naamVoorAudit = naam;
        tx.executeWithoutResult(s -> {
            Aanmeldpogingen.Gevolg gevolg = pogingen.mislukt(naamVoorAudit, herkomst.adres(), nu);
            Actor wie = AanmeldGebeurtenis.onbekend(herkomst.client());
            gebeurtenissen.publishEvent(new AanmeldGebeurtenis.AanmeldenMislukt(naamVoorAudit, herkomst.via(), reden,
                    gevolg.mislukt(), wie));
            if (gevolg.accountTot() != null || gevolg.adresTot() != null) {
                gebeurtenissen.publishEvent(new AanmeldGebeurtenis.AanmeldenGeblokkeerd(naamVoorAudit,
                        herkomst.adres(), gevolg.accountTot(), gevolg.adresTot(), wie));
            }
        });
    }

    private void gelukt(String naam, Herkomst herkomst, boolean telde, Instant nu) {
        boolean melden = true;
        if (herkomst.via() == AanmeldGebeurtenis.Via.BASIC) {
            synchronized (basicGemeld) {
                Instant vorige = basicGemeld.get(naam + " " + herkomst.adres());
                melden = vorige == null || !vorige.plus(BASIC_OPNIEUW).isAfter(nu);
                if (melden) {
                    basicGemeld.put(naam + " " + herkomst.adres(), nu);
                }
            }
        }
        boolean audit = melden;
        if (!audit && !telde) {
            return;
        }
        tx.executeWithoutResult(s -> {
            if (telde) {
                pogingen.gelukt(naam);
            }
            if (audit) {
                gebeurtenissen.publishEvent(new AanmeldGebeurtenis.Aangemeld(naam, herkomst.via(),
                        new Actor(naam, herkomst.client())));
            }
        });
    }
}
