package nl.woonregie.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for systems (e.g. COA's upload) and for people's own scripts. A token is 32 random bytes, shown once at creation; only its SHA-256
 * is stored (a high-entropy secret needs no slow hash). A token acts as the account it belongs to and can be revoked.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "wr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher gebeurtenissen;
    private final GebruikerDetailsService gebruikers;

    ApiTokens(JdbcClient jdbc, ApplicationEventPublisher gebeurtenissen, GebruikerDetailsService gebruikers) {
        this.jdbc = jdbc;
        this.gebeurtenissen = gebeurtenissen;
        this.gebruikers = gebruikers;
    }

    public record NieuwToken(long id, String naam, String gebruikersnaam, String token) {
    }

    public record TokenInfo(long id, String naam, String gebruikersnaam, OffsetDateTime aangemaaktOp,
            String aangemaaktDoor, OffsetDateTime laatstGebruiktOp, OffsetDateTime ingetrokkenOp) {
    }

    /**
     * Makes a token. Only its owner makes a token for an account (signed in with its password, not with another
     * token), except that an administrator makes the tokens of a system account without personal data
     * ({@link Gebruiker#systeemaccount()}, e.g. COA's upload). So nobody can act as someone else through a token, and the
     * audit trail names who made it. {@code gebruikersnaam} empty: for oneself. Access is judged before the input (403),
     * then every invalid field is named (400).
     */
    @Transactional
    public NieuwToken maak(String naam, String gebruikersnaam, Gebruiker door, String client) {
        if (door.via() != null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Met een API-token maakt u geen nieuw token; meld u aan met uw wachtwoord.", null);
        }
        String voor = gebruikersnaam == null || gebruikersnaam.isBlank() ? door.gebruikersnaam() : gebruikersnaam.strip();
        Gebruiker eigenaar;
        if (voor.equals(door.gebruikersnaam())) {
            eigenaar = door;
        } else {
            if (!door.heeft(Rol.BEHEERDER)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                        "Alleen de eigenaar maakt een API-token voor een account.", null);
            }
            eigenaar = gebruikers.vind("gebruikersnaam = ?", voor).orElse(null);
            if (eigenaar != null && !eigenaar.systeemaccount()) {
                throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                        "Een beheerder maakt alleen API-tokens voor een systeemaccount zonder persoonsgegevens "
                                + "(zoals COA). Een token voor " + voor + " maakt die gebruiker zelf.", null);
            }
        }
        List<InvalidParam> fouten = new ArrayList<>();
        if (naam == null || naam.isBlank() || naam.length() > 100) {
            fouten.add(new InvalidParam("naam", "verplicht, hoogstens 100 tekens"));
        }
        if (eigenaar == null) {
            fouten.add(new InvalidParam("gebruikersnaam", "bestaat niet"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het token is niet geldig.", fouten);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = jdbc.sql("""
                insert into api_token (naam, token_hash, gebruiker_id, aangemaakt_door)
                values (?, ?, ?, ?) returning id""")
                .params(naam, hash(token), eigenaar.id(), door.actor())
                .query(Long.class).single();
        gebeurtenissen.publishEvent(new AccountGebeurtenis.ApiTokenAangemaakt(id, naam, eigenaar.gebruikersnaam(),
                new Actor(door.actor(), client)));
        return new NieuwToken(id, naam, eigenaar.gebruikersnaam(), token);
    }

    /** The tokens this account may see: all for an administrator, its own for anyone else. */
    public List<TokenInfo> lijst(Gebruiker door) {
        return jdbc.sql("""
                select t.id, t.naam, g.gebruikersnaam, t.aangemaakt_op, t.aangemaakt_door, t.laatst_gebruikt_op,
                       t.ingetrokken_op
                from api_token t join gebruiker g on g.id = t.gebruiker_id
                where ? or g.id = ? order by t.id""")
                .params(door.heeft(Rol.BEHEERDER), door.id())
                .query((rs, n) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /**
     * Revokes a token: an administrator any, an account its own (403 for anyone else); 404 when there is none,
     * nothing when it already is.
     */
    @Transactional
    public void trekIn(long id, Gebruiker door, String client) {
        Long eigenaar = jdbc.sql("select gebruiker_id from api_token where id = ?").param(id).query(Long.class)
                .optional().orElse(null);
        if (!door.heeft(Rol.BEHEERDER) && (eigenaar == null || eigenaar != door.id())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang",
                    "Alleen de eigenaar of een beheerder trekt een API-token in.", null);
        }
        if (eigenaar == null) {
            throw ApiException.notFound("API-token " + id + " bestaat niet.");
        }
        int n = jdbc.sql("update api_token set ingetrokken_op = now() where id = ? and ingetrokken_op is null")
                .param(id).update();
        if (n > 0) {
            gebeurtenissen.publishEvent(new AccountGebeurtenis.ApiTokenIngetrokken(id,
                    new Actor(door.actor(), client)));
        }
    }

    /** The account of a valid, not revoked token. */
    Optional<Gebruiker> authenticeer(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update api_token set laatst_gebruikt_op = now()
                where token_hash = ? and ingetrokken_op is null returning gebruiker_id, naam""")
                .param(hash(token))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .optional()
                .flatMap(e -> gebruikers.vind("id = ?", e.getKey()).filter(Gebruiker::actief)
                        .map(g -> g.viaToken(e.getValue())));
    }

    static String hash(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
