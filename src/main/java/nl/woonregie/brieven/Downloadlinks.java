package nl.woonregie.brieven;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import nl.woonregie.brieven.internal.DownloadOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Basisadres;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secure download link of a letter sent by e-mail (issue 19 §2, ADR 0055): when the province sends its decisions
 * as a link ({@link Verzendinstellingen}), every e-mail carries a link for that one letter and that one addressee —
 * a random 256-bit token of which only the SHA-256 is stored, valid up to and including its last day. Opening it needs
 * no account (the addressee is outside Woonregie): the token is the credential. It never changes the letter; every
 * download is a row in the read log ({@code brief_download}: the addressee of the link, when, which letter, from which
 * address), shown per addressee on the sending page. An unknown or malformed token is 404 and an expired one 410, each
 * with a Dutch message that says nothing about any letter.
 */
@Service
public class Downloadlinks {

    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DownloadOpslag opslag;
    private final GebiedService gebied;
    private final Basisadres basisadres;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;

    Downloadlinks(DownloadOpslag opslag, GebiedService gebied, Basisadres basisadres, Toegang toegang,
            ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.basisadres = basisadres;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A new link: the token is in the e-mail only, never stored in the clear; {@code url} is what the addressee opens. */
    record NieuweLink(String token, String url, LocalDate geldigTot) {
    }

    /** A new token, valid {@code dagen} days from today inclusive; stored with its sending by {@link #bewaar}. */
    NieuweLink nieuw(int dagen) {
        byte[] ruw = new byte[32];
        RANDOM.nextBytes(ruw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(ruw);
        return new NieuweLink(token, basisadres.van("/downloads/" + token), gebied.vandaag().plusDays(dagen));
    }

    /** Stores the link's hash (never the token) for the sending it was placed with: one letter, one addressee. */
    void bewaar(long verzending, NieuweLink link) {
        opslag.maak(verzending, sha256(link.token()), link.geldigTot());
    }

    /**
     * What the link's page shows: which letter of which province to which municipality, until when the link works.
     *
     * @param soort "brief" (a round's letter) or "besluit" (a besluit tot indeplaatsstelling)
     */
    public record Download(String provincie, String gemeente, String kenmerk, String soort, LocalDate geldigTot,
            String bestand) {
    }

    /** The letter behind a usable link; 404 for an unknown or malformed token, 410 for an expired one. Only reads. */
    @Transactional(readOnly = true)
    public Download lees(String token) {
        DownloadOpslag.Link l = bruikbaar(token);
        String gemeente = gebied.naam(l.gemeente());
        String provincie = gebied.provincieVan(l.gemeente()).flatMap(gebied::provincie).map(Provincie::naam)
                .orElse("de provincie");
        String bestand = l.ronde() != null
                ? new Brief(0, l.gemeente(), gemeente, null, null, false, null, null, null).bestandsnaam()
                : "Besluit-indeplaatsstelling-" + l.gemeente() + "-" + l.kenmerk().replaceAll("[^A-Za-z0-9-]", "_")
                        + ".pdf";
        return new Download(provincie, gemeente, l.kenmerk(), l.ronde() != null ? "brief" : "besluit",
                l.geldigTot(), bestand);
    }

    /**
     * The letter's frozen PDF/A through a usable link, byte for byte; the download is logged (the link's addressee,
     * the letter, the address it came from). 404/410 as {@link #lees}.
     */
    @Transactional
    public byte[] download(String token, String adres) {
        DownloadOpslag.Link l = bruikbaar(token);
        byte[] pdf = opslag.pdf(l).orElseThrow(Downloadlinks::onbekend);
        opslag.gedownload(l, adres);
        return pdf;
    }

    /**
     * The answer to withdrawing a sending's download links.
     *
     * @param ingetrokken how many links were withdrawn now (the latest one, and any earlier of the same sending)
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DownloadlinkIntrekking")
    public record Intrekking(long verzending, int ingetrokken, String reden) {
    }

    /** The longest reason for a withdrawal. */
    public static final int REDEN_MAX = 500;

    /**
     * Withdraws the download links of one sending (a letter or besluit to one addressee) before their last day — for
     * example when the e-mail went to a wrong or former address: from now on they answer 410 and the download page
     * says the province withdrew it. The letter and its read log stay as they are; the next sending of the letter
     * makes the addressee a new link (as after expiry). TOEZICHTHOUDER of the letter's province and BEHEERDER: 403 for
     * others, 404 for an unknown sending, 409 when the sending has no link or every link is already withdrawn, 400
     * naming {@code reden} when it is empty or longer than {@value #REDEN_MAX} characters.
     */
    @Transactional
    public Intrekking trekIn(long verzending, String reden, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        DownloadOpslag.Verzending v = opslag.verzending(verzending).orElseThrow(() -> ApiException.notFound(
                "Verzending " + verzending + " bestaat niet."));
        toegang.provincieToezien(door, gebied.provincieVan(v.gemeente()).orElse("-"));
        String tekst = reden == null ? "" : reden.strip();
        if (tekst.isEmpty() || tekst.length() > REDEN_MAX) {
            throw ApiException.invalid("De downloadlink is niet ingetrokken.", List.of(new InvalidParam("reden",
                    tekst.isEmpty()
                            ? "Geef de reden van het intrekken (bijvoorbeeld: de e-mail ging naar een verkeerd adres)."
                            : "De reden is te lang: ten hoogste " + REDEN_MAX + " tekens.")));
        }
        if (!"DOWNLOADLINK".equals(v.vorm())) {
            throw new ApiException(HttpStatus.CONFLICT, "Geen downloadlink", "Deze verzending aan " + v.naam()
                    + " had geen downloadlink: er is niets in te trekken.", null);
        }
        List<Long> links = opslag.trekIn(verzending, tekst, door.actor());
        if (links.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "Al ingetrokken", "De downloadlink van deze verzending aan "
                    + v.naam() + " is al ingetrokken.", null);
        }
        gebeurtenissen.publishEvent(new DownloadlinkIngetrokken(verzending, v.ronde(), v.besluit(), v.gemeente(),
                v.kenmerk(), v.naam(), links, tekst, new Actor(door.actor(), client)));
        return new Intrekking(verzending, links.size(), tekst);
    }

    private DownloadOpslag.Link bruikbaar(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw onbekend();
        }
        DownloadOpslag.Link l = opslag.vanHash(sha256(token)).orElseThrow(Downloadlinks::onbekend);
        if (l.ingetrokkenOp() != null) {
            throw new ApiException(HttpStatus.GONE, "Link ingetrokken", "Deze downloadlink is ingetrokken door de "
                    + "provincie. De brief staat in het portaal van de gemeente in Woonregie; of vraag de "
                    + "toezichthouder van de provincie om de brief opnieuw te verzenden.", null);
        }
        if (l.geldigTot().isBefore(gebied.vandaag())) {
            throw new ApiException(HttpStatus.GONE, "Link verlopen", "Deze downloadlink is verlopen. De brief staat "
                    + "in het portaal van de gemeente in Woonregie; of vraag de toezichthouder van de provincie om de "
                    + "brief opnieuw te verzenden.", null);
        }
        return l;
    }

    static ApiException onbekend() {
        return ApiException.notFound("Deze downloadlink bestaat niet. Controleer of u de hele link uit de e-mail "
                + "heeft gebruikt, of vraag de toezichthouder van de provincie om de brief opnieuw te verzenden.");
    }

    static byte[] sha256(String token) {
        return Sha256.van(token.getBytes(StandardCharsets.US_ASCII));
    }
}
