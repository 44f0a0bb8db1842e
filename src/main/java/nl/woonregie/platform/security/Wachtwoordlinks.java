package nl.woonregie.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which an account's user chooses a password: to activate a new account, or after a reset. The
 * link (32 random bytes) is shown once to whoever hands it over; only its SHA-256 is stored. It is valid for
 * {@link #GELDIG} and used once; a newer link of the account ends the older ones. Nobody but the one who opens it
 * learns the password, and choosing it ends every session of the account.
 */
@Service
public class Wachtwoordlinks {

    static final Duration GELDIG = Duration.ofHours(72);
    static final String PAD = "/wachtwoord/";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a link is for. */
    public enum Doel {
        /** A new account: its first password. */
        ACTIVEREN,
        /** A reset: a new password instead of the forgotten one. */
        HERSTELLEN
    }

    /** A new link, shown once: the path to open (with the secret) and until when it works. */
    @Schema(name = "Wachtwoordlink")
    public record Link(String gebruikersnaam, Doel doel, String pad, OffsetDateTime geldigTot) implements Beheerresultaat {
    }

    /** What the page of an open link shows: for which account and why. */
    public record Open(String gebruikersnaam, Doel doel, OffsetDateTime geldigTot) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Wachtwoordregels regels;
    private final Sessies sessies;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Wachtwoordlinks(JdbcClient jdbc, PasswordEncoder encoder, Wachtwoordregels regels, Sessies sessies,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.regels = regels;
        this.sessies = sessies;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** Makes a link for the account (in the caller's transaction), ending its older links; audited for {@code door}. */
    Link maak(long gebruiker, String gebruikersnaam, Doel doel, Gebruiker door, String client) {
        OffsetDateTime nu = OffsetDateTime.now(klok);
        jdbc.sql("update wachtwoordlink set geldig_tot = ? where gebruiker_id = ? and gebruikt_op is null "
                + "and geldig_tot > ?").params(nu, gebruiker, nu).update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String geheim = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime tot = nu.plus(GELDIG);
        jdbc.sql("""
                insert into wachtwoordlink (gebruiker_id, doel, token_hash, aangemaakt_door, aangemaakt_op, geldig_tot)
                values (?, ?, ?, ?, ?, ?)""")
                .params(gebruiker, doel.name(), hash(geheim), door.actor(), nu, tot).update();
        gebeurtenissen.publishEvent(new AccountGebeurtenis.WachtwoordlinkGemaakt(gebruikersnaam, doel, tot,
                new Actor(door.actor(), client)));
        return new Link(gebruikersnaam, doel, PAD + geheim, tot);
    }

    /** The account and purpose of a link that can still be used; empty for an unknown, used or expired one. */
    public Optional<Open> open(String geheim) {
        if (geheim == null || geheim.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select g.gebruikersnaam, l.doel, l.geldig_tot from wachtwoordlink l join gebruiker g on g.id = l.gebruiker_id
                where l.token_hash = ? and l.gebruikt_op is null and l.geldig_tot > ?""")
                .params(hash(geheim), OffsetDateTime.now(klok))
                .query((rs, i) -> new Open(rs.getString(1), Doel.valueOf(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class))).optional();
    }

    /**
     * Sets the password through a link: 404 for an unknown, used or expired link; the invalid fields (wachtwoord,
     * herhaling) when the password is refused, and nothing changes then. A new account becomes active, the link is
     * used, and every session of the account ends. Empty when it was set.
     */
    @Transactional
    public List<InvalidParam> stelIn(String geheim, String wachtwoord, String herhaling, String client) {
        Open link = open(geheim).orElseThrow(() -> ApiException.notFound(
                "Deze link is onbekend, al gebruikt of verlopen. Vraag de beheerder om een nieuwe."));
        List<InvalidParam> fouten = new ArrayList<>();
        regels.bezwaar(wachtwoord, link.gebruikersnaam()).ifPresent(b -> fouten.add(new InvalidParam("wachtwoord", b)));
        if (wachtwoord == null || !wachtwoord.equals(herhaling)) {
            fouten.add(new InvalidParam("herhaling", "De herhaling is niet gelijk aan het wachtwoord."));
        }
        if (!fouten.isEmpty()) {
            return fouten;
        }
        OffsetDateTime nu = OffsetDateTime.now(klok);
        Long gebruiker = jdbc.sql("update wachtwoordlink set gebruikt_op = ? where token_hash = ? and gebruikt_op is null "
                + "and geldig_tot > ? returning gebruiker_id").params(nu, hash(geheim), nu).query(Long.class)
                .optional().orElseThrow(() -> ApiException.notFound("Deze link is al gebruikt of verlopen."));
        // activating makes the new account active; a reset leaves an account as active as it was
        jdbc.sql("update gebruiker set wachtwoord_hash = ?, actief = (actief or ?), gewijzigd_op = now() where id = ?")
                .params(encoder.encode(wachtwoord), link.doel() == Doel.ACTIVEREN, gebruiker).update();
        int beeindigd = sessies.beeindig(link.gebruikersnaam(), null);
        gebeurtenissen.publishEvent(new AccountGebeurtenis.WachtwoordIngesteld(link.gebruikersnaam(), link.doel(),
                beeindigd, new Actor(link.gebruikersnaam() + " (wachtwoordlink)", client)));
        return fouten;
    }

    /** A hash nobody can sign in with: for an account whose user has not chosen a password yet. */
    String onbruikbaarWachtwoord() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return encoder.encode(Base64.getEncoder().encodeToString(bytes));
    }

    static String hash(String geheim) {
        return Sha256.hex(geheim.getBytes(StandardCharsets.UTF_8));
    }
}
