package nl.woonregie.platform.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second step of signing in with a password: a time-based one-time password ({@link Totp}, RFC 6238) from the
 * user's authenticator app. An account that has set one up gives its code after the password; an account with a role
 * named in {@code woonregie.totp.verplicht-voor} (default BEHEERDER and every Verhuisbox role) must set one up at its
 * next sign-in. Codes are throttled with the passwords ({@link Aanmeldpogingen}: a wrong code counts as a failed
 * sign-in of the account and the address, and a blocked account's code is not judged), a code is accepted once (the
 * last step used is kept), and every step is audited. Such an account signs in to the API only with an API token:
 * HTTP Basic, which would pass the password alone, is refused ({@link Aanmelden}).
 *
 * <p>Recovery is the administrator's, under the approval rule: {@link #herstel} takes the second factor of an
 * account away (its user sets up a new one at the next sign-in); for an account with a Verhuisbox role that is a
 * request the team's coordinator decides ({@link Accountverzoeken}).
 */
@Service
public class TweedeStap {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The name authenticator apps show beside the account. */
    static final String UITGEVER = "Woonregie";

    private final JdbcClient jdbc;
    private final Aanmeldpogingen pogingen;
    private final ApplicationEventPublisher gebeurtenissen;
    private final TransactionTemplate tx;
    private final Clock klok;
    private final Set<Rol> verplichtVoor;
    private final Accountverzoeken verzoeken;
    private final Sessies sessies;
    private final GebruikerDetailsService details;

    TweedeStap(JdbcClient jdbc, Aanmeldpogingen pogingen, ApplicationEventPublisher gebeurtenissen,
            TransactionTemplate tx, Clock klok, Accountverzoeken verzoeken, Sessies sessies,
            GebruikerDetailsService details,
            @Value("${woonregie.totp.verplicht-voor:BEHEERDER,VERHUISBOX}") String verplichtVoor) {
        this.jdbc = jdbc;
        this.pogingen = pogingen;
        this.gebeurtenissen = gebeurtenissen;
        this.tx = tx;
        this.klok = klok;
        this.verzoeken = verzoeken;
        this.sessies = sessies;
        this.details = details;
        this.verplichtVoor = rollen(verplichtVoor);
    }

    /**
     * The roles of the setting: role names and {@code VERHUISBOX} for all Verhuisbox roles, separated by commas;
     * empty for none. An unknown name stops the start (a typo must not switch the second step off).
     */
    static Set<Rol> rollen(String instelling) {
        return rollen(instelling, "woonregie.totp.verplicht-voor");
    }

    /** The roles of a setting named {@code naam} written as {@link #rollen(String)} reads it. */
    static Set<Rol> rollen(String instelling, String instellingNaam) {
        Set<Rol> rollen = EnumSet.noneOf(Rol.class);
        for (String deel : (instelling == null ? "" : instelling).split(",")) {
            String naam = deel.strip().toUpperCase(Locale.ROOT);
            if (naam.isEmpty()) {
                continue;
            }
            if (naam.equals("VERHUISBOX")) {
                for (Rol r : Rol.values()) {
                    if (r.verhuisbox()) {
                        rollen.add(r);
                    }
                }
                continue;
            }
            try {
                rollen.add(Rol.valueOf(naam));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(instellingNaam + ": onbekende rol '" + deel.strip()
                        + "' (rollen: " + List.of(Rol.values()) + ", of VERHUISBOX)");
            }
        }
        return rollen;
    }

    /** The roles that must set up a second step (the setting, read). */
    public Set<Rol> verplichtVoor() {
        return EnumSet.copyOf(verplichtVoor.isEmpty() ? EnumSet.noneOf(Rol.class) : verplichtVoor);
    }

    /** Must this account set up a second step (one of its roles is configured so)? */
    public boolean verplicht(Gebruiker g) {
        return g.rollen().stream().anyMatch(verplichtVoor::contains);
    }

