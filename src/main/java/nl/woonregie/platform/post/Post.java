package nl.woonregie.platform.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.internal.PostOpslag;
import nl.woonregie.platform.post.internal.Sjablonen;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable outbox for mail. {@link #plaats} stores a message, made from a Dutch template, in the caller's
 * transaction (it exists exactly when what caused it committed) and nothing is sent yet; the background job
 * {@link PostVerzender} sends what is due over SMTP (Spring Boot's {@code spring.mail.*}), tries a failed message again
 * with a doubling wait and records every attempt. Without a mail server messages stay in the outbox, NIET_VERZONDEN,
 * until one is configured. The administrator sees the outbox, offers a failed message again and sends a test message
 * ({@code /beheer/post}).
 */
@Service
public class Post {

    /** The most messages the administrator's overview lists. */
    static final int OVERZICHT = 200;

    private final PostOpslag opslag;
    private final Sjablonen sjablonen;
    private final Achtergrondtaken taken;
    private final ObjectProvider<JavaMailSender> mailserver;
    private final ApplicationEventPublisher gebeurtenissen;
    private final String basisUrl;

    Post(PostOpslag opslag, Sjablonen sjablonen, Achtergrondtaken taken, ObjectProvider<JavaMailSender> mailserver,
            ApplicationEventPublisher gebeurtenissen, @Value("${woonregie.basis-url}") String basisUrl) {
        this.opslag = opslag;
        this.sjablonen = sjablonen;
        this.taken = taken;
        this.mailserver = mailserver;
        this.gebeurtenissen = gebeurtenissen;
        this.basisUrl = basisUrl;
    }

    /**
     * Stores a message to {@code aan} made from the template {@code sjabloon} with these values, in the caller's
     * transaction or its own; it is sent right after the commit (when a mail server is configured). 400 naming
     * {@code aan} for an address that is not one, {@code onderwerp} for a subject that is empty or too long.
     */
    @Transactional
    public long plaats(String aan, String onderwerp, String sjabloon, Map<String, ?> gegevens, Actor door) {
        return plaats(aan, onderwerp, sjabloon, gegevens, List.of(), door);
    }

    /** An attachment of a message: its file name, media type and bytes (sent with every attempt). */
    public record Bijlage(String naam, String mediatype, byte[] inhoud) {
    }

    /**
     * As {@link #plaats(String, String, String, Map, Actor)}, with attachments stored with the message (e.g. a frozen
     * letter as PDF/A with the cover e-mail of its sending).
     */
    @Transactional
    public long plaats(String aan, String onderwerp, String sjabloon, Map<String, ?> gegevens, List<Bijlage> bijlagen,
            Actor door) {
        List<InvalidParam> fouten = new ArrayList<>();
        String adres = adres(aan, fouten);
        if (onderwerp == null || onderwerp.isBlank() || onderwerp.length() > 300) {
            fouten.add(new InvalidParam("onderwerp", "Geef een onderwerp van hoogstens 300 tekens."));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het bericht is niet geplaatst.", fouten);
        }
        Sjablonen.Inhoud inhoud = sjablonen.maak(sjabloon, gegevens);
        long id = opslag.plaats(adres, onderwerp.strip(), inhoud.tekst(), inhoud.html(), sjabloon, door.naam());
        for (int i = 0; i < bijlagen.size(); i++) {
            Bijlage b = bijlagen.get(i);
            opslag.bijlage(id, i + 1, b.naam(), b.mediatype(), b.inhoud());
        }
        gebeurtenissen.publishEvent(new PostGebeurtenis.Geplaatst(id, adres, onderwerp.strip(), sjabloon, door));
        taken.nuUitvoeren(PostVerzender.SOORT);
        return id;
    }

    /** The address as the message will carry it: one address (RFC 822, strict), at most 320 characters. */
    static String adres(String aan, List<InvalidParam> fouten) {
        String a = aan == null ? "" : aan.strip();
        if (a.isEmpty() || a.length() > 320) {
            fouten.add(new InvalidParam("aan", "Geef één e-mailadres."));
            return a;
        }
        try {
            InternetAddress ia = new InternetAddress(a, true);
            ia.validate();
            if (ia.getAddress() == null || !ia.getAddress().contains("@")) {
                throw new AddressException("geen domein");
            }
            return ia.toString();
        } catch (AddressException e) {
            fouten.add(new InvalidParam("aan", "\"" + a + "\" is geen e-mailadres."));
            return a;
        }
    }

    /** The test message of the administrator's page, to an address the administrator gives. */
    @Transactional
    public long testbericht(String aan, Gebruiker door, String client) {
        Toegang.rol(door, Rol.BEHEERDER);
        return plaats(aan, "Testbericht van Woonregie", "testbericht", Map.of("door", door.gebruikersnaam(),
                "basisUrl", basisUrl), new Actor(door.actor(), client));
    }

    /** Whether a mail server is configured ({@code spring.mail.host}); without one nothing is sent. */
    public boolean serverIngesteld() {
        return mailserver.getIfAvailable() != null;
    }

    /** The failed and waiting messages first, then the sent ones, newest first; at most {@value #OVERZICHT}. */
    public List<Bericht> overzicht(Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER);
        return opslag.overzicht(OVERZICHT);
    }

    /** One message with every attempt, for the administrator. */
    public Bericht lees(long id, Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER);
        return opslag.lees(id).orElseThrow(() -> ApiException.notFound("Bericht " + id + " bestaat niet."));
    }

    /**
     * The state of these messages (without their attempts), for the module that placed them (e.g. the sending of the
     * round's letters shows whether each letter went out); no access check: the caller placed them and checks its own.
     */
    public Map<Long, Bericht> stand(java.util.Collection<Long> ids) {
        return opslag.stand(ids);
    }

    public long aantal(Poststatus status) {
        return opslag.aantal(status);
    }

    /**
     * Offers a message that is not sent again (the administrator): due now, attempts from zero (the earlier attempts
     * stay recorded). 409 for a message that was sent.
     */
    @Transactional
    public Bericht opnieuw(long id, Gebruiker door, String client) {
        Bericht b = lees(id, door);
        if (b.status() == Poststatus.VERZONDEN || !opslag.opnieuw(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "Al verzonden", "Het bericht is al verzonden.", null);
        }
        gebeurtenissen.publishEvent(new PostGebeurtenis.OpnieuwAangeboden(id, b.status(),
                new Actor(door.actor(), client)));
        taken.nuUitvoeren(PostVerzender.SOORT);
        return opslag.lees(id).orElseThrow();
    }
}
