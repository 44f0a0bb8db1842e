package nl.woonregie.verhuisbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client fills in the survey (inventory §8) without an account, through a one-time link the casemanager hands
 * over: a random 256-bit token of which only the SHA-256 is stored, valid for
 * {@code woonregie.verhuisbox.enquetelink-dagen} days (default 30), used once; a new link withdraws an older unused
 * one. The link shows no case data (it may be forwarded); the answers are recorded as filled in by the client, the
 * recording is audited and logged as a processing of the case (verwerkingenlogging).
 */
@Service
public class EnqueteLinks {

    /** Who recorded the answers when the client used the link. */
    static final String ACTOR = "cliënt (via enquêtelink)";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Enquete enquete;
    private final AuditLog audit;
    private final Clock klok;
    private final int dagen;

    EnqueteLinks(JdbcClient jdbc, Enquete enquete, AuditLog audit, Clock klok,
            @Value("${woonregie.verhuisbox.enquetelink-dagen:30}") int dagen) {
        this.jdbc = jdbc;
        this.enquete = enquete;
        this.audit = audit;
        this.klok = klok;
        this.dagen = dagen;
    }

    /** A new link: the token is returned once and never stored in the clear. */
    public record NieuweLink(String token, LocalDate geldigTot) {
    }

    /**
     * Makes a link for the case; 409 when the survey was already filled in or the guidance has not begun. Access is
     * checked by the caller.
     */
    @Transactional
    public NieuweLink maak(long casus, Status status, Gebruiker door, String client) {
        if (enquete.van(casus).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "Al ingevuld", "De enquête van deze casus is al ingevuld.",
                    null);
        }
        Enquete.moetBegonnenZijn(status);
        byte[] ruw = new byte[32];
        RANDOM.nextBytes(ruw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(ruw);
        LocalDate geldigTot = LocalDate.now(klok).plusDays(dagen);
        int ingetrokken = jdbc.sql("update vhb_enquetelink set ingetrokken_op = now() where casus_id = ? "
                + "and gebruikt_op is null and ingetrokken_op is null").param(casus).update();
        jdbc.sql("insert into vhb_enquetelink (casus_id, token_sha256, geldig_tot, aangemaakt_door) "
                + "values (?, ?, ?, ?)").params(casus, sha256(token), geldigTot, door.actor()).update();
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("geldigTot", geldigTot);
        w.put("oudereLinksIngetrokken", ingetrokken);
        audit.record(door.actor(), "VHB_ENQUETELINK", "vhb_casus", String.valueOf(casus), null, w, client);
        return new NieuweLink(token, geldigTot);
    }

    /** The case of a usable link (well-formed, known, not expired, not used, not withdrawn, survey not yet done). */
    public Optional<Long> casus(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select l.casus_id from vhb_enquetelink l join vhb_casus c on c.id = l.casus_id
                where l.token_sha256 = ? and l.geldig_tot >= ? and l.gebruikt_op is null and l.ingetrokken_op is null
                  and c.geanonimiseerd_op is null
                  and not exists (select 1 from vhb_enquete e where e.casus_id = l.casus_id)""")
                .params(sha256(token), LocalDate.now(klok)).query(Long.class).optional();
    }

    /**
     * The client's answers through the link: validated like every survey (400 naming each field), then the link is
     * spent. 404 for a link that is not (or no longer) usable — the same answer for every reason, so a link cannot be
     * probed.
     */
    @Transactional
    public void vul(String token, Enquete.Antwoorden a, String client) {
        long casus = casus(token).orElseThrow(EnqueteLinks::ongeldig);
        // lock the link row so a double submit records once
        int n = jdbc.sql("update vhb_enquetelink set gebruikt_op = now() where token_sha256 = ? and gebruikt_op is null")
                .param(sha256(token)).update();
        if (n == 0) {
            throw ongeldig();
        }
        Status status = jdbc.sql("select status from vhb_casus where id = ?").param(casus)
                .query((rs, i) -> Status.valueOf(rs.getString(1))).single();
        Enquete.Antwoorden alsClient = new Enquete.Antwoorden(a.proces(), a.steun(), a.tevredenheid(), a.vertrouwen(),
                a.perspectief(), a.overzicht(), a.toelichting(), "CLIENT");
        enquete.leg(casus, status, alsClient, ACTOR, client);
        jdbc.sql("insert into vhb_verwerking (actor, rol, casus_id, doel, handeling) values (?, ?, ?, ?, ?)")
                .params(ACTOR, "CLIENT", casus, "klantenquête door de cliënt", "enquête ingevuld via link").update();
    }

    static ApiException ongeldig() {
        return ApiException.notFound("Deze enquêtelink is niet (meer) geldig. Vraag uw casemanager om een nieuwe.");
    }

    static byte[] sha256(String token) {
        return Sha256.van(token.getBytes(StandardCharsets.US_ASCII));
    }
}
