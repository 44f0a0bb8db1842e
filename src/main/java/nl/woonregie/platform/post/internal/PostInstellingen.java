package nl.woonregie.platform.post.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's settings ({@code woonregie.post.*}, README options; the mail server itself is Spring Boot's
 * {@code spring.mail.*}).
 *
 * @param afzender         the From address of every message
 * @param interval         how often the outbox is looked through for due messages (a new message is sent at once)
 * @param pogingen         attempts before a message is MISLUKT
 * @param eersteHerhaling  the wait after the first failed attempt; doubled after each further one
 * @param langsteHerhaling the longest wait between attempts
 */
@ConfigurationProperties("woonregie.post")
public record PostInstellingen(@DefaultValue("Woonregie <noreply@localhost>") String afzender,
        @DefaultValue("30s") Duration interval, @DefaultValue("8") int pogingen,
        @DefaultValue("1m") Duration eersteHerhaling, @DefaultValue("4h") Duration langsteHerhaling) {

    public PostInstellingen {
        if (pogingen < 1) {
            throw new IllegalArgumentException("woonregie.post.pogingen is minstens 1");
        }
    }

    /** The wait after {@code mislukt} failed attempts: doubled each time, at most the longest. */
    public Duration herhaling(int mislukt) {
        Duration d = eersteHerhaling;
        for (int i = 1; i < mislukt && d.compareTo(langsteHerhaling) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(langsteHerhaling) > 0 ? langsteHerhaling : d;
    }
}