    /** Has this account set up a second step? */
    public boolean ingesteld(long gebruiker) {
        return jdbc.sql("select totp_geheim is not null from gebruiker where id = ?").param(gebruiker)
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Does this account sign in with a password of Woonregie? An account made at a sign-in through an identity
     * provider has none, and no second step of Woonregie either: the provider asks for the factors.
     */
    public boolean metWachtwoord(long gebruiker) {
        return jdbc.sql("select wachtwoord_hash is not null from gebruiker where id = ?").param(gebruiker)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Does signing in with a password need the second step for this account (set up, or required)? */
    public boolean nodig(Gebruiker g) {
        return verplicht(g) || ingesteld(g.id());
    }

    /** A new secret to set up: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
    public String nieuwGeheim() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return Totp.base32ZonderOpvulling(bytes);
    }

    /** The address an authenticator app reads (from the QR code, or pasted): {@code otpauth://totp/…}. */
    public static String otpauth(String gebruikersnaam, String geheim) {
        String label = UITGEVER + ":" + gebruikersnaam;
        return "otpauth://totp/" + java.net.URLEncoder.encode(label, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20") + "?secret=" + geheim + "&issuer=" + UITGEVER
                + "&algorithm=SHA1&digits=" + Totp.CIJFERS + "&period=" + Totp.STAP_SECONDEN;
    }

    /** How a code was judged. */
    public sealed interface Uitslag {
        /** The code is right: the sign-in is complete. */
        record Goed() implements Uitslag {
        }

        /** The code is wrong (or used already): counted as a failed sign-in. */
        record Fout(InvalidParam melding) implements Uitslag {
        }

        /** Too many failures: no code is judged until then (whole minutes, at least 1). */
        record Geblokkeerd(long minuten) implements Uitslag {
        }
    }

    /**
     * Judges the code of an account that gave its password, and completes the sign-in when it is right: the
     * account's failures are cleared and the sign-in audited. A wrong code (or one used before) counts as a failed
     * sign-in of the account and the address, and is audited; while they are blocked no code is judged.
     */
    public Uitslag controleer(Gebruiker g, String code, String adres, String client) {
        Instant nu = klok.instant();
        Aanmeldpogingen.Stand stand = pogingen.stand(g.gebruikersnaam(), adres, nu);
        if (stand.geblokkeerdTot().isPresent()) {
            return new Uitslag.Geblokkeerd(new AanmeldingGeblokkeerd(stand.geblokkeerdTot().get(), nu).minuten());
        }
        String geheim = jdbc.sql("select totp_geheim from gebruiker where id = ?").param(g.id()).query(String.class)
                .optional().orElse(null);
        OptionalLong stap = geheim == null ? OptionalLong.empty()
                : Totp.zoekStap(Totp.uitBase32(geheim), normaal(code), Totp.stap(nu.getEpochSecond()));
        // a code is accepted once: the step must be later than the last one signed in with (RFC 6238 5.2)
        boolean goed = stap.isPresent() && jdbc.sql("""
                update gebruiker set totp_laatste_stap = ?
                where id = ? and (totp_laatste_stap is null or totp_laatste_stap < ?)""")
                .params(stap.getAsLong(), g.id(), stap.getAsLong()).update() == 1;
        if (!goed) {
            return mislukt(g.gebruikersnaam(), adres, client, nu, stap.isPresent()
                    ? "code al gebruikt (tweede stap)" : "verkeerde code (tweede stap)");
        }
        gelukt(g.gebruikersnaam(), client);
        return new Uitslag.Goed();
    }

    /**
     * Sets up the second step with a new secret (shown to the user by the enrolment page) and the code the user's app
     * shows for it, which must be right (as at sign-in: counted, throttled, audited). Then the sign-in is complete.
     * An account that has one already keeps it (409): a new one takes the administrator's {@link #herstel}.
     */
    public Uitslag stelIn(Gebruiker g, String geheim, String code, String adres, String client) {
        Instant nu = klok.instant();
        Aanmeldpogingen.Stand stand = pogingen.stand(g.gebruikersnaam(), adres, nu);
        if (stand.geblokkeerdTot().isPresent()) {
            return new Uitslag.Geblokkeerd(new AanmeldingGeblokkeerd(stand.geblokkeerdTot().get(), nu).minuten());
        }
        if (!metWachtwoord(g.id())) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen wachtwoord",
                    "Uw account meldt zich aan via uw organisatie; de tweede factor stelt u daar in.", null);
        }
        if (geheim == null || !geheim.matches("[A-Z2-7]{32}")) {
            throw ApiException.invalid("Geen geldig geheim.", List.of(new InvalidParam("geheim",
                    "het geheim van de instelpagina (32 tekens base32)")));
        }
        OptionalLong stap = Totp.zoekStap(Totp.uitBase32(geheim), normaal(code), Totp.stap(nu.getEpochSecond()));
        if (stap.isEmpty()) {
            return mislukt(g.gebruikersnaam(), adres, client, nu, "verkeerde code bij instellen (tweede stap)");
        }
        Boolean gedaan = tx.execute(s -> {
            int n = jdbc.sql("""
                    update gebruiker set totp_geheim = ?, totp_ingesteld_op = ?, totp_laatste_stap = ?,
                        gewijzigd_op = now()
                    where id = ? and totp_geheim is null""")
                    .params(geheim, OffsetDateTime.ofInstant(nu, java.time.ZoneOffset.UTC), stap.getAsLong(), g.id())
                    .update();
            if (n == 1) {
                gebeurtenissen.publishEvent(new AccountGebeurtenis.TotpIngesteld(g.gebruikersnaam(),
                        new Actor(g.gebruikersnaam(), client)));
            }
            return n == 1;
        });
        if (!Boolean.TRUE.equals(gedaan)) {
            throw new ApiException(HttpStatus.CONFLICT, "Al ingesteld",
                    "Dit account heeft al een tweede stap; meld u aan met de code uit uw app.", null);
        }
        gelukt(g.gebruikersnaam(), client);
        return new Uitslag.Goed();
    }

    /**
     * Takes the second step of an account away, for a BEHEERDER (403; 404 for an unknown account; 409 when it has
     * none): at once, audited, its sessions ended; for an account with a Verhuisbox role a request that the team's
     * coordinator approves. Its user sets up a new one at the next sign-in.
     */
    public Beheerresultaat herstel(String gebruikersnaam, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        Gebruiker account = details.vind("gebruikersnaam = ?", gebruikersnaam)
                .orElseThrow(() -> ApiException.notFound("Account " + gebruikersnaam + " bestaat niet."));
        if (!ingesteld(account.id())) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen tweede stap",
                    "Account " + gebruikersnaam + " heeft geen tweede stap ingesteld.", null);
        }
        return tx.execute(s -> {
            if (account.team() != null) {
                return verzoeken.vraagTotpHerstelAan(account, door, client);
            }
            jdbc.sql("""
                    update gebruiker set totp_geheim = null, totp_ingesteld_op = null, totp_laatste_stap = null,
                        gewijzigd_op = now() where id = ?""").param(account.id()).update();
            gebeurtenissen.publishEvent(new AccountGebeurtenis.TotpHersteld(gebruikersnaam,
                    new Actor(door.actor(), client)));
            sessies.beeindig(gebruikersnaam, null);
            return new GebruikerDto(account.id(), gebruikersnaam, account.toewijzingen(), account.actief(), false);
        });
    }

    private Uitslag mislukt(String naam, String adres, String client, Instant nu, String reden) {
        Aanmeldpogingen.Gevolg gevolg = tx.execute(s -> {
            Aanmeldpogingen.Gevolg v = pogingen.mislukt(naam, adres, nu);
            Actor wie = AanmeldGebeurtenis.onbekend(client);
            gebeurtenissen.publishEvent(new AanmeldGebeurtenis.AanmeldenMislukt(naam, AanmeldGebeurtenis.Via.FORMULIER,
                    reden, v.mislukt(), wie));
            if (v.accountTot() != null || v.adresTot() != null) {
                gebeurtenissen.publishEvent(new AanmeldGebeurtenis.AanmeldenGeblokkeerd(naam, adres, v.accountTot(),
                        v.adresTot(), wie));
            }
            return v;
        });
        Instant tot = gevolg.accountTot() != null ? gevolg.accountTot() : gevolg.adresTot();
        if (tot != null) {
            return new Uitslag.Geblokkeerd(new AanmeldingGeblokkeerd(tot, nu).minuten());
        }
        return new Uitslag.Fout(new InvalidParam("code", "De code klopt niet. Neem de code die uw app nu toont."));
    }

    private void gelukt(String naam, String client) {
        tx.executeWithoutResult(s -> {
            pogingen.gelukt(naam);
            gebeurtenissen.publishEvent(new AanmeldGebeurtenis.Aangemeld(naam, AanmeldGebeurtenis.Via.FORMULIER,
                    new Actor(naam, client)));
        });
    }

    /** A code as typed: spaces (apps show "123 456") left out. */
    private static String normaal(String code) {
        return code == null ? null : code.replace(" ", "").strip();
    }
}
