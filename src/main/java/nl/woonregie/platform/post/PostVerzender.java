package nl.woonregie.platform.post;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.woonregie.platform.achtergrond.Achtergrondtaken;
import nl.woonregie.platform.achtergrond.Melder;
import nl.woonregie.platform.achtergrond.TerugkerendeOpdracht;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.post.internal.PostInstellingen;
import nl.woonregie.platform.post.internal.PostOpslag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: a recurring background job (every {@code woonregie.post.interval}, and at once after a message is
 * stored) that takes the due messages one by one — each locked while it is sent ({@code for update skip locked}), so
 * two instances never send the same one at the same time — and records the attempt in the same transaction. A
 * message the server accepted but whose commit was lost (the instance died in between) is sent again: delivery is at
 * least once; each message carries its own {@code Message-ID} ({@code <post-ID@woonregie>}) so a receiver can tell a
 * repeat. Without a mail server it sends nothing.
 */
@Component
class PostVerzender implements TerugkerendeOpdracht {

    static final String SOORT = "post-verzenden";
    /** The most messages one run sends; the next run continues. */
    static final int PER_KEER = 100;

    private static final Logger log = LoggerFactory.getLogger(PostVerzender.class);

    private final PostOpslag opslag;
    private final PostInstellingen instellingen;
    private final ObjectProvider<JavaMailSender> mailserver;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Achtergrondtaken taken;
    private final Environment omgeving;

    PostVerzender(PostOpslag opslag, PostInstellingen instellingen, ObjectProvider<JavaMailSender> mailserver,
            TransactionTemplate tx, ApplicationEventPublisher gebeurtenissen, Achtergrondtaken taken,
            Environment omgeving) {
        this.opslag = opslag;
        this.instellingen = instellingen;
        this.mailserver = mailserver;
        this.tx = tx;
        this.gebeurtenissen = gebeurtenissen;
        this.taken = taken;
        this.omgeving = omgeving;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public String omschrijving() {
        return "Uitgaande post verzenden";
    }

    @Override
    public Planning planning() {
        return Planning.elke(instellingen.interval());
    }

    @Override
    public void voerUit(Melder melder) {
        JavaMailSender server = mailserver.getIfAvailable();
        if (server == null) {
            return;
        }
        String naam = omgeving.getProperty("spring.mail.host") + ":" + omgeving.getProperty("spring.mail.port", "25");
        int verzonden = 0;
        for (int i = 0; i < PER_KEER; i++) {
            Boolean gedaan = tx.execute(s -> {
                Optional<PostOpslag.TeVerzenden> volgende = opslag.volgende();
                volgende.ifPresent(b -> verzend(server, naam, b));
                return volgende.isPresent();
            });
            if (!Boolean.TRUE.equals(gedaan)) {
                break;
            }
            melder.voortgang(++verzonden, null);
        }
    }

    private void verzend(JavaMailSender server, String naam, PostOpslag.TeVerzenden b) {
        int poging = b.pogingen() + 1;
        try {
            MimeMessage m = server.createMimeMessage();
            java.util.List<PostOpslag.Bijlage> bijlagen = opslag.bijlagen(b.id());
            MimeMessageHelper h = new MimeMessageHelper(m, b.html() != null || !bijlagen.isEmpty(),
                    StandardCharsets.UTF_8.name());
            h.setFrom(instellingen.afzender());
            h.setTo(b.aan());
            h.setSubject(b.onderwerp());
            if (b.html() != null) {
                h.setText(b.tekst(), b.html());
            } else {
                h.setText(b.tekst());
            }
            for (PostOpslag.Bijlage bijlage : bijlagen) {
                h.addAttachment(bijlage.naam(), new org.springframework.core.io.ByteArrayResource(bijlage.inhoud()),
                        bijlage.mediatype());
            }
            m.setHeader("X-Woonregie-Bericht", Long.toString(b.id()));
            m.saveChanges();
            m.setHeader("Message-ID", "<post-" + b.id() + "@woonregie>");
            server.send(m);
        } catch (MailException | MessagingException e) {
            String fout = fout(e);
            boolean laatste = poging >= instellingen.pogingen();
            log.warn("Bericht {} aan {} niet verzonden (poging {}): {}", b.id(), b.aan(), poging, fout);
            opslag.mislukt(b.id(), taken.instantie(), naam, fout, instellingen.herhaling(poging), laatste);
            if (laatste) {
                gebeurtenissen.publishEvent(new PostGebeurtenis.Mislukt(b.id(), poging, fout, Actor.SYSTEEM));
            }
            return;
        }
        opslag.verzonden(b.id(), taken.instantie(), naam);
        gebeurtenissen.publishEvent(new PostGebeurtenis.Verzonden(b.id(), poging, naam, Actor.SYSTEEM));
    }

    private static String fout(Exception e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 1500; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (sb.indexOf(m) < 0) {
                sb.append(sb.isEmpty() ? "" : "; ").append(m);
            }
        }
        return sb.length() > 2000 ? sb.substring(0, 1997) + "..." : sb.toString();
    }
}
