package nl.woonregie.brieven;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.regex.Pattern;

import nl.woonregie.brieven.internal.DownloadOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Basisadres;
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

    Downloadlinks(DownloadOpslag opslag, GebiedService gebied, Basisadres basisadres) {
        this.opslag = opslag;
        this.gebied = gebied;
        this.basisadres = basisadres;
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

    private DownloadOpslag.Link bruikbaar(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw onbekend();
        }
        DownloadOpslag.Link l = opslag.vanHash(sha256(token)).orElseThrow(Downloadlinks::onbekend);
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
