package nl.woonregie.verhuisbox.nazorg;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.nazorg.internal.NazorgRepository;
import nl.woonregie.verhuisbox.traject.CasusDienst;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.platform.web.Basisadres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
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

    private final NazorgRepository nazorg;
    private final Enquete enquete;
    private final CasusDienst casussen;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;
    private final int dagen;
    private final Basisadres basisadres;

    EnqueteLinks(NazorgRepository nazorg, Enquete enquete, CasusDienst casussen, VerhuisboxToegang toegang,
            ApplicationEventPublisher gebeurtenissen, Clock klok,
            @Value("${woonregie.verhuisbox.enquetelink-dagen:30}") int dagen,
            Basisadres basisadres) {
        this.nazorg = nazorg;
        this.enquete = enquete;
        this.casussen = casussen;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
        this.dagen = dagen;
        this.basisadres = basisadres;
    }

    /** A new link: the token is returned once and never stored in the clear; {@code url} is what the client opens. */
    public record NieuweLink(String token, String url, LocalDate geldigTot) {
    }

    /**
     * Makes a link for the case (the assigned casemanager or the coordinator); 409 when the survey was already
     * filled in or the guidance has not begun.
     */
    @Transactional
    public NieuweLink maak(long casus, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.ENQUETELINK);
        if (enquete.van(casus).isPresent()) {
            throw new ApiException(HttpStatus.CONFLICT, "Al ingevuld", "De enquête van deze casus is al ingevuld.",
                    null);
        }
        Enquete.moetBegonnenZijn(toegang.scope(casus).status());
        byte[] ruw = new byte[32];
        RANDOM.nextBytes(ruw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(ruw);
        LocalDate geldigTot = LocalDate.now(klok).plusDays(dagen);
        int ingetrokken = nazorg.trekIn(casus);
        nazorg.maakLink(casus, sha256(token), geldigTot, door.actor());
        gebeurtenissen.publishEvent(new NazorgGebeurtenis.EnquetelinkGemaakt(casus, geldigTot, ingetrokken,
                new Actor(door.actor(), client)));
        return new NieuweLink(token, basisadres.van("/enquete/" + token), geldigTot);
    }

    /** The case of a usable link (well-formed, known, not expired, not used, not withdrawn, survey not yet done). */
    public Optional<Long> casus(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return nazorg.bruikbaar(sha256(token), LocalDate.now(klok)).filter(c -> !casussen.geanonimiseerd(c));
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
        if (!nazorg.gebruik(sha256(token))) {
            throw ongeldig();
        }
        enquete.leg(casus, alsClient(a), new Actor(ACTOR, client));
        toegang.logZonderAccount(casus, ACTOR, "CLIENT", "klantenquête door de cliënt", "enquête ingevuld via link");
    }

    /**
     * The judgment of the client's answers without recording them or spending the link (the page's check when an
     * answer could not be read): 404 for a link that is not usable, as {@link #vul}; otherwise every invalid answer.
     */
    public List<InvalidParam> controleer(String token, Enquete.Antwoorden a) {
        casus(token).orElseThrow(EnqueteLinks::ongeldig);
        return Enquete.fouten(alsClient(a));
    }

    private static Enquete.Antwoorden alsClient(Enquete.Antwoorden a) {
        return new Enquete.Antwoorden(a.proces(), a.steun(), a.tevredenheid(), a.vertrouwen(), a.perspectief(),
                a.overzicht(), a.toelichting(), "CLIENT");
    }

    static ApiException ongeldig() {
        return ApiException.notFound("Deze enquêtelink is niet (meer) geldig. Vraag uw casemanager om een nieuwe.");
    }

    static byte[] sha256(String token) {
        return Sha256.van(token.getBytes(StandardCharsets.US_ASCII));
    }
}
